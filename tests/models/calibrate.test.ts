import assert from 'node:assert/strict';
import test from 'node:test';
import { fitThreshold, MIN_THRESHOLD, THRESHOLD_F1_TOLERANCE } from '../../models/train/calibrate.ts';

const labels = ['a', 'b', 'out_of_scope'];
const p = (...xs: number[]) => Float64Array.from(xs);

test('the threshold stays at its floor when raising it gains no validation macro-F1', () => {
  const probs = [p(0.9, 0.05, 0.05), p(0.1, 0.85, 0.05), p(0.1, 0.1, 0.8)];
  assert.equal(fitThreshold(probs, ['a', 'b', 'out_of_scope'], labels), MIN_THRESHOLD);
});

test('the threshold rises to turn confident-looking guesses into out_of_scope when that gains more than the tolerance', () => {
  const probs = [p(0.9, 0.05, 0.05), p(0.1, 0.85, 0.05), p(0.45, 0.3, 0.25), p(0.3, 0.45, 0.25)];
  const t = fitThreshold(probs, ['a', 'b', 'out_of_scope', 'out_of_scope'], labels);
  assert.ok(t > 0.45 && t <= 0.85, `threshold ${t}`);
});

test('a gain smaller than the tolerance does not raise the threshold', () => {
  const probs = [p(0.9, 0.05, 0.05), p(0.1, 0.85, 0.05), p(0.45, 0.3, 0.25), p(0.3, 0.45, 0.25)];
  assert.equal(fitThreshold(probs, ['a', 'b', 'out_of_scope', 'out_of_scope'], labels, 1), MIN_THRESHOLD);
  assert.ok(THRESHOLD_F1_TOLERANCE > 0 && THRESHOLD_F1_TOLERANCE < 0.02);
});
