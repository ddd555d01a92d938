/**
 * Counterfactual augmentation for English: the same message with gendered words and British/American
 * spellings swapped, so that no label is tied to who is asking or where they learnt to spell.
 */
const PAIRS: readonly [string, string][] = Object.freeze([
  ['he', 'she'], ['him', 'her'], ['his', 'her'], ['himself', 'herself'], ['man', 'woman'], ['men', 'women'],
  ['husband', 'wife'], ['son', 'daughter'], ['boy', 'girl'], ['dad', 'mum'], ['father', 'mother'], ['brother', 'sister'],
  ['boyfriend', 'girlfriend'], ['guy', 'lady'], ['sir', 'madam'], ['mr', 'ms'],
  ['itemised', 'itemized'], ['personalised', 'personalized'], ['authorised', 'authorized'], ['recognise', 'recognize'],
  ['cancelled', 'canceled'], ['cancelling', 'canceling'], ['centre', 'center'], ['colour', 'color'], ['favourite', 'favorite'],
  ['organise', 'organize'], ['licence', 'license'], ['tyre', 'tire'], ['programme', 'program'], ['cheque', 'check'],
  ['mobile', 'cell'], ['tariff', 'plan'], ['post', 'mail'], ['mum', 'mom'], ['fibre', 'fiber'], ['analyse', 'analyze'],
]);
const MAP = new Map<string, string>();
for (const [a, b] of PAIRS) {
  if (!MAP.has(a)) MAP.set(a, b);
  if (!MAP.has(b)) MAP.set(b, a);
}

/** Swaps every listed word for its counterpart (keeping ALL CAPS / Capitalised words' case). */
export function swapCounterparts(text: string): string {
  return text.replace(/[A-Za-z]+/g, (w) => {
    const other = MAP.get(w.toLowerCase());
    if (!other) return w;
    if (w === w.toUpperCase() && w.length > 1) return other.toUpperCase();
    if (w[0] === w[0]!.toUpperCase()) return other[0]!.toUpperCase() + other.slice(1);
    return other;
  });
}
