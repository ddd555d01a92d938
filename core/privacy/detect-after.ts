/**
 * Detection across a message boundary. People split values over two messages ("my number is 07911" /
 * "123456") or announce a value in one message and type it in the next ("my PIN is" / "4821"). With the
 * end of the customer's previous message in view, the second message's part of such a value is found.
 */
import { detect } from './detect.ts';
import { resolve } from './resolve.ts';
import type { DetectedEntity, ScrubOptions } from './types.ts';

/** How much of the previous message is looked at: enough for a cue and a split number. */
export const PREVIOUS_CONTEXT_CHARS = 64;

const ALNUM = /[\p{L}\p{N}]/u;

/**
 * Entities of `text`, in `text` offsets: what `text` alone gives, together with what the previous
 * message's tail joined to `text` by a line break gives inside `text` (a value that starts in the
 * previous message is cut to its part in `text`). Where the two disagree, the union is redacted.
 */
export function detectAfter(previous: string, text: string, options?: ScrubOptions): DetectedEntity[] {
  const own = detect(text, options);
  if (previous.length === 0 || text.length === 0) return own;
  let tail = previous.slice(-PREVIOUS_CONTEXT_CHARS);
  // Never start the tail on the second half of a surrogate pair.
  const first = tail.charCodeAt(0);
  if (first >= 0xdc00 && first <= 0xdfff) tail = tail.slice(1);
  const offset = tail.length + 1;
  const extra: DetectedEntity[] = [];
  for (const e of detect(`${tail}\n${text}`, options)) {
    if (e.end <= offset) continue;
    const start = Math.max(e.start, offset) - offset;
    const end = e.end - offset;
    if (!ALNUM.test(text.slice(start, end))) continue;
    extra.push({ type: e.type, start, end, score: e.score });
  }
  if (extra.length === 0) return own;
  return resolve([...own, ...extra], text);
}
