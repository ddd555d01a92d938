import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CHROMIUM_ARGS, chromePath } from '../../scripts/chrome.ts';

test('CHROME_PATH wins when it points at a file', () => {
  assert.equal(chromePath({ CHROME_PATH: process.execPath }), process.execPath);
});

test('a CHROME_PATH that does not exist is a one-line error naming the variable', () => {
  assert.throws(() => chromePath({ CHROME_PATH: '/nope/chromium' }), (e: Error) => /CHROME_PATH=\/nope\/chromium/.test(e.message) && !e.message.includes('\n'));
});

test('the browser flags close the network to everything but localhost', () => {
  assert.ok(CHROMIUM_ARGS.includes('--disable-background-networking'));
  assert.ok(CHROMIUM_ARGS.some((a) => a.startsWith('--host-resolver-rules=MAP * ~NOTFOUND')));
  assert.ok(Object.isFrozen(CHROMIUM_ARGS));
});
