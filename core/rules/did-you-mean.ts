/** Edit distance between two short strings (Levenshtein). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The closest valid value to `input`, when it is close enough to be a likely typo. */
export function didYouMean(input: string, valid: readonly string[]): string | undefined {
  const lower = input.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of valid) {
    const c = candidate.toLowerCase();
    const score = c === lower ? 0 : c.includes(lower) || lower.includes(c) ? 1 : editDistance(lower, c);
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  const tolerance = Math.max(2, Math.floor(input.length / 3));
  return best !== undefined && bestScore <= tolerance ? best : undefined;
}

/** "a, b, c" (shortened with "… and N more" for long lists). */
export function listValues(values: readonly string[], max = 40): string {
  const shown = values.slice(0, max).join(', ');
  return values.length > max ? `${shown} … and ${values.length - max} more` : shown;
}
