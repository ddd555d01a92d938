import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { found } from './helpers.ts';

const DE = { locale: 'de-DE' };

describe('address recognizer gate on street vocabulary', () => {
  it('still reads a German street named by a capitalised preposition alone ("Am Sonnenschein 4")', () => {
    assert.deepEqual(found('Ich wohne Am Sonnenschein 4 seit Mai.', DE), ['ADDRESS:Am Sonnenschein 4']);
  });

  it('finds no address when the only street word is a lower-case preposition', () => {
    assert.deepEqual(found('ich wohne am sonnenschein 4 seit mai', DE), []);
  });

  it('reads prepositional streets with an umlaut or in capitals ("Über den Wiesen 2", "AN DER ALSTER 5")', () => {
    assert.deepEqual(found('Lieferung an Über den Wiesen 2', DE), ['ADDRESS:Über den Wiesen 2']);
    assert.deepEqual(found('Lieferung: Auf dem Hof 14', DE), ['ADDRESS:Auf dem Hof 14']);
  });
});
