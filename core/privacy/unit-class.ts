/**
 * A one-character regex test turned into a table lookup by UTF-16 code unit: `re.test(s[k])` on a
 * one-code-unit string gives the same answer as `unitClass(re)(s.charCodeAt(k))`. Each code unit is
 * classified with the regex itself on first sight and remembered (a lone surrogate is classified as the
 * regex classifies a lone surrogate), so the answers are the regex's by construction.
 */
export type UnitTest = (c: number) => boolean;

const UNKNOWN = 0, YES = 1, NO = 2;

export function unitClass(re: RegExp): UnitTest {
  if (re.global || re.sticky) throw new Error('unitClass: a stateless regex is expected.');
  const table = new Uint8Array(0x10000);
  return (c: number): boolean => {
    const v = table[c]!;
    if (v !== UNKNOWN) return v === YES;
    const yes = re.test(String.fromCharCode(c));
    table[c] = yes ? YES : NO;
    return yes;
  };
}

/** `/\s/` per code unit, shared (each table is 64 KB). */
export const isSpace: UnitTest = unitClass(/\s/);
