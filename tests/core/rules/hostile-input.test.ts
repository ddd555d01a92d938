import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileRules } from '../../../core/rules/index.ts';
import { LABELS } from './fixtures/labels.ts';
import { MINIMAL_RULES } from './fixtures/minimal.ts';

const compile = (source: unknown) => compileRules(source as string, { labels: LABELS });
const codes = (source: unknown) => compile(source).diagnostics.map((d) => d.code);

describe('compileRules with hostile input', () => {
  it('rejects a billion-laughs YAML bomb with a clear error instead of expanding it', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const result = compile(levels.join('\n'));
    assert.equal(result.bundle, undefined);
    const d = result.diagnostics.find((x) => x.code === 'too-many-aliases');
    assert.ok(d, JSON.stringify(result.diagnostics));
    assert.match(d.message, /YAML bomb/);
  });

  it('rejects a 10 MB file with a clear size error', () => {
    const result = compile(`# ${'x'.repeat(10 * 1024 * 1024)}\n`);
    assert.deepEqual(result.diagnostics.map((d) => d.code), ['too-large']);
    assert.match(result.diagnostics[0]!.message, /10\.5 MB; the limit is 2\.0 MB/);
  });

  it('rejects deeply nested flow collections without crashing', () => {
    const depth = 5000;
    assert.ok(codes(`version: ${'['.repeat(depth)}${']'.repeat(depth)}`).includes('too-deep'));
  });

  it('rejects deeply nested conditions beyond the depth limit', () => {
    let when = '{intent: roaming}';
    for (let i = 0; i < 40; i++) when = `{not: ${when}}`;
    const source = MINIMAL_RULES.replace('rules:\n', `rules:\n  - id: deep\n    when: ${when}\n    then: {handoff: {}}\n    explain: {en: x, de: y}\n`);
    assert.ok(codes(source).includes('too-deep'));
  });

  it('rejects __proto__ keys and leaves Object.prototype untouched', () => {
    const result = compile(`${MINIMAL_RULES}__proto__:\n  polluted: yes\n`);
    assert.ok(result.diagnostics.some((d) => d.code === 'forbidden-key' && d.message.includes('__proto__')));
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('rejects constructor and prototype keys inside page conditions', () => {
    const source = MINIMAL_RULES.replace('rules:\n', 'rules:\n  - id: sneaky\n    when: {page: {constructor: x}}\n    then: {handoff: {}}\n    explain: {en: x, de: y}\n');
    assert.ok(codes(source).includes('forbidden-key'));
  });

  it('rejects input that is not text, empty, or whitespace', () => {
    assert.deepEqual(codes(undefined), ['input-type']);
    assert.deepEqual(codes(42), ['input-type']);
    assert.deepEqual(codes(''), ['empty']);
    assert.deepEqual(codes('  \n\t'), ['empty']);
  });

  it('rejects a document that is a list or a plain value with a schema error', () => {
    assert.ok(codes('- a\n- b\n').includes('schema-type'));
    assert.ok(codes('just text').includes('schema-type'));
  });

  it('rejects multiple YAML documents in one file', () => {
    assert.ok(codes(`${MINIMAL_RULES}---\nversion: 1\n`).includes('yaml-syntax'));
  });

  it('rejects duplicate keys', () => {
    assert.ok(codes('version: 1\nversion: 1\n').includes('duplicate-key'));
  });

  it('rejects binary garbage with diagnostics and no exception', () => {
    const garbage = Array.from({ length: 2000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
    const result = compile(garbage);
    assert.equal(result.bundle, undefined);
    assert.ok(result.diagnostics.length > 0);
  });

  it('rejects complex (non-scalar) keys', () => {
    assert.ok(codes('? [a, b]\n: 1\n').includes('complex-key'));
  });
});

describe('compileRules with hostile options', () => {
  it('does not throw when options are missing or malformed', () => {
    const result = compileRules(MINIMAL_RULES, undefined as never);
    assert.ok(result.bundle);
    assert.ok(result.diagnostics.some((d) => d.code === 'no-labels'));
    assert.ok(compileRules(MINIMAL_RULES, { labels: 'x' as never, now: new Date('nope') }).bundle);
  });
});
