import { canonicalJson } from './canonical-json.ts';
import { sha256Hex } from './sha256.ts';

/** The content hash of a bundle: sha-256 of the canonical JSON of every field except `hash`. */
export function bundleHash(bundle: Readonly<Record<string, unknown>>): string {
  const { hash: _ignored, ...content } = bundle;
  return sha256Hex(canonicalJson(content));
}
