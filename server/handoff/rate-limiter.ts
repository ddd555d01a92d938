/** Token buckets keyed by client (IP or case): `take(key)` returns 0 when allowed, else the seconds to wait. */
import type { RateLimit } from './options.ts';

interface Bucket { tokens: number; at: number }

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly limit: RateLimit | null, private readonly now: () => number = () => Date.now()) {}

  take(key: string): number {
    if (!this.limit) return 0;
    const t = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.limit.burst, at: t };
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + ((t - bucket.at) / 1000) * this.limit.perSecond);
    bucket.at = t;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      this.buckets.set(key, bucket);
      if (this.buckets.size > 10_000) this.sweep(t);
      return 0;
    }
    this.buckets.set(key, bucket);
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.limit.perSecond));
  }

  /** Drops full buckets so memory stays bounded. */
  private sweep(t: number): void {
    if (!this.limit) return;
    for (const [key, b] of this.buckets) {
      if (b.tokens + ((t - b.at) / 1000) * this.limit.perSecond >= this.limit.burst) this.buckets.delete(key);
    }
  }
}
