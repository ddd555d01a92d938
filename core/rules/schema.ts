import { RULES_DEFAULTS, RULES_LIMITS } from './limits.ts';

/**
 * The JSON Schema (draft 2020-12) of rules.yaml. The compiler validates with it and the studio
 * feeds it to monaco-yaml for completion, hover and validation, so descriptions speak to content staff.
 */

const LOCALE_PATTERN = '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$';
const ID_PATTERN = '^[a-z0-9][a-z0-9_-]*$';
const INTENT_PATTERN = '^[a-z][a-z0-9_]*$';
const SAFE_HREF_PATTERN = '^(https://|tel:|mailto:)';

type Json = Record<string, unknown>;

const localizedText = (what: string): Json => ({
  type: 'object',
  description: `${what} One entry per language, e.g. \`en: ...\`, \`de: ...\`. Every language listed under \`locales\` needs a translation.`,
  propertyNames: { $ref: '#/$defs/locale' },
  additionalProperties: { type: 'string', minLength: 1, maxLength: 4000 },
  minProperties: 1,
});

const conditionProperties: Json = {
  all: { type: 'array', minItems: 1, items: { $ref: '#/$defs/condition' }, description: 'Matches when every condition in the list matches.' },
  any: { type: 'array', minItems: 1, items: { $ref: '#/$defs/condition' }, description: 'Matches when at least one condition in the list matches.' },
  not: { $ref: '#/$defs/condition', description: 'Matches when the condition inside does NOT match.' },
  intent: {
    description: 'What the customer wants, as recognised by the model: one intent id (`intent: roaming`) or a list (`intent: [fraud_report, lost_stolen_device]`, matches any of them).',
    oneOf: [{ $ref: '#/$defs/intentId' }, { type: 'array', minItems: 1, items: { $ref: '#/$defs/intentId' } }],
  },
  confidenceBelow: { type: 'number', minimum: 0, maximum: 1, description: 'Matches when the model is less sure than this (0 to 1). Use it to ask or hand over instead of guessing.' },
  confidenceAtLeast: { type: 'number', minimum: 0, maximum: 1, description: 'Matches when the model is at least this sure (0 to 1).' },
  outOfScope: { type: 'boolean', description: '`true` matches messages about something our support does not handle.' },
  localeSupported: { type: 'boolean', description: '`false` matches messages in a language the model does not understand well.' },
  modelAvailable: { type: 'boolean', description: '`false` matches when no intent is known (the model is unavailable or the customer opted out of AI).' },
  piiDetected: {
    description: 'Personal data found (and removed) in the message: `true` for any kind, or a list of kinds such as `[CREDIT_CARD, IBAN]` (matches any of them).',
    oneOf: [{ type: 'boolean' }, { type: 'array', minItems: 1, items: { $ref: '#/$defs/piiType' } }],
  },
  phrase: {
    description: 'Words found in the message (after personal data is removed), ignoring upper/lower case. One phrase or a list (matches any).',
    oneOf: [{ type: 'string', minLength: 1, maxLength: 200 }, { type: 'array', minItems: 1, items: { type: 'string', minLength: 1, maxLength: 200 } }],
  },
  pattern: { type: 'string', minLength: 1, maxLength: 500, description: 'A regular expression searched in the message (after personal data is removed), ignoring case. Patterns that could hang the browser are refused.' },
  turnAtLeast: { type: 'integer', minimum: 1, description: 'Matches from this message of the conversation on (1 = first message).' },
  turnAtMost: { type: 'integer', minimum: 1, description: 'Matches up to and including this message of the conversation.' },
  unhelpfulAtLeast: { type: 'integer', minimum: 1, description: 'Matches when the customer marked at least this many answers as unhelpful.' },
  optedOut: { type: 'boolean', description: '`true` matches customers who switched the AI off. They always reach a person: only hand-off rules apply to them.' },
  askedForHuman: { type: 'boolean', description: '`true` matches customers who asked for a person. They always reach a person: only hand-off rules apply to them.' },
  disagreed: { type: 'boolean', description: '`true` matches customers who said the last answer was about the wrong topic.' },
  businessHours: { type: 'boolean', description: '`true` matches while the support team is open (see `businessHours`), `false` while it is closed.' },
  locale: {
    description: 'The customer\'s language, e.g. `de` (also matches `de-AT`) or a list.',
    oneOf: [{ $ref: '#/$defs/locale' }, { type: 'array', minItems: 1, items: { $ref: '#/$defs/locale' } }],
  },
  page: {
    type: 'object',
    description: 'Facts the website passes about the page or customer, e.g. `plan: business`. A list of values matches any of them.',
    minProperties: 1,
    propertyNames: { pattern: '^[A-Za-z][A-Za-z0-9_-]*$', maxLength: 64 },
    additionalProperties: { oneOf: [{ type: 'string', maxLength: 200 }, { type: 'array', minItems: 1, items: { type: 'string', maxLength: 200 } }] },
  },
};

const baseSchema: Json = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://clearline.dev/schemas/rules.json',
  title: 'Clearline rules',
  description: 'What the assistant tells customers, what it answers by itself, and when a person takes over.',
  type: 'object',
  additionalProperties: false,
  required: ['version', 'defaultLocale', 'locales', 'disclosure'],
  properties: {
    version: { const: 1, description: 'Format version of this file. Always `1`.' },
    defaultLocale: { $ref: '#/$defs/locale', description: 'The language used when a customer\'s language has no translation, e.g. `en`.' },
    locales: { type: 'array', minItems: 1, uniqueItems: true, items: { $ref: '#/$defs/locale' }, description: 'Every language this rule set is written in, e.g. `[en, de, fr, es]`.' },
    expiresAt: { type: 'string', format: 'date-time', description: 'Optional date after which the widget refuses this rule set and falls back to safe defaults (ISO 8601, e.g. `2027-01-01T00:00:00Z`).' },
    settings: {
      type: 'object',
      additionalProperties: false,
      description: 'How the assistant behaves when no rule matches: it answers when the model is confident and an answer exists, else asks the customer to pick a topic, else hands over to a person.',
      properties: {
        confidenceThreshold: { type: 'number', minimum: 0, maximum: 1, default: RULES_DEFAULTS.confidenceThreshold, description: `Answer automatically only when the model is at least this sure (0 to 1). Default ${RULES_DEFAULTS.confidenceThreshold}.` },
        clarifyThreshold: { type: 'number', minimum: 0, maximum: 1, default: RULES_DEFAULTS.clarifyThreshold, description: `Offer a topic as a "did you mean" button only when the model gives it at least this much (0 to 1). Default ${RULES_DEFAULTS.clarifyThreshold}.` },
        maxClarifyOptions: { type: 'integer', minimum: 1, maximum: 5, default: RULES_DEFAULTS.maxClarifyOptions, description: `At most this many "did you mean" buttons. Default ${RULES_DEFAULTS.maxClarifyOptions}.` },
        defaultQueue: { $ref: '#/$defs/queue', default: RULES_DEFAULTS.defaultQueue, description: `The team that receives hand-offs no rule routes. Default \`${RULES_DEFAULTS.defaultQueue}\`.` },
        handoffAfterUnhelpful: { type: 'integer', minimum: 1, maximum: 10, default: RULES_DEFAULTS.handoffAfterUnhelpful, description: `A person takes over after this many answers were marked unhelpful. Default ${RULES_DEFAULTS.handoffAfterUnhelpful}.` },
      },
    },
    queues: { type: 'array', uniqueItems: true, items: { $ref: '#/$defs/queue' }, description: 'Optional list of the teams (queues) hand-offs may go to. When given, every hand-off must use one of them.' },
    businessHours: {
      type: 'object',
      additionalProperties: false,
      required: ['timezone', 'hours'],
      description: 'When the support team is open, for the `businessHours` condition.',
      properties: {
        timezone: { type: 'string', minLength: 1, description: 'IANA time zone, e.g. `Europe/London`.' },
        hours: {
          type: 'object',
          additionalProperties: false,
          description: 'Opening times per weekday, e.g. `mon: ["08:00-20:00"]`. Days left out are closed.',
          properties: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, {
            type: 'array', items: { type: 'string', pattern: '^([01]\\d|2[0-3]):[0-5]\\d-(([01]\\d|2[0-3]):[0-5]\\d|24:00)$' }, description: 'Opening intervals, `HH:MM-HH:MM`.',
          }])),
        },
        closed: { type: 'array', items: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }, description: 'Public holidays, `YYYY-MM-DD`.' },
      },
    },
    disclosure: localizedText('MANDATORY. Tells customers they are talking to an automated assistant, shown before their first message. No rule can hide it.'),
    notices: {
      type: 'object',
      description: 'Transparency notices (what is removed from messages and why, what a person sees, how to switch the AI off, how long data is kept). Plain text; links may use only https:, tel: or mailto:.',
      propertyNames: { pattern: ID_PATTERN, maxLength: 64 },
      additionalProperties: { $ref: '#/$defs/localizedText' },
    },
    answers: {
      type: 'object',
      description: 'Self-service answers, by intent id, then by language.',
      propertyNames: { $ref: '#/$defs/intentId' },
      additionalProperties: {
        type: 'object',
        propertyNames: { $ref: '#/$defs/locale' },
        minProperties: 1,
        additionalProperties: { $ref: '#/$defs/answer' },
      },
    },
    explanations: {
      type: 'object',
      additionalProperties: false,
      description: 'Optional wording of the built-in explanations shown when no rule matched ("Why this answer?").',
      properties: Object.fromEntries(['answer', 'clarify', 'handoff', 'optedOut', 'askedForHuman', 'modelUnavailable', 'outOfScope', 'localeUnsupported', 'unhelpful']
        .map((key) => [key, { $ref: '#/$defs/localizedText' }])),
    },
    rules: {
      type: 'array',
      maxItems: RULES_LIMITS.maxRules,
      items: { $ref: '#/$defs/rule' },
      description: 'Escalation and routing rules, checked from top to bottom: the first rule whose `when` matches decides.',
    },
    privacy: {
      type: 'object',
      additionalProperties: false,
      description: 'How much the assistant keeps, for how long, and what a person receives.',
      properties: {
        retentionDays: { type: 'integer', minimum: 0, maximum: RULES_LIMITS.maxRetentionDays, default: RULES_DEFAULTS.retentionDays, description: `Days the customer's device keeps the conversation (0 = only while the page is open). At most ${RULES_LIMITS.maxRetentionDays}. Default ${RULES_DEFAULTS.retentionDays}.` },
        handoffTranscript: { enum: ['full', 'last-message'], default: RULES_DEFAULTS.handoffTranscript, description: 'What a person receives on hand-off: the `full` conversation or only the `last-message`. Always with personal data removed.' },
        safePatterns: { type: 'array', items: { type: 'string', minLength: 1, maxLength: 200 }, description: 'Regular expressions for things that look like personal data but are not, e.g. ticket numbers `TCK-\\d{6}`. They are left in messages.' },
      },
    },
    tests: {
      type: 'array',
      items: { $ref: '#/$defs/test' },
      description: 'Example messages with the expected outcome; `npm run rules -- test` checks them with the real privacy filter and model.',
    },
  },
  $defs: {
    locale: { type: 'string', pattern: LOCALE_PATTERN, description: 'A language code such as `en`, `de`, `fr-CA`.' },
    intentId: { type: 'string', pattern: INTENT_PATTERN, description: 'An intent id from the model, e.g. `billing_dispute`.' },
    piiType: { type: 'string', pattern: '^[A-Z][A-Z_]*$', description: 'A kind of personal data, e.g. `CREDIT_CARD`.' },
    queue: { type: 'string', pattern: ID_PATTERN, maxLength: 64, description: 'A team that receives hand-offs, e.g. `billing`.' },
    localizedText: localizedText('Text.'),
    answer: {
      type: 'object',
      additionalProperties: false,
      required: ['text'],
      properties: {
        title: { type: 'string', minLength: 1, maxLength: 80, description: 'Short name of the topic, used on "did you mean" buttons.' },
        text: { type: 'string', minLength: 1, maxLength: 4000, description: 'The answer. Plain text with **bold**, *italic* and [links](https://...) (https:, tel:, mailto: only).' },
        links: {
          type: 'array',
          maxItems: 10,
          items: {
            type: 'object', additionalProperties: false, required: ['label', 'href'],
            properties: {
              label: { type: 'string', minLength: 1, maxLength: 120 },
              href: { type: 'string', pattern: SAFE_HREF_PATTERN, maxLength: 2000, description: 'Must start with https://, tel: or mailto:.' },
            },
          },
          description: 'Buttons that open a page.',
        },
        quickReplies: { type: 'array', maxItems: 8, items: { type: 'string', minLength: 1, maxLength: 80 }, description: 'Suggested replies shown as buttons.' },
      },
    },
    condition: {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      description: 'Conditions; when several are written together, all of them must match.',
      properties: conditionProperties,
    },
    action: {
      type: 'object',
      minProperties: 1,
      maxProperties: 1,
      additionalProperties: false,
      description: 'Exactly one of: `answer`, `clarify`, `handoff`, `notice`.',
      properties: {
        answer: { description: 'Answer with the text under `answers`: an intent id, or `true` for the intent the model found.', oneOf: [{ const: true }, { $ref: '#/$defs/intentId' }] },
        clarify: {
          description: 'Ask the customer to pick a topic: `true` offers the model\'s best guesses, or list the intents in `options`.',
          oneOf: [{ const: true }, { type: 'object', additionalProperties: false, properties: { options: { type: 'array', minItems: 1, maxItems: 5, items: { $ref: '#/$defs/intentId' } } } }],
        },
        handoff: {
          type: 'object',
          additionalProperties: false,
          description: 'Hand over to a person.',
          properties: {
            queue: { $ref: '#/$defs/queue' },
            priority: { enum: ['low', 'normal', 'high', 'urgent'], default: 'normal', description: 'How quickly a person should pick it up.' },
          },
        },
        notice: { type: 'string', pattern: ID_PATTERN, description: 'Show one of the `notices` by its id.' },
      },
    },
    rule: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'then', 'explain'],
      properties: {
        id: { type: 'string', pattern: ID_PATTERN, maxLength: 64, description: 'A unique name for this rule, e.g. `lost-phone-urgent`.' },
        description: { type: 'string', maxLength: 500, description: 'A note for colleagues; not shown to customers.' },
        when: { $ref: '#/$defs/condition', description: 'When the rule applies. Leave it out to match every message.' },
        then: { $ref: '#/$defs/action', description: 'What happens when the rule applies.' },
        explain: { $ref: '#/$defs/localizedText', description: 'Plain-language reason shown to the customer, e.g. "We\'re connecting you to a person because your message mentions a lost phone."' },
      },
    },
    test: {
      type: 'object',
      additionalProperties: false,
      required: ['message', 'expect'],
      properties: {
        name: { type: 'string', maxLength: 200 },
        message: { type: 'string', minLength: 1, maxLength: 2000, description: 'What the customer types (personal data is removed before the rules see it).' },
        locale: { $ref: '#/$defs/locale' },
        page: { type: 'object', additionalProperties: { type: 'string' } },
        turn: { type: 'integer', minimum: 1 },
        unhelpfulCount: { type: 'integer', minimum: 0 },
        optedOut: { type: 'boolean' },
        askedForHuman: { type: 'boolean' },
        now: { type: 'string', format: 'date-time' },
        expect: {
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          properties: {
            intent: { $ref: '#/$defs/intentId' },
            action: { enum: ['answer', 'clarify', 'handoff', 'notice'] },
            rule: { oneOf: [{ type: 'string', pattern: ID_PATTERN }, { type: 'null' }] },
            queue: { $ref: '#/$defs/queue' },
            priority: { enum: ['low', 'normal', 'high', 'urgent'] },
            notice: { type: 'string', pattern: ID_PATTERN },
          },
        },
      },
    },
  },
};

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
};

/** The plain schema, with intent ids and PII kinds checked by pattern only. */
export const rulesSchema: Readonly<Record<string, unknown>> = deepFreeze(structuredClone(baseSchema));

export interface RulesSchemaOptions {
  labels: readonly string[];
  piiTypes: readonly string[];
  locales?: readonly string[];
  queues?: readonly string[];
}

/** The schema with enums filled in from the model's labels, the PII kinds, and optionally locales and queues (for completion). */
export function rulesSchemaFor(options: RulesSchemaOptions): Record<string, unknown> {
  const schema = structuredClone(baseSchema) as { $defs: Record<string, Json> };
  const defs = schema.$defs;
  defs.intentId = { ...defs.intentId, enum: [...options.labels] };
  defs.piiType = { ...defs.piiType, enum: [...options.piiTypes] };
  if (options.locales?.length) defs.locale = { ...defs.locale, enum: [...options.locales] };
  if (options.queues?.length) defs.queue = { ...defs.queue, enum: [...options.queues] };
  return schema;
}

/** The schema of a compiled bundle (rules.json): the rules file with defaults filled in, plus format, hash and createdAt. */
export const rulesBundleSchema: Readonly<Record<string, unknown>> = (() => {
  const schema = structuredClone(baseSchema) as { $id: string; title: string; required: string[]; properties: Record<string, Json>; $defs: Record<string, Json> };
  schema.$id = 'https://clearline.dev/schemas/rules-bundle.json';
  schema.title = 'Clearline compiled rules bundle';
  delete schema.properties.tests;
  schema.properties.format = { const: 'clearline-rules' };
  schema.properties.hash = { type: 'string', pattern: '^[0-9a-f]{64}$' };
  schema.properties.createdAt = { type: 'string' };
  schema.required = ['format', 'version', 'hash', 'createdAt', 'defaultLocale', 'locales', 'settings', 'disclosure', 'notices', 'answers', 'explanations', 'rules', 'privacy'];
  (schema.properties.settings as { required?: string[] }).required = ['confidenceThreshold', 'clarifyThreshold', 'maxClarifyOptions', 'defaultQueue', 'handoffAfterUnhelpful'];
  (schema.properties.privacy as { required?: string[] }).required = ['retentionDays', 'handoffTranscript', 'safePatterns'];
  const rule = schema.$defs.rule as { properties: Record<string, Json> };
  rule.properties.line = { type: 'integer', minimum: 1 };
  return deepFreeze(schema);
})();
