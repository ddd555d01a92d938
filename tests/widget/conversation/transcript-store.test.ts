import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TranscriptStore } from '../../../widget/src/conversation/transcript-store.ts';

/** A Web Storage area over a Map (Node has no sessionStorage). */
class MemoryStorage implements Storage {
  #items = new Map<string, string>();
  get length() { return this.#items.size; }
  clear() { this.#items.clear(); }
  getItem(key: string) { return this.#items.get(key) ?? null; }
  key(index: number) { return [...this.#items.keys()][index] ?? null; }
  removeItem(key: string) { this.#items.delete(key); }
  setItem(key: string, value: string) { this.#items.set(key, String(value)); }
}

const DAY = 86_400_000;
const conversation = (createdAt: number) => ({
  createdAt, messages: [], turn: 1, unhelpfulCount: 0, optedOut: false, withPerson: false, reference: null,
});

test('a stored conversation is returned within the retention period', () => {
  const store = new TranscriptStore(new MemoryStorage(), 'k');
  store.save(conversation(1_000), 7);
  assert.equal(store.load(1_000 + 7 * DAY - 1)?.createdAt, 1_000);
});

test('after the retention period the conversation is gone and its storage is removed', () => {
  const storage = new MemoryStorage();
  const store = new TranscriptStore(storage, 'k');
  store.save(conversation(1_000), 7);
  assert.equal(store.load(1_000 + 7 * DAY), null);
  assert.equal(storage.getItem('k'), null);
});

test('saving again keeps the first expiry: activity does not extend retention', () => {
  const store = new TranscriptStore(new MemoryStorage(), 'k');
  store.save(conversation(1_000), 7);
  store.save({ ...conversation(1_000), turn: 5 }, 7);
  assert.equal(store.load(1_000 + 7 * DAY), null);
});

test('a retention of zero days keeps nothing', () => {
  const storage = new MemoryStorage();
  const store = new TranscriptStore(storage, 'k');
  store.save(conversation(1_000), 0);
  assert.equal(storage.length, 0);
});

test('an unreadable record is removed instead of crashing', () => {
  const storage = new MemoryStorage();
  storage.setItem('k', '{not json');
  assert.equal(new TranscriptStore(storage, 'k').load(), null);
  assert.equal(storage.getItem('k'), null);
});
