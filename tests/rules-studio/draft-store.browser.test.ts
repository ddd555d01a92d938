import { expect } from '@esm-bundle/chai';
import { DraftStore } from '../../rules-studio/src/drafts/draft-store.ts';

const dbName = () => `clearline-studio-test-${Math.random().toString(36).slice(2)}`;

describe('DraftStore', () => {
  it('returns null when no draft was ever saved.', async () => {
    const store = new DraftStore(dbName());
    expect(await store.load()).to.equal(null);
    await store.close();
  });

  it('brings back the last saved draft after the store is reopened, as after a reload.', async () => {
    const name = dbName();
    const first = new DraftStore(name);
    await first.save({ source: 'version: 1\n', fileName: 'a.yaml', baseVersion: 3 });
    await first.close();
    const second = new DraftStore(name);
    const draft = await second.load();
    expect(draft?.source).to.equal('version: 1\n');
    expect(draft?.fileName).to.equal('a.yaml');
    expect(draft?.baseVersion).to.equal(3);
    expect(draft?.savedAt).to.be.a('number');
    await second.close();
  });

  it('keeps the newest text when many changes are saved without waiting, like fast typing.', async () => {
    const name = dbName();
    const store = new DraftStore(name);
    const writes: Promise<void>[] = [];
    let text = '';
    for (let i = 0; i < 200; i++) {
      text += String.fromCharCode(97 + (i % 26));
      writes.push(store.save({ source: text, fileName: 'rules.yaml', baseVersion: null }));
    }
    await Promise.all(writes);
    await store.close();
    const reopened = new DraftStore(name);
    expect((await reopened.load())?.source).to.equal(text);
    await reopened.close();
  });

  it('stores a 2 MB draft with unicode exactly.', async () => {
    const name = dbName();
    const store = new DraftStore(name);
    const big = `# ünïcödé 🚀\n${'x: "y"\n'.repeat(300_000)}`;
    await store.save({ source: big, fileName: 'big.yaml', baseVersion: null });
    expect((await store.load())?.source).to.equal(big);
    await store.close();
  });

  it('refuses a draft whose source is not a string.', async () => {
    const store = new DraftStore(dbName());
    let error: Error | null = null;
    try {
      await store.save({ source: 42 as unknown as string, fileName: 'x', baseVersion: null });
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message).to.match(/source must be a string/);
    await store.close();
  });

  it('forgets the draft when cleared.', async () => {
    const store = new DraftStore(dbName());
    await store.save({ source: 'a', fileName: 'x', baseVersion: null });
    await store.clear();
    expect(await store.load()).to.equal(null);
    await store.close();
  });
  it('a store opened right after a change, before the IndexedDB write has landed, still gets that change, as after a quick reload.', async () => {
    const name = dbName();
    const first = new DraftStore(name);
    await first.save({ source: 'old', fileName: 'rules.yaml', baseVersion: null });
    void first.save({ source: 'old # typed just before the reload', fileName: 'rules.yaml', baseVersion: null });
    const second = new DraftStore(name);
    expect((await second.load())?.source).to.equal('old # typed just before the reload');
    await first.close();
    await second.close();
  });
});
