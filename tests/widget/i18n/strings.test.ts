import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UI_STRINGS, ENTITY_NAMES, format, uiStrings, confidenceWords, daysPhrase } from '../../../widget/src/i18n/strings.ts';
import { ENTITY_TYPES } from '../../../core/privacy/index.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('every UI string exists, is not empty and keeps the English placeholders in de, fr, es and ar', () => {
  const en = UI_STRINGS.en!;
  for (const locale of ['de', 'fr', 'es', 'ar']) {
    const strings = UI_STRINGS[locale]!;
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      assert.ok(strings[key]?.trim(), `${locale}.${key} is missing`);
      assert.deepEqual(placeholders(strings[key]), placeholders(en[key]), `${locale}.${key} placeholders`);
    }
  }
});

test('every PII entity type has a name in every UI language', () => {
  for (const [locale, names] of Object.entries(ENTITY_NAMES)) {
    for (const type of ENTITY_TYPES) assert.ok(names[type], `${locale} has no name for ${type}`);
  }
});

test('the truthful bot answer says "automated" and "not a person" in every language', () => {
  assert.match(UI_STRINGS.en!.botAnswer, /automated assistant.*not a person/);
  assert.match(UI_STRINGS.de!.botAnswer, /automatischer Assistent.*kein Mensch/);
  assert.match(UI_STRINGS.fr!.botAnswer, /assistant automatisé.*pas une personne/);
  assert.match(UI_STRINGS.es!.botAnswer, /asistente automático.*no una persona/);
  assert.match(UI_STRINGS.ar!.botAnswer, /مساعد آلي/);
});

test('placeholders are filled and an unknown one stays visible', () => {
  assert.equal(format('Case {reference} for {name}', { reference: 'CL-1' }), 'Case CL-1 for {name}');
});

test('an unknown locale falls back to English and a regional one to its language', () => {
  assert.equal(uiStrings('pt-BR'), UI_STRINGS.en);
  assert.equal(uiStrings('de-CH'), UI_STRINGS.de);
});

test('confidence is put in plain words', () => {
  const en = UI_STRINGS.en!;
  assert.deepEqual([0.95, 0.7, 0.45, 0.1].map((s) => confidenceWords(en, s)), ['very sure', 'fairly sure', 'not very sure', 'unsure']);
});

test('the retention period is written with the plural of the language for days', () => {
  // Some languages put a (narrow) no-break space between number and unit.
  const days = (locale: string, n: number) => daysPhrase(locale, n).replace(/\s/gu, ' ');
  assert.equal(days('en', 1), '1 day');
  assert.equal(days('en', 7), '7 days');
  assert.equal(days('de', 7), '7 Tage');
  assert.equal(days('fr', 1), '1 jour');
  assert.equal(days('es', 30), '30 días');
  assert.equal(format(uiStrings('en').retention, { days: daysPhrase('en', 1) }).includes('(s)'), false);
});

test('an invalid locale tag still gets a days phrase, in English', () => {
  assert.equal(daysPhrase('not a locale!', 2), '2 days');
});
