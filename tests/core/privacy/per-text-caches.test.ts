import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { detect } from '../../../core/privacy/index.ts';
import { DEFAULT_RECOGNIZERS } from '../../../core/privacy/recognizers/index.ts';
import type { Recognizer, RecognizerInput } from '../../../core/privacy/types.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

describe('per-text caches', () => {
  it('keep no reference to the last text once detect() has returned', async () => {
    let seen: WeakRef<RecognizerInput> | undefined;
    const spy: Recognizer = { name: 'spy', find(input) { seen = new WeakRef(input); return []; } };
    const found = detect('Hi, Sarah Connor here, PIN 4821, call me on 07911 123456, 12 Main Street, born 03/04/1985', {
      locale: 'en-GB',
      recognizers: [spy, ...DEFAULT_RECOGNIZERS],
    });
    assert.ok(found.length >= 4, 'the built-in recognizers ran and filled their caches');
    // A WeakRef keeps its target alive until the current job ends.
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    assert.equal(seen!.deref(), undefined);
  });

  it('keep no reference to the last text when a recognizer throws', async () => {
    let seen: WeakRef<RecognizerInput> | undefined;
    const failing: Recognizer = { name: 'failing', find(input) { seen = new WeakRef(input); throw new Error('boom'); } };
    assert.throws(() => detect('PIN 4821, call me on 07911 123456', { recognizers: [...DEFAULT_RECOGNIZERS, failing] }), { name: 'ScrubError' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    assert.equal(seen!.deref(), undefined);
  });
});
