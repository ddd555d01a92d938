import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { found } from './helpers.ts';

const US = { locale: 'en-US' };

describe('address recognizer on numbers followed by ordinary words', () => {
  it('does not take an amount followed by "now and the rest" for a street address', () => {
    assert.deepEqual(found('could i pay 20 now and the rest next month', US), []);
  });

  it('does not take a title-cased amount followed by function words for a street address', () => {
    assert.deepEqual(found('Could I Pay 20 Now And The Rest Next Month', US), []);
  });

  it('does not take lower-case everyday words that double as street types ("way", "end") for a street', () => {
    assert.deepEqual(found('i have 3 sims on the way and 2 more at the end', US), []);
  });

  it('still finds a lower-case street address with an unambiguous street type', () => {
    assert.deepEqual(found('ship it to 10 downing street please', US), ['ADDRESS:10 downing street']);
  });

  it('still finds capitalised street names whose type is also an everyday word', () => {
    assert.deepEqual(found('I moved to 14 Elm Way last week', US), ['ADDRESS:14 Elm Way']);
  });

  it('in Title-Cased text counts only unambiguous street types ("20 Pounds Rest Of Month" is no street)', () => {
    assert.deepEqual(found('Top up 20 Pounds Rest Of Month', { locale: 'en-GB' }), []);
    assert.deepEqual(found('I Live At 12 Baker Street In London', { locale: 'en-GB' }), ['ADDRESS:12 Baker Street']);
  });

  it('does not read a sentence-initial capitalised word before the number as a sign of Title-Cased text', () => {
    assert.deepEqual(found('At 5 Mill Rise', { locale: 'en-GB' }), ['ADDRESS:5 Mill Rise']);
  });

  it('does not take amounts in French, Spanish or German chat for an address', () => {
    assert.deepEqual(found('je peux payer 20 maintenant et le reste le mois prochain', { locale: 'fr-FR' }), []);
    assert.deepEqual(found('puedo pagar 20 ahora y el resto el mes que viene', { locale: 'es-ES' }), []);
    assert.deepEqual(found('kann ich 20 jetzt zahlen und den Rest nächsten Monat', { locale: 'de-DE' }), []);
  });
});
