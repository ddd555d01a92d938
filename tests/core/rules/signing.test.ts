import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { compileRules, generateSigningKeys, loadRulesBundle, SAFE_DEFAULT_BUNDLE, signBundle, verifyBundle, decide, type SigningKeys } from '../../../core/rules/index.ts';
import { context, intent } from './fixtures/context.ts';
import { LABELS } from './fixtures/labels.ts';
import { MINIMAL_RULES } from './fixtures/minimal.ts';

const NOW = new Date('2026-06-01T10:00:00Z');
let keys: SigningKeys;
let other: SigningKeys;
let json: string;
let signature: string;

before(async () => {
  keys = await generateSigningKeys();
  other = await generateSigningKeys();
  json = JSON.stringify(compileRules(MINIMAL_RULES, { labels: LABELS, now: NOW }).bundle, null, 2);
  signature = await signBundle(json, keys.privateKeyPem);
});

const flipByte = (text: string, index: number) => text.slice(0, index) + (text[index] === 'a' ? 'b' : 'a') + text.slice(index + 1);

describe('bundle signing', () => {
  it('generates P-256 keys as PKCS#8 PEM, SPKI PEM and base64url SPKI', () => {
    assert.match(keys.privateKeyPem, /^-----BEGIN PRIVATE KEY-----\n/);
    assert.match(keys.publicKeyPem, /^-----BEGIN PUBLIC KEY-----\n/);
    assert.match(keys.publicKey, /^[A-Za-z0-9_-]{122}$/);
  });
  it('writes a compact detached ES256 JWS', () => {
    const [header, payload, sig] = signature.split('.');
    assert.deepEqual(JSON.parse(Buffer.from(header!, 'base64url').toString()), { alg: 'ES256', typ: 'clearline-rules+jws' });
    assert.equal(payload, '');
    assert.equal(Buffer.from(sig!, 'base64url').length, 64);
  });
  it('verifies a valid signature with the base64url, PEM and JWK forms of the public key', async () => {
    assert.deepEqual(await verifyBundle(json, signature, keys.publicKey), { ok: true });
    assert.deepEqual(await verifyBundle(json, signature, keys.publicKeyPem), { ok: true });
    const jwk = await crypto.subtle.exportKey('jwk', await crypto.subtle.importKey('spki', Buffer.from(keys.publicKey, 'base64url'), { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']));
    assert.deepEqual(await verifyBundle(json, signature, jwk), { ok: true });
  });
  it('refuses a bundle with one byte changed', async () => {
    const result = await verifyBundle(flipByte(json, Math.floor(json.length / 2)), signature, keys.publicKey);
    assert.equal(result.ok, false);
    assert.match(result.reason!, /does not match/);
  });
  it('refuses a bundle verified with a different key', async () => {
    assert.equal((await verifyBundle(json, signature, other.publicKey)).ok, false);
  });
  it('refuses signatures in an invalid format with a reason', async () => {
    for (const bad of ['', 'abc', 'a.b', 'a..b.c', `${signature.split('.')[0]}..AAAA`, `eyJhbGciOiJub25lIn0..${signature.split('.')[2]}`]) {
      const result = await verifyBundle(json, bad, keys.publicKey);
      assert.equal(result.ok, false, bad);
      assert.ok(result.reason && result.reason.length > 5);
    }
  });
  it('refuses a malformed public key with a reason instead of throwing', async () => {
    const result = await verifyBundle(json, signature, 'not-a-key');
    assert.equal(result.ok, false);
    assert.match(result.reason!, /public key could not be read/);
  });
});

describe('loadRulesBundle', () => {
  it('loads a correctly signed bundle as verified', async () => {
    const result = await loadRulesBundle({ json, signature, publicKey: keys.publicKey, now: NOW });
    assert.equal(result.verified, true);
    assert.equal(result.warning, undefined);
    assert.equal(result.bundle.hash, JSON.parse(json).hash);
  });
  const refused = async (input: Parameters<typeof loadRulesBundle>[0], reason: RegExp) => {
    const result = await loadRulesBundle(input);
    assert.equal(result.bundle, SAFE_DEFAULT_BUNDLE);
    assert.equal(result.verified, false);
    assert.match(result.warning!, /^Clearline: the rules bundle was refused because /);
    assert.match(result.warning!, reason);
    assert.equal(result.warning!.split('\n').length, 1);
  };
  it('falls back to safe defaults when the signature is missing', () => refused({ json, signature: null, publicKey: keys.publicKey, now: NOW }, /no signature/));
  it('falls back to safe defaults when a byte was tampered with', () => refused({ json: flipByte(json, 200), signature, publicKey: keys.publicKey, now: NOW }, /signature is invalid/));
  it('falls back to safe defaults when signed with another key', async () => {
    await refused({ json, signature: await signBundle(json, other.privateKeyPem), publicKey: keys.publicKey, now: NOW }, /signature is invalid/);
  });
  it('falls back to safe defaults when the content hash does not match, even if signed', async () => {
    const tampered = JSON.stringify({ ...JSON.parse(json), disclosure: { en: 'Hi', de: 'Hallo' } });
    await refused({ json: tampered, signature: await signBundle(tampered, keys.privateKeyPem), publicKey: keys.publicKey, now: NOW }, /content hash does not match/);
  });
  it('falls back to safe defaults when the bundle has expired', async () => {
    const expired = JSON.stringify(compileRules(`${MINIMAL_RULES}expiresAt: 2026-05-01T00:00:00Z\n`, { labels: LABELS, now: new Date('2026-04-01T00:00:00Z') }).bundle);
    await refused({ json: expired, signature: await signBundle(expired, keys.privateKeyPem), publicKey: keys.publicKey, now: NOW }, /expired on 2026-05-01/);
  });
  it('falls back to safe defaults when the bundle fails the schema, even if signed', async () => {
    const content = { ...JSON.parse(json), privacy: { retentionDays: 365, handoffTranscript: 'full', safePatterns: [] } };
    const { bundleHash } = await import('../../../core/rules/index.ts');
    const bad = JSON.stringify({ ...content, hash: bundleHash(content) });
    await refused({ json: bad, signature: await signBundle(bad, keys.privateKeyPem), publicKey: keys.publicKey, now: NOW }, /bundle schema/);
  });
  it('falls back to safe defaults for empty, non-JSON and non-string input without throwing', async () => {
    await refused({ json: '', publicKey: keys.publicKey }, /empty or missing/);
    await refused({ json: '{not json', signature: null }, /not valid JSON/);
    await refused({ json: 42 as unknown as string }, /empty or missing/);
    await refused(undefined as unknown as Parameters<typeof loadRulesBundle>[0], /empty or missing/);
    await refused({ json: '{"__proto__": {"x": 1}}' }, /bundle schema/);
  });
  it('loads an unsigned bundle without a public key, flagged as unverified with a warning', async () => {
    const result = await loadRulesBundle({ json, now: NOW });
    assert.equal(result.verified, false);
    assert.notEqual(result.bundle, SAFE_DEFAULT_BUNDLE);
    assert.match(result.warning!, /not verified/);
  });
});

describe('SAFE_DEFAULT_BUNDLE', () => {
  it('discloses the assistant in every language it lists', () => {
    for (const locale of SAFE_DEFAULT_BUNDLE.locales) assert.match(SAFE_DEFAULT_BUNDLE.disclosure[locale]!, /.{20,}/);
  });
  it('never answers automatically and always reaches a person', () => {
    for (const ctx of [context({ intent: intent('check_usage', 0.999) }), context({ intent: null }), context({ optedOut: true }), context({ intent: intent('out_of_scope', 1) })]) {
      assert.equal(decide(SAFE_DEFAULT_BUNDLE, ctx).action.type, 'handoff');
    }
  });
  it('is frozen and passes its own load checks', async () => {
    assert.ok(Object.isFrozen(SAFE_DEFAULT_BUNDLE) && Object.isFrozen(SAFE_DEFAULT_BUNDLE.disclosure));
    const result = await loadRulesBundle({ json: JSON.stringify(SAFE_DEFAULT_BUNDLE) });
    assert.notEqual(result.bundle, SAFE_DEFAULT_BUNDLE);
    assert.deepEqual(result.bundle, SAFE_DEFAULT_BUNDLE);
  });
});
