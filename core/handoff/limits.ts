/** Size limits of protocol fields; the server enforces them and the widget checks before sending. */
export const FIELD_LIMITS = Object.freeze({
  /** Longest client-generated id (case or message), characters. */
  idLength: 64,
  /** Longest message text, characters. */
  textLength: 4000,
  /** Most messages in an open request. */
  openMessages: 50,
  /** Longest queue / rule / intent / locale string. */
  nameLength: 64,
  /** Longest decision explanation. */
  explanationLength: 1000,
  /** Most page-context entries, and the longest key / value. */
  pageEntries: 20,
  pageKeyLength: 64,
  pageValueLength: 500,
  /** Longest agent display name. */
  agentNameLength: 64,
});

export const PRIORITIES = Object.freeze(['low', 'normal', 'high', 'urgent'] as const);

/** Sort rank: lower is served first. */
export const PRIORITY_RANK: Readonly<Record<string, number>> = Object.freeze({ urgent: 0, high: 1, normal: 2, low: 3 });
