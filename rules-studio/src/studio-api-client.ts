/** Talks to the demo server's studio API (`/studio-api/`): current, versions, publish, rollback. */

export interface PublishedRules { version: number; source: string; json: string; signature: string; hash: string; publishedAt: string; publicKey: string }
export interface VersionSummary { version: number; hash: string; publishedAt: string; rolledBackFrom: number | null }

export class StudioApiError extends Error {
  override name = 'StudioApiError';
  constructor(message: string, readonly status: number, readonly code: string, readonly field: string | null, readonly details: unknown = null) {
    super(message);
  }
}

export class StudioApiClient {
  constructor(readonly base: URL) {}

  async #call<T>(path: string, init?: { method: 'POST'; body: unknown }): Promise<T> {
    let response: Response;
    try {
      response = await fetch(new URL(path, this.base), init ? {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(init.body), credentials: 'same-origin',
      } : { credentials: 'same-origin', cache: 'no-store' });
    } catch (error) {
      throw new StudioApiError(`The studio server cannot be reached (${(error as Error).message}).`, 0, 'network', null);
    }
    const text = await response.text();
    let body: unknown = null;
    try { body = text ? JSON.parse(text) : null; } catch { /* reported below */ }
    if (!response.ok) {
      const e = (body as { error?: { message?: string; code?: string; field?: string | null; diagnostics?: unknown } } | null)?.error;
      throw new StudioApiError(e?.message ?? `HTTP ${response.status}`, response.status, e?.code ?? 'http', e?.field ?? null, e?.diagnostics ?? null);
    }
    return body as T;
  }

  current(): Promise<PublishedRules> { return this.#call('current'); }
  versions(): Promise<{ current: number; versions: VersionSummary[] }> { return this.#call('versions'); }
  publish(body: { source: string; json: string; signature: string; baseVersion: number | null }): Promise<{ version: number; hash: string }> {
    return this.#call('publish', { method: 'POST', body });
  }
  rollback(version: number): Promise<{ version: number; rolledBackFrom: number }> {
    return this.#call('rollback', { method: 'POST', body: { version } });
  }
}
