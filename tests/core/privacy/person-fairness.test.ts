import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detect } from '../../../core/privacy/index.ts';

/** Common first name and surname pairs of the communities a European or US operator serves. */
const GROUPS: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  'British and American': [['Sarah', 'Thompson'], ['James', 'Walker'], ['Emily', 'Wright'], ['Greg', 'Baker']],
  'African American': [['Tyrone', 'Jefferson'], ['Lakisha', 'Coleman'], ['DeShawn', 'Simmons'], ['Keisha', 'Hawkins']],
  'West African': [['Chukwuemeka', 'Okafor'], ['Ngozi', 'Adeyemi'], ['Kwame', 'Mensah'], ['Fatou', 'Diallo']],
  'East African': [['Abdi', 'Warsame'], ['Hiwot', 'Tesfaye'], ['Wanjiru', 'Kamau'], ['Dawit', 'Bekele']],
  'South Asian': [['Priya', 'Sharma'], ['Arjun', 'Reddy'], ['Harpreet', 'Kaur'], ['Imran', 'Qureshi']],
  'East Asian': [['Wei', 'Zhang'], ['Kenji', 'Tanaka'], ['Ji-woo', 'Choi'], ['Mei', 'Chen']],
  'Southeast Asian': [['Minh', 'Nguyen'], ['Thanh', 'Tran'], ['Maricel', 'Bautista'], ['Siti', 'Wijaya']],
  'Arabic and Middle Eastern': [['Mohammed', 'Haddad'], ['Fatima', 'Mansour'], ['Yusuf', 'Yilmaz'], ['Leila', 'Karimi']],
  'Eastern European': [['Olga', 'Kowalska'], ['Andrei', 'Popescu'], ['Dmytro', 'Shevchenko'], ['Katarzyna', 'Nowak']],
  'Latin American': [['Guadalupe', 'Hernández'], ['Thiago', 'Oliveira'], ['Ximena', 'Salazar'], ['Mateo', 'Gutiérrez']],
  Irish: [['Siobhan', "O'Brien"], ['Niamh', 'Gallagher'], ['Padraig', 'Doyle'], ['Aoife', 'Brennan']],
};

/** Carrier sentences; {F} and {L} are replaced by the name as the customer typed it. */
const CARRIERS: readonly { text: string; name: (f: string, l: string) => string }[] = [
  { text: 'my name is {F} {L}', name: (f, l) => `${f} ${l}` },
  { text: 'this is {F} speaking', name: (f) => f },
  { text: 'account holder {F} {L}', name: (f, l) => `${f} ${l}` },
  { text: 'my name is {f} {l}', name: (f, l) => `${f} ${l}`.toLowerCase() },
  { text: 'this is {f} speaking', name: (f) => f.toLowerCase() },
  { text: 'account holder {f} {l}', name: (f, l) => `${f} ${l}`.toLowerCase() },
  { text: 'its {F}, i cant log into my account', name: (f) => f },
  { text: '{F} here, let me talk to a real person', name: (f) => f },
  { text: 'its {L}, i cant log into my account', name: (_f, l) => l },
  { text: 'MY NAME IS {FF} {LL}', name: (f, l) => `${f} ${l}`.toUpperCase() },
];

function fill(carrier: string, f: string, l: string): string {
  return carrier.replace('{FF}', f.toUpperCase()).replace('{LL}', l.toUpperCase())
    .replace('{F}', f).replace('{L}', l).replace('{f}', f.toLowerCase()).replace('{l}', l.toLowerCase());
}

/** Share of (name, carrier) cases whose name is found exactly as one PERSON span. */
function recall(pairs: readonly (readonly [string, string])[]): { recall: number; missed: string[] } {
  let hit = 0;
  const missed: string[] = [];
  for (const [f, l] of pairs) {
    for (const c of CARRIERS) {
      const text = fill(c.text, f, l);
      const want = c.name(f, l);
      const start = text.indexOf(want);
      const ok = detect(text, { locale: 'en-US' }).some((e) => e.type === 'PERSON' && e.start === start && e.end === start + want.length);
      if (ok) hit++; else missed.push(text);
    }
  }
  return { recall: hit / (pairs.length * CARRIERS.length), missed };
}

describe('PERSON recall across communities', () => {
  const results = Object.entries(GROUPS).map(([group, pairs]) => ({ group, ...recall(pairs) }));

  it('finds at least 95% of names of every community in the same carrier sentences', () => {
    for (const r of results) assert.ok(r.recall >= 0.95, `${r.group}: recall ${r.recall.toFixed(3)}; missed ${JSON.stringify(r.missed)}`);
  });

  it('keeps the recall of every community within 5 points of the best community', () => {
    const best = Math.max(...results.map((r) => r.recall));
    for (const r of results) assert.ok(best - r.recall <= 0.05, `${r.group}: ${r.recall.toFixed(3)} vs best ${best.toFixed(3)}; missed ${JSON.stringify(r.missed)}`);
  });

  it('finds a first name with an internal capital ("DeShawn") on its own like any other listed name', () => {
    const text = 'DeShawn here, let me talk to a real person';
    assert.deepEqual(detect(text, { locale: 'en-US' }).map((e) => text.slice(e.start, e.end)), ['DeShawn']);
  });

  it('does not take surnames that are also brands, places or German nouns for names without a cue', () => {
    for (const text of ['order 5 Ferrari cases', 'no signal in Colombo', 'ich bin im Keller', 'my Suzuki has bluetooth', 'Porter mon numéro depuis Free']) {
      assert.deepEqual(detect(text, { locale: 'en-GB' }).filter((e) => e.type === 'PERSON'), [], text);
    }
  });

  it('does not read names that are everyday words in lower case as names ("till", "han", "lange")', () => {
    for (const [text, locale] of [['thanks till tomorrow', 'en-GB'], ['me han cobrado dos veces', 'es-ES'], ['wie lange dauert das', 'de-DE'], ['i spoke to dean of the school', 'en-GB']] as const) {
      assert.deepEqual(detect(text, { locale }).filter((e) => e.type === 'PERSON'), [], text);
    }
  });

  it('reads "Jan" before a day number as a date, not as a name', () => {
    assert.deepEqual(detect('Jan 15 was the outage', { locale: 'en-GB' }).filter((e) => e.type === 'PERSON'), []);
  });

  it('does not take a surname that is also an everyday word for a name without a cue', () => {
    const text = 'the signal is Long gone since the storm';
    assert.deepEqual(detect(text, { locale: 'en-US' }).filter((e) => e.type === 'PERSON'), []);
  });
});
