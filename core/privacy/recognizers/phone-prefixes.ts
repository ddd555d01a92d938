/**
 * Which national numbers can start with which three digits: an exact "cannot be valid" test for PHONE
 * candidates that pass the length prefilter (phone-lengths.ts) but whose leading digits no numbering
 * plan of their calling code allows (e.g. a US "national number" 211 233 2006 read from an IP address:
 * no NANP country has a 211 area code of ten digits). It saves the library call (4-17 µs).
 *
 * Why it is exact (libphonenumber-js 1.x, helpers/getNumberType.js): isValid() needs getNumberType() to
 * return a type, and every type it returns needs the national number N to match that type's pattern
 * entirely (isNumberTypeEqualTo: matchesEntirely(N, type.pattern())). The plan checked is one of the
 * countries sharing N's calling code (or its non-geographic plan). So N valid => N matches, entirely,
 * some type pattern of some plan of its calling code. PREFIXES below lists, per calling code, for each
 * three-digit start p and each length L, whether some string of L digits starting with p matches one of
 * those patterns entirely; when not, no N of that start and length is valid. The table is read from the
 * type patterns by an exact walk over their syntax (digits, \d, digit classes and ranges, groups,
 * alternation, ?, {n}, {n,m}); a pattern outside that subset makes its code "anything possible".
 *
 * Which N the library validates (national prefix stripping, a calling code typed without "+") is
 * phone-lengths.ts' business: it calls startCannotBeValid() for every N the library could pick.
 */
import { meta, own, TYPES, type Plan } from './phone-metadata.ts';
import { ALTERNATION, ANCHOR, DIGITS, parseRegex, REPEAT, SEQUENCE, type RegexNode } from './phone-regex-syntax.ts';

/** Start digits read for every calling code; FINE_K for the codes of the regions phone.ts knows best. */
const K = 3;
const FINE_K = 4;
const FINE_CODES: ReadonlySet<string> = new Set(['1', '33', '34', '44', '49']);
const MAX_BIT = 30;
const ANY = 0x7fffffff;


/**
 * A set of matches, sparse: for each start (the first min(K, length) digits), bit L for each match
 * length L. Starts of 0, 1, 2 and 3 digits are slots 0, 1-10, 11-110 and 111-1110 (offset + value).
 */
interface Starts { readonly slots: number[]; readonly masks: number[] }
const SLOTS = 11111;
const OFFSET = [0, 1, 11, 111, 1111];
const POW10 = [1, 10, 100, 1000, 10000];
/** Digits in the start of slot k, and its value. */
const SLOT_LEN = new Uint8Array(SLOTS);
const SLOT_VALUE = new Int16Array(SLOTS);
for (let len = 0; len <= FINE_K; len++) {
  for (let v = 0; v < POW10[len]!; v++) { SLOT_LEN[OFFSET[len]! + v] = len; SLOT_VALUE[OFFSET[len]! + v] = v; }
}

class Unsupported extends Error {}

/** Every sum of a length in `a` and one in `b` (bits above MAX_BIT dropped: such lengths are never asked). */
function addLengths(a: number, b: number): number {
  if ((b & (b - 1)) === 0) return b === 0 ? 0 : (a << (31 - Math.clz32(b))) & ANY; // one length: a shift
  let m = 0;
  for (let i = 0; i <= MAX_BIT; i++) if ((b >> i) & 1) m |= a << i;
  return m & ANY;
}

/** Scratch for building a set: dense masks, and the slots touched. */
const DENSE = new Int32Array(SLOTS);
const TOUCHED: number[] = [];
function add(slot: number, mask: number): void {
  if (mask === 0) return;
  if (DENSE[slot] === 0) TOUCHED.push(slot);
  DENSE[slot]! |= mask;
}
function collect(): Starts {
  const slots: number[] = [], masks: number[] = [];
  for (const k of TOUCHED) { slots.push(k); masks.push(DENSE[k]!); DENSE[k] = 0; }
  TOUCHED.length = 0;
  return { slots, masks };
}

type Node = RegexNode;

const LENGTHS = new WeakMap<Node, number>();
/** The lengths of the node's matches. */
function lengthsOf(node: Node): number {
  let m = LENGTHS.get(node);
  if (m !== undefined) return m;
  switch (node.kind) {
    case DIGITS: m = 1 << 1; break;
    case SEQUENCE: m = 1; for (const it of node.items) m = addLengths(m, lengthsOf(it)); break;
    case ALTERNATION: m = 0; for (const it of node.items) m |= lengthsOf(it); break;
    case REPEAT: {
      const one = lengthsOf(node.item);
      m = 1;
      for (let k = 0; k < node.lo; k++) m = addLengths(m, one);
      for (let k = node.lo; k < node.hi; k++) m = addLengths(m, one | 1);
      break;
    }
    case ANCHOR: throw new Unsupported('anchor'); // typeTree() lets none through
  }
  LENGTHS.set(node, m);
  return m;
}

/** The node's matches, their starts cut to their first `need` digits (0 to K). */
function startsOf(node: Node, need: number): Starts {
  if (need === 0) return { slots: [0], masks: [lengthsOf(node)] };
  switch (node.kind) {
    case DIGITS: {
      const slots: number[] = [], masks: number[] = [];
      for (let d = 0; d <= 9; d++) if ((node.bits >> d) & 1) { slots.push(OFFSET[1]! + d); masks.push(1 << 1); }
      return { slots, masks };
    }
    case SEQUENCE: return sequence(node.items, need);
    case ALTERNATION: {
      // Every child first: add() and collect() share one scratch, which a nested call would take over.
      const parts = node.items.map((it) => startsOf(it, need));
      for (const x of parts) for (let i = 0; i < x.slots.length; i++) add(x.slots[i]!, x.masks[i]!);
      return collect();
    }
    case REPEAT: {
      const items: Node[] = [];
      for (let k = 0; k < node.lo; k++) items.push(node.item);
      if (node.hi > node.lo) {
        const opt: Node = { kind: ALTERNATION, items: [{ kind: SEQUENCE, items: [] }, node.item] };
        for (let k = node.lo; k < node.hi; k++) items.push(opt);
      }
      return sequence(items, need);
    }
    case ANCHOR: throw new Unsupported('anchor'); // typeTree() lets none through
  }
}

/**
 * Matches of the items one after another, starts cut to `need` digits. A start shorter than `need` is
 * a whole match so far (its length is the start's), so the next item's start, cut to the digits still
 * missing, follows it; a start of `need` digits only gains the next item's lengths.
 */
function sequence(items: readonly Node[], need: number): Starts {
  let acc: Starts = { slots: [0], masks: [1] };
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    // Once every start has its `need` digits, the remaining items only add their lengths: fold them once.
    let shortest = FINE_K;
    for (const k of acc.slots) if (SLOT_LEN[k]! < shortest) shortest = SLOT_LEN[k]!;
    if (shortest >= need) {
      let tail = 1;
      for (let j = i; j < items.length; j++) tail = addLengths(tail, lengthsOf(items[j]!));
      for (let x = 0; x < acc.slots.length; x++) add(acc.slots[x]!, addLengths(acc.masks[x]!, tail));
      return collect();
    }
    // The item's starts for each number of digits still missing, made before add() takes the scratch.
    const cut: (Starts | undefined)[] = [];
    for (let x = 0; x < acc.slots.length; x++) {
      const la = SLOT_LEN[acc.slots[x]!]!;
      if (la < need) cut[need - la] ??= startsOf(item, need - la);
    }
    for (let x = 0; x < acc.slots.length; x++) {
      const ka = acc.slots[x]!, ma = acc.masks[x]!;
      const la = SLOT_LEN[ka]!;
      if (la >= need) { add(ka, addLengths(ma, lengthsOf(item))); continue; }
      const va = SLOT_VALUE[ka]!;
      const b = cut[need - la]!;
      for (let y = 0; y < b.slots.length; y++) {
        const kb = b.slots[y]!, lb = SLOT_LEN[kb]!;
        add(OFFSET[la + lb]! + va * POW10[lb]! + SLOT_VALUE[kb]!, (b.masks[y]! << la) & ANY);
      }
    }
    acc = collect();
  }
  return acc;
}

/**
 * The syntax tree of the type pattern `source`; throws Unsupported outside the subset, and on an anchor
 * (type patterns have none; the tables below do not model one).
 */
function typeTree(source: string): Node {
  const tree = parseRegex(source);
  if (tree === undefined || hasAnchor(tree)) throw new Unsupported(source);
  return tree;
}
function hasAnchor(node: Node): boolean {
  switch (node.kind) {
    case ANCHOR: return true;
    case SEQUENCE: case ALTERNATION: return node.items.some(hasAnchor);
    case REPEAT: return hasAnchor(node.item);
    default: return false;
  }
}

/** Bit L of entry p: some valid N of L digits can start with the k digits p. null: anything possible. */
function tableOf(plans: readonly Plan[], k: number): Int32Array | null {
  const table = new Int32Array(POW10[k]!);
  try {
    for (const plan of plans) {
      const types = plan[TYPES];
      if (!Array.isArray(types) || types.length === 0) return null; // validated some other way: no bound
      for (const t of types) {
        if (!Array.isArray(t)) continue; // a type the plan does not have
        if (typeof t[0] !== 'string') return null;
        // Matches shorter than k digits are never asked about (see startCannotBeValid).
        const starts = startsOf(typeTree(t[0]), k);
        for (let x = 0; x < starts.slots.length; x++) {
          const slot = starts.slots[x]!;
          if (SLOT_LEN[slot] === k) table[SLOT_VALUE[slot]!]! |= starts.masks[x]!;
        }
      }
    }
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
  return table;
}

/**
 * The table of one numeric calling code (10^k entries for k start digits), or null: no bound, or a code
 * the metadata does not know.
 */
function tableFor(code: number): Int32Array | null {
  const cc = String(code);
  const plans: Plan[] = [];
  const countries = own(meta.country_calling_codes, cc) ? meta.country_calling_codes[cc]! : [];
  for (const c of countries) { const p = meta.countries[c]; if (p !== undefined) plans.push(p); }
  const ng = meta.nonGeographic?.[cc];
  if (ng !== undefined) plans.push(ng);
  return plans.length === 0 ? null : tableOf(plans, FINE_CODES.has(cc) ? FINE_K : K);
}

/**
 * Tables per numeric calling code, each built on the first question about its code (from the metadata
 * only: 1-20 ms for one code, against about 120 ms and 1 MB for all 215 at once), so a page pays for
 * the codes its customers' numbers have, and one that never sees a phone-like number pays nothing.
 * undefined: not built yet.
 */
const PREFIXES: (Int32Array | null | undefined)[] = new Array(1000).fill(undefined);

/**
 * True when the national number d[at, end) (ASCII digits) cannot be valid under calling code `code`
 * whatever plan of the code the library picks. False means "ask the library", never "valid".
 */
export function startCannotBeValid(code: number, d: string, at: number, end: number): boolean {
  const n = end - at;
  if (n < K || n > MAX_BIT) return false;
  if (!(code >= 0 && code < 1000)) return false;
  let table = PREFIXES[code];
  if (table === undefined) table = PREFIXES[code] = tableFor(code);
  if (table === null) return false;
  let key = (d.charCodeAt(at) - 48) * 100 + (d.charCodeAt(at + 1) - 48) * 10 + d.charCodeAt(at + 2) - 48;
  if (table.length === 10000) {
    if (n < FINE_K) return false;
    key = key * 10 + d.charCodeAt(at + 3) - 48;
  }
  return ((table[key]! >> n) & 1) === 0;
}
