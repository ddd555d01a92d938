/**
 * Particles between the words of a name ("de", "van", "von", "de la", "van der") belong to the name:
 * before, the reader stopped at them and the rest of the name was left in the text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { found } from './helpers.ts';

const persons = (text: string, locale: string) => found(text, { locale }).filter((v) => v.startsWith('PERSON:'));

describe('PERSON names with particles', () => {
  it('takes "de la" and the surname after it into the name after a strong cue', () => {
    assert.deepEqual(persons('Hola, my name is María de la Cruz and my router keeps dropping', 'en-GB'), ['PERSON:María de la Cruz']);
  });

  it('takes "van" and the surname after it into the name', () => {
    assert.deepEqual(persons('Hello, my name is Ludwig van Beethoven and my phone is broken', 'en-GB'), ['PERSON:Ludwig van Beethoven']);
  });

  it('takes "de" and an unlisted capitalised word into the name after "me llamo"', () => {
    assert.deepEqual(persons('Buenas tardes, me llamo Juan de Dios y no tengo señal', 'es-ES'), ['PERSON:Juan de Dios']);
  });

  it('takes "von" and the surname after it into the name in German', () => {
    assert.deepEqual(persons('Guten Tag, mein Name ist Karl von Habsburg, mein Router fällt aus', 'de-DE'), ['PERSON:Karl von Habsburg']);
  });

  it('takes two particles ("van der") after a title', () => {
    assert.deepEqual(persons('Mr Pieter van der Berg called about his bill', 'en-GB'), ['PERSON:Pieter van der Berg']);
  });

  it('takes a capitalised second particle ("de La")', () => {
    assert.deepEqual(persons("Bonjour, je m'appelle Jean de La Fontaine et ma box ne marche pas", 'fr-FR'), ['PERSON:Jean de La Fontaine']);
  });

  it('takes the particle and surname of a name found without a cue', () => {
    assert.deepEqual(persons('I spoke to Ludwig van Beethoven yesterday about my contract', 'en-GB'), ['PERSON:Ludwig van Beethoven']);
  });

  it('leaves a particle out when a brand or other word that is never a name follows it', () => {
    assert.deepEqual(persons('Hi, my name is Sarah de Vodafone support', 'en-GB'), ['PERSON:Sarah']);
  });

  it('leaves a particle out when a lower-case word follows it', () => {
    assert.deepEqual(persons('Yesterday I spoke to Sarah de la tienda about my phone', 'en-GB'), ['PERSON:Sarah']);
  });

  it('leaves a particle out at the end of the text', () => {
    assert.deepEqual(persons('Hi, my name is Sarah de', 'en-GB'), ['PERSON:Sarah']);
  });

  it('reads "y" before a first name as joining two people, not one name', () => {
    assert.deepEqual(persons('Ayer Juan y María llamaron por la factura', 'es-ES'), ['PERSON:Juan', 'PERSON:María']);
  });
});
