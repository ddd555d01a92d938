import { test } from 'node:test';
import assert from 'node:assert/strict';
import { handoffTranscript } from '../../../widget/src/conversation/handoff-transcript.ts';
import type { ChatMessage } from '../../../widget/src/conversation/chat-message.ts';

const customer = (id: string, text: string, scrubbed: string, delivery: ChatMessage['delivery'] = 'local'): ChatMessage =>
  ({ id, author: 'customer', at: 0, text, kind: 'message', scrubbed, delivery });
const assistant = (id: string): ChatMessage => ({ id, author: 'assistant', at: 0, text: 'Roaming is included.', kind: 'answer' });

const transcript = [
  customer('m1', 'my number is 07911 123456', 'my number is [PHONE_1]'),
  assistant('a1'),
  customer('m2', 'my phone was stolen', 'my phone was stolen'),
];

test('a full-transcript handoff sends every customer message, and only their scrubbed text', () => {
  const out = handoffTranscript(transcript, 'full');
  assert.deepEqual(out.map((m) => m.id), ['m1', 'm2']);
  assert.deepEqual(out.map((m) => m.scrubbed), ['my number is [PHONE_1]', 'my phone was stolen']);
});

test('a last-message handoff sends only the newest customer message', () => {
  assert.deepEqual(handoffTranscript(transcript, 'last-message').map((m) => m.id), ['m2']);
});

test('messages whose scrubbing failed, or that were never scrubbed, are never sent', () => {
  const out = handoffTranscript([customer('m1', 'x', 'x', 'failed'), { ...customer('m2', 'raw', ''), scrubbed: undefined }], 'full');
  assert.deepEqual(out, []);
});

test('at most the newest 50 messages go out', () => {
  const many = Array.from({ length: 60 }, (_, i) => customer(`m${i}`, 'hi', 'hi'));
  const out = handoffTranscript(many, 'full');
  assert.equal(out.length, 50);
  assert.equal(out[0]!.id, 'm10');
});
