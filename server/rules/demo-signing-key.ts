/**
 * The demo server's ECDSA P-256 signing key: created once in `<dataDir>/keys/` (private.pem, mode 0600,
 * never served), reused on every start. The public key goes into the demo page's `data-rules-key`.
 */
import { generateKeyPairSync, createPrivateKey, createPublicKey } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';

export interface DemoSigningKey {
  privateKeyPath: string;
  /** base64url of the SPKI DER encoding. */
  publicKeySpki: string;
  /** The private key as a WebCrypto key (sign only), for signing version 1. */
  privateKey: CryptoKey;
}

export async function ensureDemoSigningKey(keysDir: string): Promise<DemoSigningKey> {
  mkdirSync(keysDir, { recursive: true, mode: 0o700 });
  const privateKeyPath = join(keysDir, 'private.pem');
  const publicKeyPath = join(keysDir, 'public.spki.b64url');
  if (!existsSync(privateKeyPath)) {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    writeFileSync(privateKeyPath, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    chmodSync(privateKeyPath, 0o600);
  }
  const pem = readFileSync(privateKeyPath, 'utf8');
  const keyObject = createPrivateKey(pem);
  if (keyObject.asymmetricKeyType !== 'ec' || keyObject.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new Error(`${privateKeyPath} is not an ECDSA P-256 private key: delete it to let the server create a new demo key.`);
  }
  const spki = createPublicKey(keyObject).export({ type: 'spki', format: 'der' });
  const publicKeySpki = Buffer.from(spki).toString('base64url');
  writeFileSync(publicKeyPath, `${publicKeySpki}\n`);
  const pkcs8 = keyObject.export({ type: 'pkcs8', format: 'der' });
  const privateKey = await globalThis.crypto.subtle.importKey('pkcs8', pkcs8, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
  return { privateKeyPath, publicKeySpki, privateKey };
}
