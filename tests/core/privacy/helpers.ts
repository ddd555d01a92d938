import { detect, type DetectedEntity, type ScrubOptions } from '../../../core/privacy/index.ts';

/** Detected values as "TYPE:value" strings, in order. */
export function found(text: string, options?: ScrubOptions): string[] {
  return detect(text, options).map((e: DetectedEntity) => `${e.type}:${text.slice(e.start, e.end)}`);
}

export function typesOf(text: string, options?: ScrubOptions): string[] {
  return detect(text, options).map((e) => e.type);
}

/** CPU milliseconds of `run(text)`, best of `n` (load on the machine only ever adds time). */
function cpuMs(run: (text: string) => unknown, text: string, n: number): number {
  let best = Infinity;
  for (let i = 0; i < n; i++) {
    const c0 = process.cpuUsage();
    run(text);
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1000);
  }
  return best;
}

/** The smaller and larger text growthRatio() times: eight times apart. */
export const GROWTH_FROM = 250_000;
export const GROWTH_TO = 2_000_000;
/**
 * The growth ratio a test fails at. Linear work gives about 8 (GROWTH_TO / GROWTH_FROM), a quadratic
 * path about 64. Measured linear work reaches 10-15 on inputs that allocate per character (a long
 * "4111 4111 ..." or "1 1 1 ..." makes an object per group): the garbage collector and the caches cost
 * more per byte at 2 MB than at 250 KB, and more so on a loaded machine. 32 keeps a factor of two from
 * both.
 */
export const GROWTH_LIMIT = 32;

/**
 * How much longer `run` takes on `unit` repeated to GROWTH_TO characters than to GROWTH_FROM, in CPU
 * time (best of three each). A ratio, not a time: the absolute figures belong to the benchmark
 * (bench/pii/bench-pii.ts), and a ratio depends far less on the machine or its load. The sizes are
 * eight times apart, not four, so that linear and quadratic growth stay far apart (8 against 64) even
 * where the larger text runs slower per byte than the smaller one.
 */
export function growthRatio(run: (text: string) => unknown, unit: string): number {
  const of = (size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const small = of(GROWTH_FROM);
  const large = of(GROWTH_TO);
  run(small); // compiled and warmed up before anything is timed
  return cpuMs(run, large, 3) / Math.max(cpuMs(run, small, 3), 0.5);
}
