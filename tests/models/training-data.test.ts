import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTrainingJsonl, TrainingDataError } from '../../models/train/dataset.ts';

const jsonl = (...rows: unknown[]) => rows.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n');
const problems = (content: string) => {
  try {
    parseTrainingJsonl(content, 'my.jsonl');
  } catch (err) {
    assert.ok(err instanceof TrainingDataError);
    return err.problems.join('\n');
  }
  assert.fail('expected a TrainingDataError');
};

test('valid data with two labels of two examples each is accepted', () => {
  const rows = parseTrainingJsonl(jsonl({ text: 'a b', label: 'x' }, { text: 'c d', label: 'x' }, { text: 'e', label: 'y', locale: 'en' }, { text: 'f', label: 'y' }), 'ok.jsonl');
  assert.equal(rows.length, 4);
});

test('an empty file is refused as having no examples', () => {
  assert.match(problems(''), /no examples: the file is empty/);
  assert.match(problems('\n\n'), /no examples/);
});

test('data with a single label is refused: a classifier needs two', () => {
  assert.match(problems(jsonl({ text: 'a', label: 'x' }, { text: 'b', label: 'x' })), /only one label \("x"\)/);
});

test('unknown fields are refused with the allowed field names', () => {
  assert.match(problems(jsonl({ text: 'a', label: 'x', intent: 'y' }, { text: 'b', label: 'x' }, { text: 'c', label: 'z' }, { text: 'd', label: 'z' })), /line 1: unknown field "intent"; allowed fields: text, label, locale, group/);
});

test('duplicates are refused, naming both lines (case and accents do not make a new example)', () => {
  const p = problems(jsonl({ text: 'Cancel my plan', label: 'x' }, { text: 'b', label: 'x' }, { text: 'cancel my  plan', label: 'y' }, { text: 'd', label: 'y' }));
  assert.match(p, /line 3: duplicate of line 1 .* with a different label \(x vs y\)/);
});

test('a label with one example is refused, naming the label and its line', () => {
  assert.match(problems(jsonl({ text: 'a', label: 'x' }, { text: 'b', label: 'x' }, { text: 'c', label: 'lonely' })), /label "lonely" has only one example \(line 3\)/);
});

test('malformed lines are refused with their line numbers', () => {
  const p = problems(jsonl('{"text": "a", "label": "x"', { text: '', label: 'x' }, { text: 'b', label: 42 }, [1, 2], { text: 'c', label: 'x' }, { text: 'd', label: 'y' }, { text: 'e', label: 'y' }));
  assert.match(p, /line 1: not valid JSON/);
  assert.match(p, /line 2: "text" must be a non-empty string/);
  assert.match(p, /line 3: "label" must be a string/);
  assert.match(p, /line 4: expected an object/);
});
