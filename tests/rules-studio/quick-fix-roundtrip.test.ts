import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quickFixesAt } from '../../rules-studio/src/diagnostics/to-markers.ts';
import { compileRules } from '../../core/rules/index.ts';
import { INTENT_LABELS } from '../../core/intent/index.ts';

const source = 'version: 1\ndefaultLocale: en\nlocales: [en]\ndisclosure:\n  en: Automated assistant.\nrules:\n  - id: r1\n    when:\n      intent: biling_dispute\n    then:\n      handoff: { queue: billing }\n    explain:\n      en: Because.\n';

function applyEdit(text: string, edit: { range: { startLineNumber: number; startColumn: number; endLineNumber: number; endColumn: number }; text: string }): string {
  const lines = text.split('\n');
  const offset = (line: number, column: number) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  const start = offset(edit.range.startLineNumber, edit.range.startColumn);
  const end = offset(edit.range.endLineNumber, edit.range.endColumn);
  return text.slice(0, start) + edit.text + text.slice(end);
}

test('The real compiler\'s "did you mean" for a misspelt intent becomes a quick fix on that line that removes the error.', () => {
  const { diagnostics } = compileRules(source, { labels: INTENT_LABELS });
  const error = diagnostics.find((d) => d.code === 'unknown-intent');
  assert.ok(error);
  const [fix] = quickFixesAt(diagnostics, { startLineNumber: error.line, startColumn: error.column, endLineNumber: error.line, endColumn: error.column });
  assert.ok(fix);
  assert.equal(fix.marker.startLineNumber, 9);
  assert.match(fix.title, /billing_dispute/);
  const fixed = applyEdit(source, fix.edit);
  assert.match(fixed, /intent: billing_dispute\n/);
  assert.deepEqual(compileRules(fixed, { labels: INTENT_LABELS }).diagnostics.filter((d) => d.severity === 'error'), []);
});

test('Every fix the compiler offers for a file with several problems applies cleanly at its own range.', () => {
  const broken = source.replace('en: Because.', 'en: Because.\n  - id: r1\n    then: { answer: roaming }\n    explain: { en: Dup. }');
  const { diagnostics } = compileRules(broken, { labels: INTENT_LABELS });
  for (const d of diagnostics.filter((x) => x.fix)) {
    const [fix] = quickFixesAt([d], { startLineNumber: d.line, startColumn: d.column, endLineNumber: d.line, endColumn: d.column });
    assert.ok(fix, d.message);
    assert.equal(typeof applyEdit(broken, fix.edit), 'string');
  }
});
