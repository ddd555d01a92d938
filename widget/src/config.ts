/**
 * The widget's one configuration module: every default, every embed attribute and its validation, and
 * the browser capabilities, detected once and frozen.
 *
 * Embed attributes (on the `<script>` tag as `data-*`, or on `<clearline-widget>` without the prefix):
 *
 * | script attribute  | element attribute | default                       | meaning |
 * |-------------------|-------------------|-------------------------------|---------|
 * | `data-rules`      | `rules-url`       | none → safe default bundle    | URL of the signed rules bundle; the signature is `<url>.sig` |
 * | `data-rules-key`  | `rules-key`       | none → bundle refused         | public key (base64url SPKI, ECDSA P-256) that signs the bundle |
 * | `data-handoff`    | `handoff-url`     | none → no handoff server      | base URL of the handoff API |
 * | `data-locale`     | `locale`          | the page's `lang`, else `en`  | UI and rules locale (`en`, `de`, `fr`, `es`, `ar`; others fall back to `en`) |
 * | `data-position`   | `position`        | `bottom-right`                | `bottom-right` or `bottom-left` |
 * | `data-theme`      | `theme`           | `auto`                        | `light`, `dark` or `auto` (follows `prefers-color-scheme`) |
 * | `data-context`    | `context`         | `{}`                          | page context JSON, flat string values, e.g. `{"plan":"business"}` |
 * | `data-nonce`/`nonce` | `nonce`        | none                          | CSP nonce for the style fallback on browsers without constructable stylesheets |
 */

export const DEFAULTS = Object.freeze({
  /** Locale when neither the attribute nor the page's `lang` names a supported one. */
  locale: 'en',
  /** Corner of the launcher button. */
  position: 'bottom-right' as Position,
  /** Colour scheme. */
  theme: 'auto' as Theme,
  /** Retention when the rules bundle does not say (days). The rules' `privacy.retentionDays` wins when lower. */
  retentionDays: 1,
  /** Largest `data-context` accepted, in characters of JSON. */
  maxContextChars: 2048,
  /** Most keys kept from `data-context`. */
  maxContextKeys: 16,
  /** Longest key and value kept from `data-context`. */
  maxContextKeyChars: 40,
  maxContextValueChars: 200,
  /** Longest attribute value read for URLs, keys and locales. */
  maxAttributeChars: 2048,
  /** Longest customer message. */
  maxMessageChars: 2000,
  /** Wait for the page to go idle this long at most before prefetching the panel (ms). */
  idlePrefetchTimeoutMs: 5000,
  /** A worker call taking longer than this is treated as a crashed worker and restarted (ms). */
  workerCallTimeoutMs: 8000,
  /** Restarts allowed per conversation before the panel reports the assistant unavailable. */
  workerRestartLimit: 3,
  /** Below this viewport width the panel is full-screen (px). */
  narrowViewportPx: 480,
  /** Debounce of the live PII highlight while typing (ms). */
  previewDebounceMs: 60,
  /** sessionStorage key of the transcript. */
  storageKey: 'clearline:conversation:v1',
  /** Rules bundle signature URL suffix. */
  signatureSuffix: '.sig',
});

export type Position = 'bottom-right' | 'bottom-left';
export type Theme = 'light' | 'dark' | 'auto';

export const SUPPORTED_LOCALES: readonly string[] = Object.freeze(['en', 'de', 'fr', 'es', 'ar']);
export const RTL_LOCALES: readonly string[] = Object.freeze(['ar']);
export const POSITIONS: readonly Position[] = Object.freeze(['bottom-right', 'bottom-left']);
export const THEMES: readonly Theme[] = Object.freeze(['light', 'dark', 'auto']);

/** The resolved, validated embed configuration. */
export interface EmbedConfig {
  rulesUrl: string | null;
  rulesKey: string | null;
  handoffUrl: string | null;
  locale: string;
  position: Position;
  theme: Theme;
  context: Readonly<Record<string, string>>;
  nonce: string | null;
}

export interface RawEmbedAttributes {
  rules?: string | null;
  rulesKey?: string | null;
  handoff?: string | null;
  locale?: string | null;
  position?: string | null;
  theme?: string | null;
  context?: string | Record<string, unknown> | null;
  nonce?: string | null;
}

/** Every problem is one clear sentence naming the attribute, the value (shortened) and the valid values. */
export interface ParsedEmbedConfig { config: EmbedConfig; problems: string[] }

const short = (value: string) => JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);

/** Resolves a URL attribute against `base`; only http(s) URLs are accepted. */
export function parseUrl(name: string, value: string | null | undefined, base: string, problems: string[]): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  if (!trimmed) {
    problems.push(`${name} is empty; expected an http(s) URL. It is ignored.`);
    return null;
  }
  if (trimmed.length > DEFAULTS.maxAttributeChars) {
    problems.push(`${name} is ${trimmed.length} characters long; the limit is ${DEFAULTS.maxAttributeChars}. It is ignored.`);
    return null;
  }
  try {
    const url = new URL(trimmed, base);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      problems.push(`${name}=${short(trimmed)} uses ${url.protocol}; only http: and https: URLs are allowed. It is ignored.`);
      return null;
    }
    return url.href;
  } catch {
    problems.push(`${name}=${short(trimmed)} is not a valid URL. It is ignored.`);
    return null;
  }
}

/** Picks a supported locale: exact, then language part; unknown → the default with a problem noted. */
export function resolveLocale(value: string | null | undefined, pageLang: string | null | undefined, problems: string[], name = 'locale'): string {
  const pick = (tag: string | null | undefined) => {
    if (!tag) return null;
    const language = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
    return SUPPORTED_LOCALES.includes(language) ? language : null;
  };
  if (value !== null && value !== undefined && value.trim() !== '') {
    const found = pick(value.slice(0, 35));
    if (found) return found;
    problems.push(`${name}=${short(value)} is not supported; valid values: ${SUPPORTED_LOCALES.join(', ')}. Falling back to ${pick(pageLang) ?? DEFAULTS.locale}.`);
  }
  return pick(pageLang) ?? DEFAULTS.locale;
}

function pickEnum<T extends string>(name: string, value: string | null | undefined, valid: readonly T[], fallback: T, problems: string[]): T {
  if (value === null || value === undefined) return fallback;
  const v = value.trim().toLowerCase();
  if ((valid as readonly string[]).includes(v)) return v as T;
  problems.push(`${name}=${short(value)} is not valid; valid values: ${valid.join(', ')}. Using ${fallback}.`);
  return fallback;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

/** Parses the page context: a flat JSON object of short strings (numbers and booleans are stringified). */
export function parseContext(name: string, value: string | Record<string, unknown> | null | undefined, problems: string[]): Readonly<Record<string, string>> {
  if (value === null || value === undefined || value === '') return Object.freeze({});
  let parsed: unknown = value;
  if (typeof value === 'string') {
    if (value.length > DEFAULTS.maxContextChars) {
      problems.push(`${name} is ${value.length} characters of JSON; the limit is ${DEFAULTS.maxContextChars}. The context is ignored.`);
      return Object.freeze({});
    }
    try {
      parsed = JSON.parse(value);
    } catch (error) {
      problems.push(`${name} is not valid JSON (${(error as Error).message}); expected an object such as {"plan":"business"}. The context is ignored.`);
      return Object.freeze({});
    }
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    problems.push(`${name} must be a JSON object such as {"plan":"business"}, got ${Array.isArray(parsed) ? 'an array' : parsed === null ? 'null' : typeof parsed}. The context is ignored.`);
    return Object.freeze({});
  }
  const out: Record<string, string> = {};
  let kept = 0;
  for (const [key, raw] of Object.entries(parsed as Record<string, unknown>)) {
    if (FORBIDDEN_KEYS.has(key)) {
      problems.push(`${name} key ${short(key)} is not allowed and is dropped.`);
      continue;
    }
    if (kept >= DEFAULTS.maxContextKeys) {
      problems.push(`${name} has more than ${DEFAULTS.maxContextKeys} keys; the rest are dropped.`);
      break;
    }
    if (key.length === 0 || key.length > DEFAULTS.maxContextKeyChars) {
      problems.push(`${name} key ${short(key)} must be 1-${DEFAULTS.maxContextKeyChars} characters; it is dropped.`);
      continue;
    }
    if (typeof raw !== 'string' && typeof raw !== 'number' && typeof raw !== 'boolean') {
      problems.push(`${name}.${key} must be a string, number or boolean, got ${raw === null ? 'null' : typeof raw}; it is dropped.`);
      continue;
    }
    const text = String(raw);
    if (text.length > DEFAULTS.maxContextValueChars) {
      problems.push(`${name}.${key} is longer than ${DEFAULTS.maxContextValueChars} characters; it is dropped.`);
      continue;
    }
    out[key] = text;
    kept++;
  }
  return Object.freeze(out);
}

/** Validates every embed attribute; never throws. Problems are for `console.error`, the config is always usable. */
export function parseEmbedConfig(raw: RawEmbedAttributes, base: string, pageLang: string | null, names: Partial<Record<keyof RawEmbedAttributes, string>> = {}): ParsedEmbedConfig {
  const problems: string[] = [];
  const n = (key: keyof RawEmbedAttributes, fallback: string) => names[key] ?? fallback;
  const rulesKey = raw.rulesKey?.trim() || null;
  let key: string | null = null;
  if (rulesKey) {
    if (rulesKey.length > DEFAULTS.maxAttributeChars || !/^[A-Za-z0-9_\-+/=]+$/.test(rulesKey)) {
      problems.push(`${n('rulesKey', 'rules-key')} must be a base64url SPKI public key (letters, digits, - and _); the bundle will be refused and the safe default used.`);
    } else key = rulesKey;
  }
  const config: EmbedConfig = Object.freeze({
    rulesUrl: parseUrl(n('rules', 'rules-url'), raw.rules, base, problems),
    rulesKey: key,
    handoffUrl: parseUrl(n('handoff', 'handoff-url'), raw.handoff, base, problems),
    locale: resolveLocale(raw.locale, pageLang, problems, n('locale', 'locale')),
    position: pickEnum(n('position', 'position'), raw.position, POSITIONS, DEFAULTS.position, problems),
    theme: pickEnum(n('theme', 'theme'), raw.theme, THEMES, DEFAULTS.theme, problems),
    context: parseContext(n('context', 'context'), raw.context, problems),
    nonce: raw.nonce?.trim() && raw.nonce.length < 200 ? raw.nonce.trim() : null,
  });
  return { config, problems };
}

export function isRtl(locale: string): boolean {
  return RTL_LOCALES.includes(locale.split(/[-_]/)[0] ?? '');
}

export interface Capabilities {
  /** Constructable stylesheets (no `style-src 'unsafe-inline'` or nonce needed). */
  constructableStylesheets: boolean;
  moduleWorkers: boolean;
  webAssembly: boolean;
  sessionStorage: boolean;
  visualViewport: boolean;
  requestIdleCallback: boolean;
}

function detectCapabilities(): Capabilities {
  const g = globalThis as typeof globalThis & { document?: Document };
  let storage = false;
  try {
    const probe = '__clearline_probe__';
    g.sessionStorage.setItem(probe, '1');
    g.sessionStorage.removeItem(probe);
    storage = true;
  } catch {
    storage = false;
  }
  return Object.freeze({
    constructableStylesheets: typeof Document !== 'undefined' && 'adoptedStyleSheets' in Document.prototype && typeof CSSStyleSheet !== 'undefined' && 'replaceSync' in CSSStyleSheet.prototype,
    // Every browser with constructable stylesheets also has module workers; probing would need a CSP-visible worker.
    moduleWorkers: typeof Worker !== 'undefined',
    webAssembly: typeof WebAssembly === 'object' && typeof WebAssembly.instantiate === 'function',
    sessionStorage: storage,
    visualViewport: typeof g.visualViewport !== 'undefined' && g.visualViewport !== null,
    requestIdleCallback: typeof g.requestIdleCallback === 'function',
  });
}

let detected: Capabilities | null = null;
/** Detected on first use, then frozen for the page's lifetime. */
export function capabilities(): Capabilities {
  detected ??= detectCapabilities();
  return detected;
}
