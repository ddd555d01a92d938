import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { isSafeHref, pickLocale, renderSafeMarkdown, rulesSchema, rulesSchemaFor, PII_TYPES, textFor, isWithinBusinessHours } from '../../../core/rules/index.ts';
import { sha256Hex } from '../../../core/rules/sha256.ts';
import { canonicalJson } from '../../../core/rules/canonical-json.ts';
import { LABELS } from './fixtures/labels.ts';

describe('rules schema', () => {
  it('is a valid JSON Schema draft 2020-12 document', () => {
    const ajv = new Ajv2020({ strict: true, validateFormats: false });
    assert.equal(rulesSchema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.doesNotThrow(() => ajv.compile(rulesSchema));
  });
  it('fills intent, PII, locale and queue enums for the studio', () => {
    const schema = rulesSchemaFor({ labels: LABELS, piiTypes: PII_TYPES, locales: ['en', 'de'], queues: ['general'] }) as { $defs: Record<string, { enum?: string[] }> };
    assert.deepEqual(schema.$defs.intentId!.enum, [...LABELS]);
    assert.equal(schema.$defs.piiType!.enum!.length, 17);
    assert.deepEqual(schema.$defs.locale!.enum, ['en', 'de']);
    assert.deepEqual(schema.$defs.queue!.enum, ['general']);
    assert.equal((rulesSchema.$defs as Record<string, { enum?: unknown }>).intentId!.enum, undefined);
  });
  it('describes the default behaviour for content staff', () => {
    const settings = (rulesSchema.properties as Record<string, { description: string }>).settings!;
    assert.match(settings.description, /answers when the model is confident.*else asks.*else hands over/);
  });
  it('is frozen', () => {
    assert.ok(Object.isFrozen(rulesSchema));
  });
});

describe('sha256 and canonical JSON', () => {
  it('matches node:crypto for empty, ASCII, multi-byte and block-boundary inputs', () => {
    for (const text of ['', 'abc', 'Grüße 👋', 'x'.repeat(55), 'x'.repeat(56), 'y'.repeat(64), 'z'.repeat(1000)]) {
      assert.equal(sha256Hex(text), createHash('sha256').update(text, 'utf8').digest('hex'));
    }
  });
  it('sorts keys at every level so equal content gives equal text', () => {
    assert.equal(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } }), '{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}');
  });
});

describe('safe Markdown', () => {
  it('renders bold, italic, code, links, bullets and paragraphs as tokens', () => {
    assert.deepEqual(renderSafeMarkdown('Hi **there** and *you* `x`\n- [Call](tel:+44123456)\n\nBye'), [
      { type: 'text', text: 'Hi ' }, { type: 'bold', text: 'there' }, { type: 'text', text: ' and ' }, { type: 'italic', text: 'you' },
      { type: 'text', text: ' ' }, { type: 'code', text: 'x' }, { type: 'break' }, { type: 'bullet' },
      { type: 'link', text: 'Call', href: 'tel:+44123456' }, { type: 'paragraph' }, { type: 'text', text: 'Bye' },
    ]);
  });
  it('drops unsafe links and keeps their label as text', () => {
    assert.deepEqual(renderSafeMarkdown('[x](javascript:alert(1)) [y](http://a.b) [z](data:text/html,1)'), [
      { type: 'text', text: 'x' }, { type: 'text', text: ') ' }, { type: 'text', text: 'y' }, { type: 'text', text: ' ' }, { type: 'text', text: 'z' },
    ]);
  });
  it('never produces HTML: markup stays text', () => {
    assert.deepEqual(renderSafeMarkdown('<img src=x onerror=alert(1)>'), [{ type: 'text', text: '<img src=x onerror=alert(1)>' }]);
  });
  it('accepts only https, tel and mailto links', () => {
    assert.equal(isSafeHref('https://northwind.example/help'), true);
    assert.equal(isSafeHref('mailto:privacy@northwind.example'), true);
    assert.equal(isSafeHref('tel:+44 20 7946 0000'), true);
    for (const bad of ['http://x.y', 'javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'https://user:pw@x.y', 'data:text/html,x', '//x.y', 'tel:abc', 'mailto:nobody']) {
      assert.equal(isSafeHref(bad), false, bad);
    }
  });
});

describe('locale helpers and business hours', () => {
  const bundle = { locales: ['en', 'de', 'fr-CA'], defaultLocale: 'en' };
  it('picks the exact locale, then the primary language, then the default', () => {
    assert.equal(pickLocale(bundle, 'fr-ca'), 'fr-CA');
    assert.equal(pickLocale(bundle, 'de-AT'), 'de');
    assert.equal(pickLocale(bundle, 'pt-BR'), 'en');
    assert.equal(pickLocale(bundle, ''), 'en');
  });
  it('falls back to the default locale text when a translation is missing', () => {
    assert.equal(textFor(bundle, { en: 'Hello', de: 'Hallo' }, 'de-AT'), 'Hallo');
    assert.equal(textFor(bundle, { en: 'Hello' }, 'de'), 'Hello');
    assert.equal(textFor(bundle, undefined, 'de'), '');
  });
  it('honours time zones, weekdays and closed dates', () => {
    const hours = { timezone: 'America/New_York', hours: { mon: ['09:00-17:00'] }, closed: ['2026-06-08'] };
    assert.equal(isWithinBusinessHours(hours, new Date('2026-06-01T13:30:00Z')), true); // 09:30 EDT Monday
    assert.equal(isWithinBusinessHours(hours, new Date('2026-06-01T12:30:00Z')), false); // 08:30 EDT
    assert.equal(isWithinBusinessHours(hours, new Date('2026-06-08T14:00:00Z')), false); // closed date
  });
});
