import { expect } from '@esm-bundle/chai';
import { entitySegments, placeholderSegments, parsePageContext } from '../../rules-studio/src/bench/highlight-segments.ts';
import { compareExpectation } from '../../rules-studio/src/tests-runner/compare-expectation.ts';
import { publishBlockers } from '../../rules-studio/src/publish/publish-gate.ts';
import { sectionAt, snippetsFor } from '../../rules-studio/src/editor/rule-snippets.ts';
import type { Decision } from '../../core/rules/types.ts';

describe('Bench highlighting', () => {
  it('marks each detected entity in the original message with its type.', () => {
    const text = 'Call me on +44 7700 900123 please';
    expect(entitySegments(text, [{ type: 'PHONE', start: 11, end: 26 }])).to.deep.equal([
      { text: 'Call me on ', type: null }, { text: '+44 7700 900123', type: 'PHONE' }, { text: ' please', type: null },
    ]);
  });

  it('skips overlapping and out-of-range entity spans instead of garbling the text.', () => {
    const segments = entitySegments('abcdef', [{ type: 'A', start: 0, end: 4 }, { type: 'B', start: 2, end: 5 }, { type: 'C', start: 5, end: 99 }]);
    expect(segments.map((s) => s.text).join('')).to.equal('abcdef');
    expect(segments.filter((s) => s.type).map((s) => s.type)).to.deep.equal(['A']);
  });

  it('marks placeholders in the scrubbed text with their entity type.', () => {
    expect(placeholderSegments('Call [PHONE_1] or mail [EMAIL_2].').filter((s) => s.type)).to.deep.equal([
      { text: '[PHONE_1]', type: 'PHONE' }, { text: '[EMAIL_2]', type: 'EMAIL' },
    ]);
    expect(placeholderSegments('[CREDIT_CARD_1]')[0]).to.deep.equal({ text: '[CREDIT_CARD_1]', type: 'CREDIT_CARD' });
  });

  it('parses the page context lines and names the line that is wrong.', () => {
    expect(parsePageContext('plan: business\n\nsegment=consumer')).to.deep.equal({ plan: 'business', segment: 'consumer' });
    expect(() => parsePageContext('plan business')).to.throw(/line 1/);
    expect(() => parsePageContext('constructor: x')).to.throw(/not allowed/);
    expect(() => parsePageContext('__proto__: x')).to.throw(/line 1/);
  });
});

describe('Test expectations', () => {
  const decision: Decision = { action: { type: 'handoff', queue: 'fraud', priority: 'urgent' }, rule: 'stolen', explanation: '', trace: [] };
  const intent = { label: 'lost_stolen_device', score: 0.9, top: [], outOfScope: false, localeSupported: true };

  it('passes when every expected field matches.', () => {
    expect(compareExpectation({ intent: 'lost_stolen_device', action: 'handoff', rule: 'stolen', queue: 'fraud', priority: 'urgent' }, intent, decision)).to.deep.equal([]);
  });

  it('lists each mismatching field with expected and actual values.', () => {
    expect(compareExpectation({ action: 'answer', queue: 'billing' }, intent, decision)).to.deep.equal([
      { field: 'action', expected: 'answer', actual: 'handoff' }, { field: 'queue', expected: 'billing', actual: 'fraud' },
    ]);
  });

  it('treats an expected `rule: null` as "no rule fired".', () => {
    expect(compareExpectation({ rule: null }, intent, { ...decision, rule: null })).to.deep.equal([]);
    expect(compareExpectation({ rule: null }, intent, decision)).to.deep.equal([{ field: 'rule', expected: '(none)', actual: 'stolen' }]);
  });

  it('reports a missing intent when the model gave none.', () => {
    expect(compareExpectation({ intent: 'roaming' }, null, decision)).to.deep.equal([{ field: 'intent', expected: 'roaming', actual: '(none)' }]);
  });
});

describe('Publish gate', () => {
  const ok = { hasBundle: true, errorCount: 0, testCount: 3, tests: { passed: 3, failed: 0 }, hasKey: true };

  it('allows publishing with no errors, passing tests and a key.', () => {
    expect(publishBlockers(ok)).to.deep.equal([]);
  });

  it('blocks while there are errors, failing or unrun tests, or no key.', () => {
    expect(publishBlockers({ ...ok, errorCount: 2 })).to.deep.equal(['Fix 2 errors first.']);
    expect(publishBlockers({ ...ok, tests: { passed: 2, failed: 1 } })).to.deep.equal(['1 test failing.']);
    expect(publishBlockers({ ...ok, tests: null })).to.deep.equal(['Run the 3 tests on this draft.']);
    expect(publishBlockers({ ...ok, hasKey: false })).to.deep.equal(['Import a signing key.']);
  });

  it('does not ask to run tests when the file has none.', () => {
    expect(publishBlockers({ ...ok, testCount: 0, tests: null })).to.deep.equal([]);
  });
});

describe('Rule snippets', () => {
  it('knows which top-level section a line belongs to.', () => {
    const lines = ['version: 1', 'rules:', '  - id: a', '', 'tests:', '  - message: x'];
    expect(sectionAt(lines, 4)).to.equal('rules');
    expect(sectionAt(lines, 6)).to.equal('tests');
    expect(sectionAt(lines, 1)).to.equal('version');
  });

  it('offers a rule snippet with an explanation for every locale of the file.', () => {
    const [snippet] = snippetsFor('rules', { labels: ['roaming', 'out_of_scope'], locales: ['en', 'de'], queues: ['fraud'] });
    expect(snippet!.insertText).to.match(/^- id: /);
    expect(snippet!.insertText).to.include('    en: ');
    expect(snippet!.insertText).to.include('    de: ');
    expect(snippet!.insertText).to.include('|roaming|');
    expect(snippet!.insertText).not.to.include('out_of_scope');
  });

  it('offers nothing outside rules, tests and answers.', () => {
    expect(snippetsFor('privacy', { labels: [], locales: [], queues: [] })).to.deep.equal([]);
  });
});
