import { test } from 'node:test';
import assert from 'node:assert/strict';
import { highlightSegments } from '../../widget/src/panel/highlight.ts';

test('the draft is split into plain text and marked personal data, in order, losing nothing', () => {
  const text = 'call 07911 123456 or mail a@b.co';
  const segments = highlightSegments(text, [{ type: 'EMAIL', start: 26, end: 32 }, { type: 'PHONE', start: 5, end: 17 }]);
  assert.deepEqual(segments, [
    { text: 'call ', type: null }, { text: '07911 123456', type: 'PHONE' }, { text: ' or mail ', type: null }, { text: 'a@b.co', type: 'EMAIL' },
  ]);
  assert.equal(segments.map((s) => s.text).join(''), text);
});

test('overlapping and out-of-range entities never duplicate or drop text', () => {
  const text = 'abcdefghij';
  const segments = highlightSegments(text, [{ type: 'A', start: 2, end: 6 }, { type: 'B', start: 4, end: 8 }, { type: 'C', start: 8, end: 99 }, { type: 'D', start: 5, end: 5 }]);
  assert.equal(segments.map((s) => s.text).join(''), text);
  assert.deepEqual(segments.filter((s) => s.type).map((s) => s.type), ['A']);
});
