import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detect } from '../../../core/privacy/index.ts';
import { digitRuns, type DigitRun } from '../../../core/privacy/digit-runs.ts';
import { cardScheme, cardSchemeLead } from '../../../core/privacy/recognizers/credit-card.ts';
import { luhnOk, numberRanges, sameDigitFrom } from '../../../core/privacy/recognizers/number-ranges.ts';
import type { RecognizerInput } from '../../../core/privacy/types.ts';
import { luhnValid } from '../../../core/privacy/validators/luhn.ts';
import { plausibleMcc, plausibleMccNumber } from '../../../core/privacy/validators/mcc.ts';
import { found } from './helpers.ts';

const GB = { locale: 'en-GB' };

/** Runs `check` on the RecognizerInput detect() builds for `text` (inside detect, so the per-text caches are live). */
function withInput(text: string, check: (input: RecognizerInput) => void): void {
  detect(text, { locale: 'en-GB', recognizers: [{ name: 'probe', find(input) { check(input); return []; } }] });
}

/**
 * The reference: every contiguous group range [i, j] of every run (at most six groups) whose digit count
 * lies in [minDigits, maxDigits], run by run, start group by start group, end group by end group: the
 * ranges the card, IMEI, ICCID and IMSI recognizers each used to walk on their own before numberRanges().
 */
function eachGroupRange(runs: readonly DigitRun[], minDigits: number, maxDigits: number, visit: (run: DigitRun, i: number, j: number, digits: string) => void): void {
  for (const run of runs) {
    const g = run.groups.length;
    for (let i = 0; i < g; i++) {
      const from = run.offsets[i]!;
      for (let j = i; j < g && j - i < 6; j++) {
        const to = j + 1 < g ? run.offsets[j + 1]! : run.digits.length;
        if (to - from > maxDigits) break;
        if (to - from >= minDigits) visit(run, i, j, run.digits.slice(from, to));
      }
    }
  }
}

describe('number ranges shared by card, IMEI, ICCID and IMSI', () => {
  it('cardSchemeLead() answers as cardScheme() for every four-digit lead and length', () => {
    for (let len = 4; len <= 24; len++) {
      for (let lead = 0; lead < 10000; lead++) {
        const digits = String(lead).padStart(4, '0') + '7'.repeat(len - 4);
        assert.equal(cardSchemeLead(lead, len), cardScheme(digits), `${digits}`);
      }
    }
  });

  it('plausibleMccNumber() answers as plausibleMcc()', () => {
    for (let n = 0; n < 1000; n++) assert.equal(plausibleMccNumber(n), plausibleMcc(String(n).padStart(3, '0')));
  });

  it('lists the ranges of 12 to 22 digits the reference walk visits, in order, with their lead, Luhn check and repeats', () => {
    const text = 'card 4111 1111 1111 1111, sim 8944-1100-6821-6598-756 and 0000 0000 0000 00 then 12 345 678 901 234 5678 9012 3456 7 x';
    withInput(text, (input) => {
      const want: string[] = [];
      eachGroupRange(digitRuns(input), 12, 22, (run, i, j, digits) => {
        want.push(`${run.groups[i]!.start}-${run.groups[j]!.end}:${digits}:${luhnValid(digits)}:${/^(\d)\1+$/.test(digits)}:${/^(\d)\1+$/.test(digits.slice(3))}`);
      });
      const nr = numberRanges(input);
      const got: string[] = [];
      for (let k = 0; k < nr.count; k++) {
        const run = nr.runs[nr.run[k]!]!;
        const start = run.groups[nr.first[k]!]!.start, end = run.groups[nr.last[k]!]!.end;
        const digits = text.slice(start, end).replace(/\D/g, '');
        assert.equal(nr.length[k], digits.length);
        assert.equal(nr.lead[k], Number(digits.slice(0, 4)));
        got.push(`${start}-${end}:${digits}:${luhnOk(nr, k)}:${sameDigitFrom(nr, k, 0)}:${sameDigitFrom(nr, k, 3)}`);
      }
      assert.ok(want.length > 5);
      assert.deepEqual(got, want);
    });
  });

  it('still finds the identifiers', () => {
    assert.deepEqual(found('card 4111 1111 1111 1111 ok', GB), ['CREDIT_CARD:4111 1111 1111 1111']);
    assert.deepEqual(found('imei is 49-015420-323751-8', GB), ['IMEI:49-015420-323751-8']);
    assert.deepEqual(found('my iccid 8944110068216598756 ok', GB), ['ICCID:8944110068216598756']);
    assert.deepEqual(found('imsi 310150123456789', GB), ['IMSI:310150123456789']);
  });
});
