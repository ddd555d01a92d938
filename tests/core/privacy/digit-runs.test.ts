import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detect } from '../../../core/privacy/index.ts';
import { digitRuns, longDigitRuns, type DigitRun } from '../../../core/privacy/digit-runs.ts';
import type { RecognizerInput } from '../../../core/privacy/types.ts';

/** The runs digitRuns() gives for `text`, read inside detect() (where the per-text caches are live). */
function runsOf(text: string, list: (input: RecognizerInput) => DigitRun[] = digitRuns): DigitRun[] {
  let runs: DigitRun[] = [];
  detect(text, { locale: 'en-GB', recognizers: [{ name: 'probe', find(input) { runs = list(input).map((r) => ({ ...r, groups: [...r.groups], offsets: [...r.offsets], joiners: [...r.joiners] })); return []; } }] });
  return runs;
}

/** What every run must be: its digits are its groups' digits in order, at its offsets. */
function assertConsistent(text: string, run: DigitRun): void {
  assert.equal(run.digits, run.groups.map((g) => text.slice(g.start, g.end)).join(''));
  let at = 0;
  run.groups.forEach((g, i) => {
    assert.equal(run.offsets[i], at);
    at += g.end - g.start;
  });
}

describe('digit runs', () => {
  it('a run of many groups carries the digits of every group, at the right offsets', () => {
    const text = `card ${Array.from({ length: 40 }, (_, i) => String(1000 + i)).join(' ')} end`;
    const runs = runsOf(text);
    assert.equal(runs.length, 1);
    assert.equal(runs[0]!.groups.length, 40);
    assertConsistent(text, runs[0]!);
  });

  it('runs before and after a long run keep their own digits', () => {
    const long = Array.from({ length: 25 }, () => '4111').join(' ');
    const text = `call 07911 123456, then ${long}; then 020 7946 0000 x`;
    const runs = runsOf(text, longDigitRuns);
    assert.deepEqual(runs.map((r) => r.digits), ['07911123456', '4111'.repeat(25), '02079460000']);
    for (const run of runs) assertConsistent(text, run);
  });

  it('a long run with varied joiners keeps only digits, never a joiner character', () => {
    const joiners = [' ', '-', '.', '/', ' - ', ' then '];
    const text = Array.from({ length: 30 }, (_, i) => `${i % 10}${i % 7}${i < 29 ? joiners[i % joiners.length] : ''}`).join('');
    const runs = runsOf(text);
    assert.equal(runs.length, 1);
    assertConsistent(text, runs[0]!);
    assert.match(runs[0]!.digits, /^[0-9]{60}$/);
  });
});
