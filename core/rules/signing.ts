import { fromBase64Url, toBase64Url } from './base64url.ts';

/**
 * Bundle signing with ECDSA P-256 / SHA-256 through WebCrypto (browsers and Node 20 alike).
 * The signature is a compact JWS with a detached payload (RFC 7515 appendix F): `header..signature`,
 * where the payload is the exact bytes of rules.json. Public keys travel as base64url SPKI DER
 * (the widget's `data-rules-key`); private keys as PKCS#8 PEM.
 */

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;
const encoder = new TextEncoder();

const subtle = (): SubtleCrypto => {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new Error('WebCrypto (crypto.subtle) is not available in this runtime; a secure context (https or localhost) is required.');
  return s;
};

const toPem = (label: string, der: ArrayBuffer) => {
  const b64 = btoa(String.fromCharCode(...new Uint8Array(der)));
  return `-----BEGIN ${label}-----\n${b64.match(/.{1,64}/g)!.join('\n')}\n-----END ${label}-----\n`;
};

const fromPem = (pem: string, label: string): Uint8Array<ArrayBuffer> => {
  const m = new RegExp(`-----BEGIN ${label}-----([\\s\\S]+?)-----END ${label}-----`).exec(pem);
  if (!m) throw new Error(`Expected a PEM block "-----BEGIN ${label}-----".`);
  return fromBase64Url(m[1]!.replace(/\s+/g, ''));
};

export interface SigningKeys {
  /** PKCS#8 PEM, keep secret (sign with it). */
  privateKeyPem: string;
  /** SPKI PEM. */
  publicKeyPem: string;
  /** base64url of the SPKI DER: the value of the widget's `data-rules-key`. */
  publicKey: string;
}

/** Generates a fresh P-256 key pair. */
export async function generateSigningKeys(): Promise<SigningKeys> {
  const pair = await subtle().generateKey(ALGORITHM, true, ['sign', 'verify']);
  const pkcs8 = await subtle().exportKey('pkcs8', pair.privateKey);
  const spki = await subtle().exportKey('spki', pair.publicKey);
  return { privateKeyPem: toPem('PRIVATE KEY', pkcs8), publicKeyPem: toPem('PUBLIC KEY', spki), publicKey: toBase64Url(new Uint8Array(spki)) };
}

/** Imports a PKCS#8 PEM private key. */
export async function importPrivateKey(pem: string): Promise<CryptoKey> {
  if (typeof pem !== 'string') throw new TypeError('The private key must be PEM text.');
  if (pem.includes('BEGIN EC PRIVATE KEY')) {
    throw new Error('This is a SEC1 "EC PRIVATE KEY"; convert it to PKCS#8 first: openssl pkcs8 -topk8 -nocrypt -in key.pem -out private.pem');
  }
  return subtle().importKey('pkcs8', fromPem(pem, 'PRIVATE KEY'), ALGORITHM, false, ['sign']);
}

/** Imports a public key given as base64url SPKI DER, SPKI PEM, or a JWK (object or JSON text). */
export async function importPublicKey(key: string | JsonWebKey): Promise<CryptoKey> {
  if (typeof key === 'object' && key !== null) return subtle().importKey('jwk', key, ALGORITHM, false, ['verify']);
  if (typeof key !== 'string' || !key.trim()) throw new TypeError('The public key is empty.');
  const text = key.trim();
  if (text.startsWith('{')) return subtle().importKey('jwk', JSON.parse(text) as JsonWebKey, ALGORITHM, false, ['verify']);
  const der = text.startsWith('-----') ? fromPem(text, 'PUBLIC KEY') : fromBase64Url(text);
  return subtle().importKey('spki', der, ALGORITHM, false, ['verify']);
}

const HEADER = { alg: 'ES256', typ: 'clearline-rules+jws' } as const;

/** Signs the exact text of rules.json; returns a compact JWS with a detached payload. */
export async function signBundle(json: string, privateKeyPem: string | CryptoKey): Promise<string> {
  if (typeof json !== 'string') throw new TypeError('signBundle expects the rules.json text.');
  const key = typeof privateKeyPem === 'string' ? await importPrivateKey(privateKeyPem) : privateKeyPem;
  const header = toBase64Url(encoder.encode(JSON.stringify(HEADER)));
  const input = `${header}.${toBase64Url(encoder.encode(json))}`;
  const signature = await subtle().sign(SIGN, key, encoder.encode(input));
  return `${header}..${toBase64Url(new Uint8Array(signature))}`;
}

export interface VerifyResult { ok: boolean; reason?: string }

/** Verifies a detached JWS over the exact text of rules.json. Never throws. */
export async function verifyBundle(json: string, signature: string, publicKey: string | JsonWebKey | CryptoKey): Promise<VerifyResult> {
  try {
    if (typeof json !== 'string') return { ok: false, reason: 'the bundle is not text' };
    if (typeof signature !== 'string' || !signature.trim()) return { ok: false, reason: 'the signature is empty' };
    const parts = signature.trim().split('.');
    if (parts.length !== 3) return { ok: false, reason: 'the signature is not a compact JWS (header..signature)' };
    const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
    let header: { alg?: unknown; crit?: unknown };
    try {
      header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(headerPart))) as typeof header;
    } catch {
      return { ok: false, reason: 'the signature header is not valid base64url JSON' };
    }
    if (header.alg !== 'ES256') return { ok: false, reason: `unsupported signature algorithm ${JSON.stringify(header.alg)} (expected ES256)` };
    if (header.crit !== undefined) return { ok: false, reason: 'the signature header has unsupported critical parameters' };
    const payload = toBase64Url(encoder.encode(json));
    if (payloadPart !== '' && payloadPart !== payload) return { ok: false, reason: 'the signature carries a different payload' };
    let raw: Uint8Array<ArrayBuffer>;
    try {
      raw = fromBase64Url(signaturePart);
    } catch {
      return { ok: false, reason: 'the signature is not valid base64url' };
    }
    if (raw.length !== 64) return { ok: false, reason: `the signature has ${raw.length} bytes (ES256 needs 64)` };
    let key: CryptoKey;
    try {
      key = publicKey instanceof CryptoKey ? publicKey : await importPublicKey(publicKey as string | JsonWebKey);
    } catch (error) {
      return { ok: false, reason: `the public key could not be read (${(error as Error).message}); expected base64url SPKI, PEM or JWK for P-256` };
    }
    const ok = await subtle().verify(SIGN, key, raw, encoder.encode(`${headerPart}.${payload}`));
    return ok ? { ok } : { ok, reason: 'the signature does not match this bundle and key (tampered bundle or wrong key)' };
  } catch (error) {
    return { ok: false, reason: `verification failed: ${(error as Error).message}` };
  }
}
