/**
 * Imports an ECDSA P-256 private key from PEM (PKCS#8 `BEGIN PRIVATE KEY`, as written by
 * `npm run rules -- keygen` and by the demo server) as a NON-extractable WebCrypto key that can only sign.
 */
// signing.ts directly: it is plain WebCrypto, without the compiler's dependencies.
import { importPrivateKey } from '../../../core/rules/signing.ts';

export class SigningKeyError extends Error {
  override name = 'SigningKeyError';
}

const PEM_PATTERN = /-----BEGIN PRIVATE KEY-----([\s\S]+?)-----END PRIVATE KEY-----/;
/** Largest PEM accepted; a P-256 PKCS#8 key is ~240 bytes. */
export const MAX_PEM_CHARS = 16_384;

export function pemToPkcs8(pem: string): ArrayBuffer {
  if (typeof pem !== 'string' || pem.trim() === '') throw new SigningKeyError('The key file is empty: choose the private.pem written by `npm run rules -- keygen`.');
  if (pem.length > MAX_PEM_CHARS) throw new SigningKeyError(`The key file is too large (${pem.length} characters, at most ${MAX_PEM_CHARS}): it is not a P-256 private key.`);
  if (/BEGIN (EC |RSA |ENCRYPTED )PRIVATE KEY/.test(pem)) {
    throw new SigningKeyError('This key is not in PKCS#8 form ("BEGIN PRIVATE KEY"); convert it with `openssl pkcs8 -topk8 -nocrypt` or use `npm run rules -- keygen`.');
  }
  const match = PEM_PATTERN.exec(pem);
  if (!match) throw new SigningKeyError('No "-----BEGIN PRIVATE KEY-----" block found: choose the private.pem written by `npm run rules -- keygen`.');
  const base64 = match[1]!.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) throw new SigningKeyError('The PEM block is not valid base64.');
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

/** Checks the PEM with clear errors, then imports it with the rules core (non-extractable, sign only). */
export async function importSigningKey(pem: string): Promise<CryptoKey> {
  pemToPkcs8(pem);
  try {
    const key = await importPrivateKey(pem);
    if (key.extractable) throw new Error('the key came back extractable');
    return key;
  } catch (error) {
    throw new SigningKeyError(`The key could not be imported as an ECDSA P-256 private key (${(error as Error).message || (error as Error).name}).`);
  }
}
