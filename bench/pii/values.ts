/**
 * Value generators for the labelled telecom chat corpus. Checksummed identifiers are generated valid
 * (Luhn, mod-97, DNI letter, NIR key, Steuer-ID check digit); phone numbers are random numbers of the
 * region's real numbering plan that libphonenumber-js accepts (fictional drama ranges are rejected by it).
 */
import type { Faker } from '@faker-js/faker';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

export type Loc = 'en-US' | 'en-GB' | 'de-DE' | 'fr-FR' | 'es-ES';
export const REGION: Record<Loc, CountryCode> = { 'en-US': 'US', 'en-GB': 'GB', 'de-DE': 'DE', 'fr-FR': 'FR', 'es-ES': 'ES' };

export class Rng {
  private s: number;
  constructor(seed: number) { this.s = seed >>> 0; }
  next(): number { // mulberry32
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number { return lo + Math.floor(this.next() * (hi - lo + 1)); }
  pick<T>(a: readonly T[]): T { return a[Math.floor(this.next() * a.length)]!; }
  chance(p: number): boolean { return this.next() < p; }
  digits(n: number): string { let s = ''; for (let i = 0; i < n; i++) s += String(this.int(0, 9)); return s; }
}

export function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

const group = (s: string, sizes: number[], sep: string) => {
  const out: string[] = []; let k = 0;
  for (const n of sizes) { if (k >= s.length) break; out.push(s.slice(k, k + n)); k += n; }
  if (k < s.length) out.push(s.slice(k));
  return out.join(sep);
};

const MOBILE_PREFIX: Record<string, () => string[]> = {
  GB: () => ['071', '072', '073', '074', '075', '077', '078', '079'],
  DE: () => ['0151', '0152', '0157', '0160', '0162', '0170', '0171', '0172', '0175', '0176', '0177', '0178', '0179'],
  FR: () => ['06', '07'],
  ES: () => ['6', '7'],
  US: () => ['212', '310', '415', '617', '312', '206', '512', '303', '404', '702'],
};
const LANDLINE_PREFIX: Record<string, string[]> = { GB: ['020', '0121', '0161', '0131', '0113'], DE: ['030', '040', '089', '069', '0221'], FR: ['01', '02', '03', '04', '05'], ES: ['91', '93', '95', '96'], US: ['718', '646', '213', '305'] };
const NAT_LEN: Record<string, number> = { GB: 11, DE: 11, FR: 10, ES: 9, US: 10 };
const CC: Record<string, string> = { GB: '44', DE: '49', FR: '33', ES: '34', US: '1' };

export function phone(rng: Rng, region: CountryCode): string {
  for (let tries = 0; tries < 200; tries++) {
    const prefix = rng.chance(0.75) ? rng.pick(MOBILE_PREFIX[region]!()) : rng.pick(LANDLINE_PREFIX[region]!);
    const nat = prefix + rng.digits(NAT_LEN[region]! - prefix.length + (region === 'DE' && rng.chance(0.3) ? 1 : 0));
    const p = parsePhoneNumberFromString(nat, region);
    if (!p?.isValid()) continue;
    const national = p.formatNational();
    const intl = p.formatInternational();
    const nsn = p.nationalNumber as string;
    const trunk = region === 'ES' || region === 'US' ? '' : '0';
    const style = rng.int(0, 9);
    switch (style) {
      case 0: return intl;
      case 1: return p.number as string;
      case 2: return region === 'GB' ? `+44 (0) ${national.replace(/^0/, '')}` : intl.replace(/ /g, '-');
      case 3: return national.replace(/ /g, '');
      case 4: return national.replace(/ /g, '-');
      case 5: return region === 'US' ? national : national.replace(/ /g, '.');
      case 6: { const d = trunk + nsn; const k = Math.floor(d.length / 2); return `${d.slice(0, k)} then ${d.slice(k)}`; }
      case 7: { const d = trunk + nsn; const k = Math.floor(d.length / 2) + 1; return `${d.slice(0, k)}\n${d.slice(k)}`; }
      case 8: return `00${CC[region]} ${nsn}`;
      default: return national;
    }
  }
  throw new Error(`no valid phone for ${region}`);
}

export function card(rng: Rng): string {
  const kind = rng.int(0, 3);
  const body = kind === 0 ? '4' + rng.digits(14) : kind === 1 ? '5' + rng.int(1, 5) + rng.digits(13) : kind === 2 ? '3' + rng.pick(['4', '7']) + rng.digits(12) : '6011' + rng.digits(11);
  const n = body + luhnDigit(body);
  if (n.length === 15) return rng.chance(0.5) ? group(n, [4, 6, 5], ' ') : n;
  return rng.pick([group(n, [4, 4, 4, 4], ' '), group(n, [4, 4, 4, 4], '-'), n]);
}

export function imei(rng: Rng): string {
  const body = rng.pick(['35', '86', '01', '99', '35', '49']) + rng.digits(12);
  const n = body + luhnDigit(body);
  return rng.pick([n, n, `${n.slice(0, 2)}-${n.slice(2, 8)}-${n.slice(8, 14)}-${n.slice(14)}`, group(n, [2, 6, 6, 1], ' ')]);
}

export function iccid(rng: Rng, region: CountryCode): string {
  const body = '89' + CC[region]!.padStart(2, '0').slice(-2) + rng.digits(rng.pick([14, 15]));
  const n = body + luhnDigit(body);
  return rng.chance(0.7) ? n : group(n, [4, 4, 4, 4, 4], ' ');
}

const MCC: Record<string, string> = { GB: '234', DE: '262', FR: '208', ES: '214', US: '310' };
export function imsi(rng: Rng, region: CountryCode): string {
  return MCC[region]! + rng.digits(2) + rng.digits(10);
}

export function iban(faker: Faker, rng: Rng, region: CountryCode): string {
  const country = region === 'US' ? rng.pick(['GB', 'DE', 'FR', 'ES']) : region;
  const raw = faker.finance.iban({ countryCode: country });
  return rng.chance(0.6) ? group(raw, [4, 4, 4, 4, 4, 4, 4, 4], ' ') : rng.chance(0.2) ? raw.toLowerCase() : raw;
}

const DNI = 'TRWAGMYFPDXBNJZSQVHLCKE';
export function govId(rng: Rng, region: CountryCode): string {
  switch (region) {
    case 'US': { let a: number; do a = rng.int(1, 899); while (a === 666); return `${String(a).padStart(3, '0')}-${String(rng.int(1, 99)).padStart(2, '0')}-${String(rng.int(1, 9999)).padStart(4, '0')}`; }
    case 'GB': { const L = 'ABCEHJKLMNPRSTWXYZ'; let p: string; do p = rng.pick([...L]) + rng.pick([...L.replace('O', '')]); while (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(p)); const d = rng.digits(6); return rng.chance(0.5) ? `${p}${d}${rng.pick(['A', 'B', 'C', 'D'])}` : `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${rng.pick(['A', 'B', 'C', 'D'])}`; }
    case 'ES': { const n = rng.int(10000000, 99999999); return `${n}${DNI[n % 23]}`; }
    case 'FR': { const body = `${rng.int(1, 2)}${rng.digits(2)}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 95)).padStart(2, '0')}${rng.digits(6)}`; const key = 97 - Number(BigInt(body) % 97n); return `${body}${String(key).padStart(2, '0')}`; }
    default: {
      for (;;) {
        const body = String(rng.int(1, 9)) + rng.digits(9);
        let product = 10;
        for (let i = 0; i < 10; i++) { let s = (Number(body[i]) + product) % 10; if (s === 0) s = 10; product = (s * 2) % 11; }
        const check = (11 - product) % 10;
        return body + String(check);
      }
    }
  }
}
