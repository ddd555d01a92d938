/** The agent desk API (`/api/handoff/v1/agent/…`) with the token as `Authorization: Bearer`. */
import type { CaseDetail, CaseSummary, QueueSummary, HandoffErrorBody } from '../../core/handoff/index.ts';

export class DeskApiError extends Error {
  override name = 'DeskApiError';
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export class DeskApi {
  readonly base: string;

  constructor(readonly token: string, origin: string = location.origin) {
    this.base = `${origin}/api/handoff/v1/agent`;
  }

  get authHeaders(): Record<string, string> {
    return { authorization: `Bearer ${this.token}` };
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: { ...this.authHeaders, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
    });
    if (!res.ok) {
      const err = (await res.json().catch(() => null)) as HandoffErrorBody | null;
      throw new DeskApiError(res.status, err?.error.message ?? `HTTP ${res.status}`);
    }
    return (await res.json()) as T;
  }

  queues(): Promise<{ queues: QueueSummary[] }> {
    return this.call('GET', '/queues');
  }

  cases(status: 'open' | 'closed' = 'open'): Promise<{ cases: CaseSummary[]; lastEventId: number }> {
    return this.call('GET', `/cases?status=${status}`);
  }

  detail(reference: string): Promise<{ case: CaseDetail }> {
    return this.call('GET', `/cases/${encodeURIComponent(reference)}`);
  }

  join(reference: string, agent: string): Promise<unknown> {
    return this.call('POST', `/cases/${encodeURIComponent(reference)}/join`, { agent });
  }

  leave(reference: string): Promise<unknown> {
    return this.call('POST', `/cases/${encodeURIComponent(reference)}/leave`, {});
  }

  close(reference: string): Promise<unknown> {
    return this.call('POST', `/cases/${encodeURIComponent(reference)}/close`, {});
  }

  reply(reference: string, id: string, text: string): Promise<unknown> {
    return this.call('POST', `/cases/${encodeURIComponent(reference)}/replies`, { id, text });
  }
}
