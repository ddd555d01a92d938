/**
 * Case secrets: the customer's bearer credential for its own case. Derived as
 * HMAC-SHA256(server key, case id), so a retried open returns the same secret and the database
 * holds no secret at all. The server key is 32 random bytes in `<dataDir>/handoff-secret.key` (0600).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export class CaseSecrets {
  private constructor(private readonly key: Buffer) {}

  static load(dataDir: string): CaseSecrets {
    mkdirSync(dataDir, { recursive: true });
    const file = join(dataDir, 'handoff-secret.key');
    if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
    const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
    if (key.length < 32) throw new Error(`handoff: ${file} holds a key shorter than 32 bytes; delete it to generate a new one`);
    return new CaseSecrets(key);
  }

  secretFor(caseId: string): string {
    return createHmac('sha256', this.key).update(`case:${caseId}`).digest('base64url');
  }

  verify(caseId: string, presented: string): boolean {
    const expected = Buffer.from(this.secretFor(caseId));
    const given = Buffer.from(presented);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}

/** Constant-time comparison of two strings (agent token). */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
