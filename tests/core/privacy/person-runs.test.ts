/**
 * CaseContext.inTitleCaseRun reads the runs of capitalised words around a word through memoised walks
 * (person-runs.ts), so that it is linear on any text. Its answers must be those of the plain walks it
 * replaced, including the remembered last run (whose answers depend on the order of the questions):
 * the reference below is that former code.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detect } from '../../../core/privacy/index.ts';
import { CaseContext, isUpperStart } from '../../../core/privacy/recognizers/person-casing.ts';
import { isFunctionWord } from '../../../core/privacy/recognizers/person-runs.ts';
import { GROWTH_LIMIT, growthRatio } from './helpers.ts';

const isWordChar = (s: string, i: number) => i >= 0 && i < s.length && /[\p{L}\p{M}'’-]/u.test(s[i]!);
const isBlank = (s: string, i: number) => s[i] === ' ' || s[i] === '\t';

/** The former CaseContext.inTitleCaseRun: walks back and forth at every question not in the last run. */
class Reference {
  private runStart = -1;
  private runEnd = -1;
  private title = false;
  constructor(private readonly s: string) {}
  inTitleCaseRun(start: number, end: number): boolean {
    if (start >= this.runStart && end <= this.runEnd) return this.title;
    const s = this.s;
    let words = 1;
    let functionWords = 0;
    let firstIsFunction = isFunctionWord(s, start, end);
    let runStart = start;
    while (isBlank(s, runStart - 1)) {
      let b = runStart - 1;
      while (b > 0 && isWordChar(s, b - 1)) b--;
      if (b === runStart - 1 || !isUpperStart(s, b)) break;
      if (firstIsFunction) functionWords++;
      firstIsFunction = isFunctionWord(s, b, runStart - 1);
      words++;
      runStart = b;
    }
    let runEnd = end;
    while (isBlank(s, runEnd) && isUpperStart(s, runEnd + 1)) {
      let f = runEnd + 1;
      while (f < s.length && isWordChar(s, f)) f++;
      if (isFunctionWord(s, runEnd + 1, f)) functionWords++;
      words++;
      runEnd = f;
    }
    this.runStart = runStart;
    this.runEnd = runEnd;
    this.title = words >= 3 && functionWords >= 2;
    return this.title;
  }
}

const PIECES = ['Sarah', 'Of', 'The', 'To', 'Be', 'You', 'aaa', 'Mr', 'Jones', 'María', 'ÉCOLE', 'My', 'Name', 'Is', 'And', 'A'.padEnd(46, 'a'), 'Aaa-Aaa',
  '-', "'", '’', 'Ⅰ', 'Ⓐ', '𝐀', '𝐚b', 'ǅ', 'İ', '\u0301', '1'];
const SEPARATORS = [' ', ' ', ' ', ' ', ' ', ' ', '', '  ', '\t', ',', '\n', '-'];

describe('CaseContext.inTitleCaseRun', () => {
  it('gives the answers of the former plain walks, in any order of questions', () => {
    let x = 20261129;
    const rnd = (n: number) => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return (x >>> 8) % n; };
    const ctx = new CaseContext('');
    let trues = 0;
    for (let t = 0; t < 3000; t++) {
      // Long enough texts that some walks pass the direct budget and use the memo.
      let s = '';
      const n = 1 + rnd(80);
      for (let i = 0; i < n; i++) s += PIECES[rnd(PIECES.length)]! + SEPARATORS[rnd(SEPARATORS.length)]!;
      const reference = new Reference(s);
      ctx.reset(s);
      const increasing = rnd(2) === 0;
      const capitals = [...s].map((_, i) => i).filter((i) => isUpperStart(s, i));
      let at = 0;
      for (let q = 0; q < 20; q++) {
        // Mostly where a capital stands, as the recognizer asks; sometimes anywhere.
        let start = Math.min(s.length, increasing ? at + rnd(12) : rnd(s.length + 1));
        if (rnd(4) !== 0 && capitals.length > 0) start = capitals.find((i) => i >= start) ?? capitals[rnd(capitals.length)]!;
        const end = Math.min(s.length, start + 1 + rnd(45));
        at = start;
        const expected = reference.inTitleCaseRun(start, end);
        if (expected) trues++;
        assert.equal(ctx.inTitleCaseRun(start, end), expected, `${JSON.stringify(s)} [${start}, ${end})`);
      }
    }
    assert.ok(trues > 1000, `only ${trues} answers are true: the texts should have Title-Case runs`);
  });

  it('keeps the order-dependent answer of a run remembered up to the middle of a word', () => {
    // The word of 46 letters is asked as its first 40 (wordEndAt's window) after "Mr": the run
    // remembered ends there, and "Sarah" within it gets that run's answer without a look.
    const s = `Sarah Jones Mr ${'A'.padEnd(46, 'a')} Of The`;
    const long = s.indexOf('Aaa');
    for (const order of [[0, 1], [1, 0]]) {
      const ctx = new CaseContext(s);
      const reference = new Reference(s);
      for (const k of order) {
        const [start, end] = k === 0 ? [0, 5] : [long, long + 40];
        assert.equal(ctx.inTitleCaseRun(start, end), reference.inTitleCaseRun(start, end));
      }
    }
  });
});

describe('PERSON on long runs of capitalised words', () => {
  it('scrubs names cut by hyphens or too long for a name in time linear in the length of the text', () => {
    for (const unit of ['Sarah- ', `Mr Sarah${'a'.repeat(45)} `, 'My Name Is Sarah- ']) {
      // Before, "Sarah- " took 4.4 s at 100 KB and some 450 s at 1 MB: quadratic.
      const ratio = growthRatio((text) => detect(text, { locale: 'en-GB' }), unit);
      assert.ok(ratio < GROWTH_LIMIT, `${JSON.stringify(unit)}: 2 MB took ${ratio.toFixed(1)}x as long as 250 KB (linear is about 8, quadratic 64)`);
    }
  });
});
