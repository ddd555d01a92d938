/**
 * Typing noise for corpus augmentation: the slips people make on phone keyboards (a dropped, doubled
 * or swapped letter, a neighbouring key, a missing apostrophe), plus shouting and lazy casing.
 */
import type { Rng } from './rng.ts';

const QWERTY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const NEIGHBOURS: Record<string, string> = {};
QWERTY_ROWS.forEach((row, r) => {
  for (let i = 0; i < row.length; i++) {
    const near = [row[i - 1], row[i + 1], QWERTY_ROWS[r - 1]?.[i], QWERTY_ROWS[r + 1]?.[i]].filter((c): c is string => !!c);
    NEIGHBOURS[row[i]!] = near.join('');
  }
});
Object.freeze(NEIGHBOURS);

function typoWord(word: string, rng: Rng): string {
  if (word.length < 4 || !/^[a-z\u00e0-\u00ff]+$/i.test(word)) return word;
  const i = 1 + rng.int(word.length - 2);
  switch (rng.int(4)) {
    case 0: return word.slice(0, i) + word.slice(i + 1); // dropped letter
    case 1: return word.slice(0, i) + word[i] + word.slice(i); // doubled letter
    case 2: return word.slice(0, i) + word[i + 1]! + word[i] + word.slice(i + 2); // swapped letters
    default: {
      const near = NEIGHBOURS[word[i]!.toLowerCase()];
      return near ? word.slice(0, i) + near[rng.int(near.length)] + word.slice(i + 1) : word;
    }
  }
}

/** One or two typos in a message, sometimes with its apostrophes and final punctuation dropped. */
export function addTypos(text: string, rng: Rng): string {
  const words = text.split(' ');
  const count = 1 + rng.int(2);
  for (let k = 0; k < count; k++) {
    const j = rng.int(words.length);
    words[j] = typoWord(words[j]!, rng);
  }
  let out = words.join(' ');
  if (rng.next() < 0.5) out = out.replace(/['’]/g, '');
  if (rng.next() < 0.5) out = out.replace(/[.!?]+$/, '');
  return out;
}

/** Surface variants that do not change meaning: ALL CAPS, Sentence case, trailing ? or !! */
export function restyle(text: string, rng: Rng): string {
  const r = rng.next();
  if (r < 0.08) return text.toUpperCase();
  if (r < 0.4) return text.charAt(0).toUpperCase() + text.slice(1);
  if (r < 0.5) return text + (rng.next() < 0.5 ? '?' : '!!');
  return text;
}
