/**
 * Seeded generator of labelled telecom chat messages in en-US, en-GB, de-DE, fr-FR and es-ES:
 * every entity type, several per message, many messages without PII and many non-PII numbers
 * (prices, data sizes, outage dates, times, plan names, device models, safe ticket numbers).
 */
import { fakerDE, fakerEN_GB, fakerEN_US, fakerES, fakerFR, type Faker } from '@faker-js/faker';
import { ENTITY_TYPES, type EntityType } from '../../core/privacy/index.ts';
import { ENTITY_TEMPLATES, FILLERS, SECRET_TEMPLATES, type Lang } from './templates.ts';
import { card, govId, iban, iccid, imei, imsi, phone, REGION, Rng, type Loc } from './values.ts';

export interface GoldEntity { type: EntityType; start: number; end: number }
export interface Message { id: number; locale: Loc; text: string; entities: GoldEntity[] }

export const LOCALES: readonly Loc[] = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES'];
export const SAFE_PATTERNS: readonly string[] = ['TCK-\\d{6}'];
const FAKER: Record<Loc, Faker> = { 'en-US': fakerEN_US, 'en-GB': fakerEN_GB, 'de-DE': fakerDE, 'fr-FR': fakerFR, 'es-ES': fakerES };
const MONTHS: Record<Lang, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};

function date(rng: Rng, lang: Lang, locale: Loc, y: number): string {
  const d = rng.int(1, 28), m = rng.int(1, 12);
  const dd = String(d).padStart(2, '0'), mm = String(m).padStart(2, '0');
  const style = rng.int(0, 3);
  if (style === 0) return locale === 'en-US' ? `${mm}/${dd}/${y}` : lang === 'de' ? `${dd}.${mm}.${y}` : `${dd}/${mm}/${y}`;
  if (style === 1) return `${y}-${mm}-${dd}`;
  const month = MONTHS[lang][m - 1]!;
  if (lang === 'en') return locale === 'en-US' || style === 2 ? `${month} ${d}, ${y}` : `${d} ${month} ${y}`;
  if (lang === 'de') return `${d}. ${month} ${y}`;
  if (lang === 'es') return `${d} de ${month} de ${y}`;
  return `${d} ${month} ${y}`;
}

/** Real postcode shapes (faker's en-GB codes use invalid inward codes; its es-ES codes invalid provinces). */
function postcode(rng: Rng, f: Faker, locale: Loc): string {
  if (locale === 'en-GB') {
    const L = 'ABCDEFGHJKLMNOPRSTUWYZ', IN = 'ABDEFGHJLNPQRSTUWXYZ';
    const area = rng.chance(0.3) ? rng.pick([...L]) : rng.pick([...L]) + rng.pick([...'ABCDEFGHKLMNOPQRSTUVWXY']);
    const district = String(rng.int(1, 9)) + (rng.chance(0.3) ? String(rng.int(0, 9)) : '');
    return `${area}${district} ${rng.int(0, 9)}${rng.pick([...IN])}${rng.pick([...IN])}`;
  }
  if (locale === 'es-ES') return `${String(rng.int(1, 52)).padStart(2, '0')}${rng.digits(3)}`;
  return f.location.zipCode();
}

function esAddress(f: Faker, rng: Rng): string {
  const type = rng.pick(['Calle', 'Calle', 'C/', 'Avenida', 'Plaza', 'Paseo', 'Camino']);
  const name = rng.pick([f.person.lastName(), `de ${f.location.city()}`, `del ${f.person.lastName()}`, f.person.firstName() + ' ' + f.person.lastName()]);
  const piso = rng.chance(0.5) ? `, ${rng.int(1, 9)}º ${rng.pick(['A', 'B', 'C', 'Izda.', 'Dcha.'])}` : '';
  return `${type} ${name} ${rng.int(1, 150)}${piso}`;
}

function value(type: EntityType, rng: Rng, f: Faker, locale: Loc, lang: Lang): { text: string; template?: string } {
  const region = REGION[locale];
  switch (type) {
    case 'PERSON': {
      const first = f.person.firstName(), last = f.person.lastName();
      const v = rng.chance(0.6) ? `${first} ${last}` : first;
      return { text: rng.chance(0.1) ? v.toLowerCase() : v };
    }
    case 'PHONE': return { text: phone(rng, region) };
    case 'EMAIL': {
      const email = f.internet.email().toLowerCase();
      if (rng.chance(0.25)) {
        const [local, domain] = email.split('@') as [string, string];
        const dot = rng.pick([' dot ', ' dot ', '.']);
        return { text: `${local.replace(/\./g, dot)} ${rng.pick(['at', 'at', '(at)'])} ${domain.replace(/\./g, ' dot ')}` };
      }
      return { text: email };
    }
    case 'CREDIT_CARD': return { text: card(rng) };
    case 'IBAN': return { text: iban(f, rng, region) };
    case 'IMEI': return { text: imei(rng) };
    case 'ICCID': return { text: iccid(rng, region) };
    case 'IMSI': return { text: imsi(rng, region) };
    case 'ADDRESS': return { text: lang === 'es' ? esAddress(f, rng) : f.location.streetAddress(rng.chance(0.3)) };
    case 'POSTCODE': return { text: postcode(rng, f, locale) };
    case 'DATE_OF_BIRTH': return { text: date(rng, lang, locale, rng.int(1940, 2006)) };
    case 'ACCOUNT_NUMBER': return { text: rng.chance(0.7) ? rng.digits(rng.int(8, 10)) : `${rng.digits(4)}-${rng.digits(4)}` };
    case 'IP_ADDRESS': return { text: rng.chance(0.8) ? f.internet.ipv4() : f.internet.ipv6() };
    case 'MAC_ADDRESS': return { text: f.internet.mac(rng.chance(0.7) ? ':' : '-') };
    case 'GOV_ID': return { text: govId(rng, region), template: locale === 'en-US' ? rng.pick(['my SSN is {}', 'social security number {}']) : locale === 'en-GB' ? rng.pick(['national insurance number {}', 'my NI number is {}']) : undefined };
    case 'URL': {
      const token = f.string.alphanumeric(24);
      return { text: rng.pick([`https://account.example.com/reset?token=${token}`, `https://my.example.net/login?email=${encodeURIComponent(f.internet.email())}`, `https://example.org/verify/${token}`]) };
    }
    case 'SECRET': {
      const kind = rng.pick(['pin', 'puk', 'password', 'otp', 'pac', 'answer'] as const);
      const v = kind === 'pin' ? rng.digits(4) : kind === 'puk' ? rng.digits(8) : kind === 'password' ? f.internet.password({ length: rng.int(8, 14) }) : kind === 'otp' ? rng.digits(6)
        : kind === 'pac' ? (locale === 'fr-FR' ? `${rng.digits(2)}P${f.string.alphanumeric({ length: 9, casing: 'upper' })}` : `${f.string.alpha({ length: 3, casing: 'upper' })}${rng.digits(6)}`)
        : f.animal.petName();
      return { text: v, template: rng.pick(SECRET_TEMPLATES[kind][lang]) };
    }
  }
}

function filler(rng: Rng, f: Faker, locale: Loc, lang: Lang): string {
  return rng.pick(FILLERS[lang])
    .replace('{outage}', date(rng, lang, locale, rng.int(2024, 2026)))
    .replace('{price}', String(rng.int(10, 60)))
    .replace('{ticket}', `TCK-${rng.digits(6)}`);
}

export function generate(seed: number, count: number): Message[] {
  const rng = new Rng(seed);
  for (const [i, f] of Object.values(FAKER).entries()) f.seed(seed + i);
  const out: Message[] = [];
  for (let id = 0; id < count; id++) {
    const locale = rng.pick(LOCALES);
    const lang = locale.slice(0, 2) as Lang;
    const f = FAKER[locale];
    const pieces: { text: string; entity?: GoldEntity & { offset: number } }[] = [];
    const nPii = rng.chance(0.35) ? 0 : rng.int(1, 4);
    for (let k = 0; k < nPii; k++) {
      const type = ENTITY_TYPES[(id * 7 + k * 5 + rng.int(0, 16)) % ENTITY_TYPES.length]!;
      const v = value(type, rng, f, locale, lang);
      const template = v.template ?? rng.pick(ENTITY_TEMPLATES[type][lang]);
      const at = template.indexOf('{}');
      let sentence = template.replace('{}', v.text);
      const ents: GoldEntity[] = [{ type, start: at, end: at + v.text.length }];
      if (type === 'ADDRESS' && rng.chance(0.6)) {
        const pc = postcode(rng, f, locale);
        const city = f.location.city();
        const tail = locale === 'en-GB' ? `, ${city} ` : locale === 'en-US' ? `, ${city}, ${f.location.state({ abbreviated: true })} ` : ', ';
        const pcAt = sentence.length + tail.length;
        sentence += tail + pc + (locale.startsWith('en') ? '' : ` ${city}`);
        ents.push({ type: 'POSTCODE', start: pcAt, end: pcAt + pc.length });
      }
      pieces.push({ text: sentence, entity: undefined });
      (pieces[pieces.length - 1] as { ents?: GoldEntity[] }).ents = ents;
    }
    const nFill = nPii === 0 ? rng.int(1, 3) : rng.int(0, 2);
    for (let k = 0; k < nFill; k++) pieces.splice(rng.int(0, pieces.length), 0, { text: filler(rng, f, locale, lang) });
    let text = '';
    const entities: GoldEntity[] = [];
    for (const [i, p] of pieces.entries()) {
      if (i > 0) text += /[.!?]$/.test(text) ? rng.pick([' ', '\n']) : rng.pick(['. ', ' ', ', ', '\n', '. ']);
      for (const e of (p as { ents?: GoldEntity[] }).ents ?? []) entities.push({ type: e.type, start: text.length + e.start, end: text.length + e.end });
      text += p.text;
    }
    out.push({ id, locale, text, entities });
  }
  return out;
}

/** Seeded split: 60% train, 20% dev (tuning), 20% test (report only). */
export function split(messages: readonly Message[], seed: number): { train: Message[]; dev: Message[]; test: Message[] } {
  const rng = new Rng(seed ^ 0x9e3779b9);
  const train: Message[] = [], dev: Message[] = [], test: Message[] = [];
  for (const m of messages) { const r = rng.next(); (r < 0.6 ? train : r < 0.8 ? dev : test).push(m); }
  return { train, dev, test };
}
