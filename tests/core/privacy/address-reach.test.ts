import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { endsLikeGermanStreet } from '../../../core/privacy/recognizers/address-reach.ts';
import { found } from './helpers.ts';

describe('address pre-checks (address-reach.ts)', () => {
  it('lets through a word that may end in a German street ending, in either case or with the Kelvin sign', () => {
    assert.equal(endsLikeGermanStreet('Hauptstraße', 11), true);
    assert.equal(endsLikeGermanStreet('Kirchstr.', 9), true);
    assert.equal(endsLikeGermanStreet('WEG', 3), true);
    assert.equal(endsLikeGermanStreet('Par\u212a', 4), true);
    assert.equal(endsLikeGermanStreet('Bus', 3), false);
    assert.equal(endsLikeGermanStreet('Caf\u00e9', 4), false);
    assert.equal(endsLikeGermanStreet('x', 0), false);
  });

  it('still finds streets read far from the house number (five English words, seven before a Spanish number)', () => {
    assert.deepEqual(found('I live at 12 North Old Grey Mill Road now'), ['ADDRESS:12 North Old Grey Mill Road']);
    assert.deepEqual(found('vivo en Calle de San Sebastián de los Reyes 122', { locale: 'es-ES' }), ['ADDRESS:Calle de San Sebastián de los Reyes 122']);
    assert.deepEqual(found('Lieferung: Auf dem Blahnenhof 14', { locale: 'de-DE' }), ['ADDRESS:Auf dem Blahnenhof 14']);
  });

  it('finds a house name after "The" and a street after "bis"', () => {
    assert.deepEqual(found('deliver to 85 The Coppice please'), ['ADDRESS:85 The Coppice']);
    assert.deepEqual(found("j'habite au 12 bis rue de la Paix", { locale: 'fr-FR' }), ['ADDRESS:12 bis rue de la Paix']);
  });
});
