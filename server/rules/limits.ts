/** Limits and defaults of the rules service and studio API, in one place. */
export const RULES_SERVICE_LIMITS = Object.freeze({
  /** Largest request body of the studio API, in bytes. */
  maxBodyBytes: 12 * 1024 * 1024,
  /** Largest rules.yaml source accepted by publish, in characters (the compiler's own cap). */
  maxSourceChars: 2_000_000,
  /** Largest compiled rules.json accepted by publish, in characters. */
  maxJsonChars: 8_000_000,
  /** Longest detached signature accepted (base64url of a 64-byte P-256 signature is 86). */
  maxSignatureChars: 1_024,
  /** Versions listed by `GET /studio-api/versions` (newest first). All versions stay on disk. */
  maxListedVersions: 200,
});
