import { expect } from '@esm-bundle/chai';
import { rejection } from './rejection.ts';
import { importSigningKey, pemToPkcs8 } from '../../rules-studio/src/signing/import-signing-key.ts';
import { KeyStore } from '../../rules-studio/src/signing/key-store.ts';
import { generateSigningKeys, signBundle, verifyBundle } from '../../core/rules/signing.ts';

describe('Signing key import', () => {
  it('imports a PKCS#8 P-256 PEM as a non-extractable key that can only sign.', async () => {
    const keys = await generateSigningKeys();
    const key = await importSigningKey(keys.privateKeyPem);
    expect(key.extractable).to.equal(false);
    expect(key.usages).to.deep.equal(['sign']);
    expect((key.algorithm as EcKeyAlgorithm).namedCurve).to.equal('P-256');
  });

  it('signs a bundle that verifies with the matching public key.', async () => {
    const keys = await generateSigningKeys();
    const key = await importSigningKey(keys.privateKeyPem);
    const json = '{"format":"clearline-rules"}';
    expect((await verifyBundle(json, await signBundle(json, key), keys.publicKey)).ok).to.equal(true);
  });

  it('refuses to export the imported key.', async () => {
    const key = await importSigningKey((await generateSigningKeys()).privateKeyPem);
    const error = await rejection(crypto.subtle.exportKey('pkcs8', key));
    expect(error.name).to.equal('InvalidAccessError');
  });

  it('rejects an empty file, a public key, a SEC1 key, bad base64 and a huge file with clear errors.', async () => {
    const keys = await generateSigningKeys();
    const cases: [string, RegExp][] = [
      ['', /empty/],
      [keys.publicKeyPem, /No "-----BEGIN PRIVATE KEY-----" block/],
      ['-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----', /PKCS#8/],
      ['-----BEGIN PRIVATE KEY-----\n!!!!\n-----END PRIVATE KEY-----', /not valid base64/],
      ['x'.repeat(20_000), /too large/],
    ];
    for (const [pem, message] of cases) {
      const error = await rejection(importSigningKey(pem));
      expect(error.name, pem.slice(0, 30)).to.equal('SigningKeyError');
      expect(error.message).to.match(message);
    }
  });

  it('rejects well-formed base64 that is not a P-256 key.', async () => {
    const error = await rejection(importSigningKey('-----BEGIN PRIVATE KEY-----\nAAAAAAAA\n-----END PRIVATE KEY-----'));
    expect(error.name).to.equal('SigningKeyError');
    expect(error.message).to.match(/could not be imported/);
  });

  it('decodes the PEM body to DER bytes.', () => {
    const der = new Uint8Array(pemToPkcs8('-----BEGIN PRIVATE KEY-----\nAQID\n-----END PRIVATE KEY-----'));
    expect([...der]).to.deep.equal([1, 2, 3]);
  });

  it('keeps the imported key in IndexedDB across store instances, still non-extractable and usable.', async () => {
    const name = `clearline-keys-test-${Math.random().toString(36).slice(2)}`;
    const keys = await generateSigningKeys();
    const first = new KeyStore(name);
    await first.importPem(keys.privateKeyPem, 'private.pem');
    await first.close();
    const second = new KeyStore(name);
    const stored = await second.get();
    expect(stored?.label).to.equal('private.pem');
    expect(stored?.privateKey.extractable).to.equal(false);
    const json = '{"a":1}';
    expect((await verifyBundle(json, await signBundle(json, stored!.privateKey), keys.publicKey)).ok).to.equal(true);
    await second.forget();
    expect(await second.get()).to.equal(null);
    await second.close();
  });
});
