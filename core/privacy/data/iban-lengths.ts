/** IBAN length per country (ISO 13616 registry), compact: "CCnn" pairs. */
const TABLE =
  'AD24AE23AL28AT20AZ28BA20BE16BG22BH22BI27BR29BY28CH21CR22CY28CZ24DE22DJ27DK18DO28EE20EG29ES24FI18FK18FO18FR27GB22GE22GI23GL18GR27GT28HR21HU28IE22IL23IQ23IS26IT27JO30KW30KZ20LB28LC32LI21LT20LU20LV21LY25MC27MD24ME22MK19MN20MR27MT31MU30NI28NL18NO15OM23PK24PL28PS29PT25QA29RO24RS22RU33SA24SC31SD18SE24SI19SK24SM27SO23ST25SV28TL23TN24TR26UA29VA22VG24XK20';

export const IBAN_LENGTHS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (let i = 0; i < TABLE.length; i += 4) m.set(TABLE.slice(i, i + 2), Number(TABLE.slice(i + 2, i + 4)));
  return m;
})();

/** The same lengths indexed by the two letters A-Z (0-25 each): first * 26 + second; 0 = no IBAN country. */
export const IBAN_LENGTH_BY_LETTERS: Uint8Array = (() => {
  const t = new Uint8Array(26 * 26);
  for (const [cc, n] of IBAN_LENGTHS) t[(cc.charCodeAt(0) - 65) * 26 + (cc.charCodeAt(1) - 65)] = n;
  return t;
})();
