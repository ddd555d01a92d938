import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { found } from './helpers.ts';

const US = { locale: 'en-US' };
const persons = (text: string) => found(text, US).filter((v) => v.startsWith('PERSON:'));

describe('PERSON recognizer on text whose capitalisation says nothing', () => {
  it('finds no name in a message typed all in capitals without a name in it', () => {
    assert.deepEqual(persons('SOMEONE CALLED PRETENDING TO BE YOU'), []);
    assert.deepEqual(persons('HELLO, SOMEONE CALLED PRETENDING TO BE YOU. THEY SAID I OWE MONEY'), []);
  });

  it('finds no name in a Title-Cased message where even function words are capitalised', () => {
    assert.deepEqual(persons('Someone Called Pretending To Be You'), []);
  });

  it('still finds a name in capitals after a strong cue', () => {
    assert.deepEqual(persons('MY NAME IS JOHN SMITH AND I NEED HELP'), ['PERSON:JOHN SMITH']);
  });

  it('finds a listed name in capitals after a weak cue when it closes the phrase', () => {
    assert.deepEqual(persons('HI THIS IS MARIA FROM ACCOUNTS'), ['PERSON:MARIA']);
  });

  it('does not read a capitals-only word after a holder cue as a name unless it is a listed name', () => {
    assert.deepEqual(persons('I CALLED SUPPORT TWICE'), []);
    assert.deepEqual(persons('ACCOUNT HOLDER NGOZI OKAFOR'), ['PERSON:NGOZI OKAFOR']);
  });

  it('does not take capitals-only words after a sign-off for a name unless they are listed names', () => {
    assert.deepEqual(persons('THANK YOU ALL SORTED'), []);
    assert.deepEqual(found('MERCI POUR L\'AIDE, AU REVOIR', { locale: 'fr-FR' }).filter((v) => v.startsWith('PERSON:')), []);
    assert.deepEqual(persons('THANKS, JOHN'), ['PERSON:JOHN']);
  });

  it('scrubs a capitalised name at the very end of the text, before a trailing space or none', () => {
    assert.deepEqual(persons('Sarah Connor '), ['PERSON:Sarah Connor']);
    assert.deepEqual(persons('Please Call Me Back Sarah '), ['PERSON:Sarah']);
    assert.deepEqual(persons('Please Call Me Back Sarah'), ['PERSON:Sarah']);
  });

  it('still ends a normally typed name at an acronym', () => {
    assert.deepEqual(persons('Hi, this is Sarah Connor SIM not working'), ['PERSON:Sarah Connor']);
  });

  it('in Title-Cased text takes a listed name and a listed surname but not the words after them', () => {
    assert.deepEqual(persons('Please Can Sarah Smith Call Me Back'), ['PERSON:Sarah Smith']);
  });
});
