/**
 * Per-text scratch that modules keep while the recognizers of one detect() call run (the text's digit
 * runs, phrase matches, cue table and casing context, each computed once and shared). detect() calls
 * releasePerTextCaches() when it returns or throws, so no customer text stays referenced in the
 * worker's memory between calls (data minimisation); tables grown by a huge text shrink back.
 */
const releasers: (() => void)[] = [];

/** Registers how a module drops its references to the last text (called once, at module load). */
export function onRelease(release: () => void): void {
  releasers.push(release);
}

/** Drops every module's references to the last text. */
export function releasePerTextCaches(): void {
  for (let i = 0; i < releasers.length; i++) releasers[i]!();
}

/** Typed arrays above this many entries are replaced by small ones on release. */
export const KEEP_ENTRIES = 4096;
