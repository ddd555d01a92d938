import { expect } from '@esm-bundle/chai';
import { extractOutline, findDefinition } from '../../rules-studio/src/outline/extract-outline.ts';
import { documentFacts } from '../../rules-studio/src/outline/document-facts.ts';

const source = [
  'version: 1',                       // 1
  'defaultLocale: en',                // 2
  'locales: [en, de]',                // 3
  'queues: [billing, fraud]',         // 4
  'disclosure:',                      // 5
  '  en: Automated assistant.',       // 6
  'notices:',                         // 7
  '  scrubbing:',                     // 8
  '    en: We remove personal data.', // 9
  'answers:',                         // 10
  '  roaming:',                       // 11
  '    en: { text: EU roaming is included. }', // 12
  'rules:',                           // 13
  '  - id: stolen',                   // 14
  '    when: { intent: lost_stolen_device }', // 15
  '    then: { handoff: { queue: fraud, priority: urgent } }', // 16
  '    explain: { en: Because. }',    // 17
  '  - id: roam',                     // 18
  '    when: { intent: roaming }',    // 19
  '    then: { answer: roaming }',    // 20
  '    explain: { en: Because. }',    // 21
  '  - id: privacy-note',             // 22
  '    then: { notice: scrubbing }',  // 23
  '    explain: { en: Because. }',    // 24
  'tests:',                           // 25
  '  - name: stolen phone',           // 26
  '    message: my phone was stolen', // 27
  '    expect: { action: handoff }',  // 28
  '  - message: roaming?',            // 29
  '    expect: { intent: roaming }',  // 30
].join('\n');

describe('Outline extraction', () => {
  it('lists notices, answers, rules and tests with their lines.', () => {
    const outline = extractOutline(source);
    expect(outline.disclosure?.line).to.equal(5);
    expect(outline.notices.map((e) => [e.name, e.line])).to.deep.equal([['scrubbing', 8]]);
    expect(outline.answers.map((e) => [e.name, e.line])).to.deep.equal([['roaming', 11]]);
    expect(outline.rules.map((e) => [e.name, e.line])).to.deep.equal([['stolen', 14], ['roam', 18], ['privacy-note', 22]]);
    expect(outline.tests.map((e) => [e.name, e.line])).to.deep.equal([['stolen phone', 26], ['roaming?', 29]]);
  });

  it('describes each rule by its action.', () => {
    expect(extractOutline(source).rules.map((e) => e.detail)).to.deep.equal(['handoff → fraud', 'answer → roaming', 'notice → scrubbing']);
  });

  it('still outlines what it can of a broken file.', () => {
    const broken = `${source.split('\n').slice(0, 16).join('\n')}\n  - id: [unclosed\n`;
    const outline = extractOutline(broken);
    expect(outline.notices.map((e) => e.name)).to.deep.equal(['scrubbing']);
    expect(outline.rules[0]!.name).to.equal('stolen');
  });

  it('returns an empty outline for empty, scalar and list documents.', () => {
    for (const text of ['', 'just text', '- a\n- b', '{{{{']) {
      const outline = extractOutline(text);
      expect(outline.rules.length + outline.answers.length + outline.notices.length + outline.tests.length).to.equal(0);
    }
  });

  it('outlines a 2,000-rule file.', () => {
    const rules = Array.from({ length: 2000 }, (_, i) => `  - id: r${i}\n    then: { answer: roaming }\n    explain: { en: x }`).join('\n');
    expect(extractOutline(`rules:\n${rules}\n`).rules).to.have.length(2000);
  });
});

describe('Go to definition', () => {
  it('goes from a rule\'s `answer:` to the answer it uses.', () => {
    const target = findDefinition(source, 20, 24);
    expect(target).to.include({ kind: 'answer', name: 'roaming', line: 11, column: 3 });
  });

  it('goes from a rule\'s `notice:` to the notice it shows.', () => {
    expect(findDefinition(source, 23, 22)).to.include({ kind: 'notice', name: 'scrubbing', line: 8 });
  });

  it('goes from a rule\'s `intent:` to the answer for that intent.', () => {
    expect(findDefinition(source, 19, 22)).to.include({ kind: 'answer', name: 'roaming', line: 11 });
  });

  it('finds nothing for an intent without an answer, a key, or a position outside the file.', () => {
    expect(findDefinition(source, 15, 25)).to.equal(null);
    expect(findDefinition(source, 14, 6)).to.equal(null);
    expect(findDefinition(source, 999, 1)).to.equal(null);
  });
});

describe('Document facts', () => {
  it('reads the locales and queues used for completion.', () => {
    expect(documentFacts(source)).to.deep.equal({ defaultLocale: 'en', locales: ['en', 'de'], queues: ['billing', 'fraud'] });
  });

  it('returns empty facts for broken input.', () => {
    expect(documentFacts(': : :\n\t- [')).to.deep.equal({ defaultLocale: null, locales: [], queues: [] });
  });
});
