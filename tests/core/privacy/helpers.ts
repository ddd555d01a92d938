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

/**
 * How much longer `run` takes on `unit` repeated to 2 MB than to 500 KB, in CPU time (best of three
 * each). Linear work gives about 4; a quadratic path about 16. A ratio, not a time: the absolute
 * figures belong to the benchmark (bench/pii/bench-pii.ts), and a ratio does not depend on the
 * machine or its load. (Smaller texts fit in the caches and run faster per byte, which skews the ratio.)
 */
export function growthRatio(run: (text: string) => unknown, unit: string): number {
  const of = (size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const small = of(500_000);
  const large = of(2_000_000);
  run(small); // compiled and warmed up before anything is timed
  return cpuMs(run, large, 3) / Math.max(cpuMs(run, small, 3), 0.5);
}
