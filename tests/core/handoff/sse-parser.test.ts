import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SseParser } from '../../../core/handoff/index.ts';

test('an event split across chunks is emitted once it is complete', () => {
  const p = new SseParser();
  assert.deepEqual(p.push('id: 7\nevent: agent-re'), []);
  assert.deepEqual(p.push('ply\ndata: {"a":1}\n'), []);
  assert.deepEqual(p.push('\n'), [{ event: 'agent-reply', data: '{"a":1}', id: '7', retry: null }]);
});

test('multi-line data is joined with newlines and comments are ignored', () => {
  const p = new SseParser();
  assert.deepEqual(p.push(': keep-alive\n\ndata: a\ndata: b\n\n'), [{ event: 'message', data: 'a\nb', id: null, retry: null }]);
});

test('CRLF and lone CR line endings are understood, even when CRLF is split across chunks', () => {
  const p = new SseParser();
  assert.deepEqual(p.push('data: x\r'), []);
  assert.deepEqual(p.push('\n\r\n'), [{ event: 'message', data: 'x', id: null, retry: null }]);
  assert.deepEqual(p.push('data: y\r\r'), [], 'a trailing CR may still be half of a CRLF');
  assert.deepEqual(p.push('data: w\n\n'), [{ event: 'message', data: 'y', id: null, retry: null }, { event: 'message', data: 'w', id: null, retry: null }]);
});

test('the retry field is read as a number', () => {
  const p = new SseParser();
  assert.deepEqual(p.push('retry: 2000\ndata: z\n\n'), [{ event: 'message', data: 'z', id: null, retry: 2000 }]);
});
