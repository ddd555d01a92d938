import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { generateSigningKeys, verifyBundle } from '../../../core/rules/index.ts';
import { startHarness, signedDraft, demoPem, post, RULES_V1, RULES_V2 } from './fixture.ts';

test('On first start the service signs the example rules as version 1 and serves them with no-cache and an ETag.', async () => {
  const h = await startHarness();
  try {
    const json = await fetch(`${h.url}/rules/rules.json`);
    assert.equal(json.status, 200);
    assert.equal(json.headers.get('cache-control'), 'no-cache');
    assert.match(json.headers.get('etag') ?? '', /^".+"$/);
    const text = await json.text();
    const signature = await (await fetch(`${h.url}/rules/rules.json.sig`)).text();
    assert.deepEqual(await verifyBundle(text, signature, h.service.publicKey), { ok: true });
    assert.equal(JSON.parse(text).rules[0].id, 'stolen-phone');
  } finally {
    await h.close();
  }
});

test('A request with the current ETag gets 304 Not Modified.', async () => {
  const h = await startHarness();
  try {
    const etag = (await fetch(`${h.url}/rules/rules.json`)).headers.get('etag')!;
    const again = await fetch(`${h.url}/rules/rules.json`, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
  } finally {
    await h.close();
  }
});

test('The demo private key is written with mode 0600 and is never served.', async () => {
  const h = await startHarness();
  try {
    assert.equal(statSync(h.service.privateKeyPath).mode & 0o777, 0o600);
    for (const path of ['/rules/private.pem', '/rules/../keys/private.pem', '/studio-api/keys', '/rules/keys/private.pem']) {
      const response = await fetch(`${h.url}${path}`, { headers: { Origin: h.url } });
      assert.notEqual(response.status, 200, path);
      assert.doesNotMatch(await response.text(), /PRIVATE KEY/, path);
    }
  } finally {
    await h.close();
  }
});

test('A restart on the same data folder keeps the key and the published version.', async () => {
  const first = await startHarness();
  const { dataDir } = first;
  const key = first.service.publicKey;
  await post(first, '/studio-api/publish', await signedDraft(RULES_V2, demoPem(first)));
  await first.close();
  const second = await startHarness(dataDir);
  try {
    assert.equal(second.service.publicKey, key);
    const current = await (await fetch(`${second.url}/studio-api/current`)).json() as { version: number; source: string };
    assert.equal(current.version, 2);
    assert.equal(current.source, RULES_V2);
  } finally {
    await second.close();
  }
});

test('Publishing a compiled, signed draft makes it the bundle the demo site loads.', async () => {
  const h = await startHarness();
  try {
    const draft = await signedDraft(RULES_V2, demoPem(h));
    const response = await post(h, '/studio-api/publish', { ...draft, baseVersion: 1 });
    assert.equal(response.status, 201);
    assert.equal((await response.json() as { version: number }).version, 2);
    assert.equal(await (await fetch(`${h.url}/rules/rules.json`)).text(), draft.json);
    assert.equal(await (await fetch(`${h.url}/rules/rules.json.sig`)).text(), draft.signature);
  } finally {
    await h.close();
  }
});

test('Publishing with a signature from another key is refused and names the signature field.', async () => {
  const h = await startHarness();
  try {
    const other = await generateSigningKeys();
    const draft = await signedDraft(RULES_V2, other.privateKeyPem);
    const response = await post(h, '/studio-api/publish', draft);
    assert.equal(response.status, 422);
    const body = await response.json() as { error: { code: string; field: string } };
    assert.equal(body.error.code, 'bad_signature');
    assert.equal(body.error.field, 'signature');
    assert.equal((await (await fetch(`${h.url}/studio-api/current`)).json() as { version: number }).version, 1);
  } finally {
    await h.close();
  }
});

test('Publishing JSON that is not what the source compiles to is refused.', async () => {
  const h = await startHarness();
  try {
    const draft = await signedDraft(RULES_V2, demoPem(h));
    const response = await post(h, '/studio-api/publish', { ...draft, source: RULES_V1 });
    assert.equal(response.status, 422);
    assert.equal((await response.json() as { error: { code: string } }).error.code, 'json_mismatch');
  } finally {
    await h.close();
  }
});

test('Publishing a source with errors is refused with its diagnostics.', async () => {
  const h = await startHarness();
  try {
    const draft = await signedDraft(RULES_V2, demoPem(h));
    const response = await post(h, '/studio-api/publish', { ...draft, source: RULES_V2.replace('lost_stolen_device', 'lost_stolen_devise') });
    assert.equal(response.status, 422);
    const body = await response.json() as { error: { code: string; field: string; diagnostics: { code: string }[] } };
    assert.equal(body.error.code, 'compile_errors');
    assert.equal(body.error.field, 'source');
    assert.ok(body.error.diagnostics.some((d) => d.code === 'unknown-intent'));
  } finally {
    await h.close();
  }
});

test('Publishing from a draft of an older version answers 409 Conflict.', async () => {
  const h = await startHarness();
  try {
    const draft = await signedDraft(RULES_V2, demoPem(h));
    assert.equal((await post(h, '/studio-api/publish', { ...draft, baseVersion: 1 })).status, 201);
    const stale = await post(h, '/studio-api/publish', { ...draft, baseVersion: 1 });
    assert.equal(stale.status, 409);
    assert.equal((await stale.json() as { error: { field: string } }).error.field, 'baseVersion');
  } finally {
    await h.close();
  }
});

test('A cross-origin publish is refused with 403 before the body is read.', async () => {
  const h = await startHarness();
  try {
    const draft = await signedDraft(RULES_V2, demoPem(h));
    const evil = await post(h, '/studio-api/publish', draft, { Origin: 'https://evil.example' });
    assert.equal(evil.status, 403);
    assert.equal((await evil.json() as { error: { code: string } }).error.code, 'cross_origin');
    const noOrigin = await fetch(`${h.url}/studio-api/publish`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(draft) });
    assert.equal(noOrigin.status, 403);
    const nullOrigin = await post(h, '/studio-api/publish', draft, { Origin: 'null' });
    assert.equal(nullOrigin.status, 403);
  } finally {
    await h.close();
  }
});

test('Malformed publish bodies get a 4xx JSON error naming the field.', async () => {
  const h = await startHarness();
  try {
    const draft = await signedDraft(RULES_V2, demoPem(h));
    const cases: [unknown, number, string][] = [
      ['', 400, 'body'],
      ['{not json', 400, 'body'],
      [[], 400, 'body'],
      [{ json: draft.json, signature: draft.signature }, 400, 'source'],
      [{ ...draft, source: 42 }, 400, 'source'],
      [{ ...draft, json: '   ' }, 400, 'json'],
      [{ ...draft, signature: 'not base64 !' }, 400, 'signature'],
      [{ ...draft, signature: 'A'.repeat(5000) }, 413, 'signature'],
      [{ ...draft, baseVersion: -1 }, 400, 'baseVersion'],
      [{ ...draft, __proto__x: 1 }, 400, '__proto__x'],
      [{ ...draft, json: '{"a":' }, 400, 'json'],
    ];
    for (const [body, status, field] of cases) {
      const response = await post(h, '/studio-api/publish', body);
      assert.equal(response.status, status, JSON.stringify(body).slice(0, 80));
      assert.equal((await response.json() as { error: { field: string } }).error.field, field, JSON.stringify(body).slice(0, 80));
    }
    const wrongType = await post(h, '/studio-api/publish', JSON.stringify(draft), { 'Content-Type': 'text/plain' });
    assert.equal(wrongType.status, 415);
  } finally {
    await h.close();
  }
});

test('A body over the size limit is refused with 413 without being buffered.', async () => {
  const h = await startHarness();
  try {
    const response = await post(h, '/studio-api/publish', JSON.stringify({ source: 'x'.repeat(13 * 1024 * 1024) }));
    assert.equal(response.status, 413);
    assert.equal((await response.json() as { error: { field: string } }).error.field, 'body');
  } finally {
    await h.close();
  }
});

test('Rolling back republishes an earlier version as a new one and keeps the history.', async () => {
  const h = await startHarness();
  try {
    const v1json = await (await fetch(`${h.url}/rules/rules.json`)).text();
    assert.equal((await post(h, '/studio-api/publish', await signedDraft(RULES_V2, demoPem(h)))).status, 201);
    const response = await post(h, '/studio-api/rollback', { version: 1 });
    assert.equal(response.status, 201);
    assert.deepEqual(await response.json().then((b) => { const r = b as { version: number; rolledBackFrom: number }; return [r.version, r.rolledBackFrom]; }), [3, 1]);
    assert.equal(await (await fetch(`${h.url}/rules/rules.json`)).text(), v1json);
    const versions = await (await fetch(`${h.url}/studio-api/versions`)).json() as { current: number; versions: { version: number; rolledBackFrom: number | null }[] };
    assert.equal(versions.current, 3);
    assert.deepEqual(versions.versions.map((v) => [v.version, v.rolledBackFrom]), [[3, 1], [2, null], [1, null]]);
  } finally {
    await h.close();
  }
});

test('Rolling back to a version that does not exist, or with a bad body, is a 4xx naming "version".', async () => {
  const h = await startHarness();
  try {
    for (const [body, status] of [[{ version: 99 }, 404], [{ version: 0 }, 400], [{ version: '1' }, 400], [{}, 400], [{ version: 1.5 }, 400]] as const) {
      const response = await post(h, '/studio-api/rollback', body);
      assert.equal(response.status, status, JSON.stringify(body));
      assert.equal((await response.json() as { error: { field: string } }).error.field, 'version');
    }
  } finally {
    await h.close();
  }
});

test('Wrong methods get 405 with an Allow header, unknown endpoints 404, other paths are left alone.', async () => {
  const h = await startHarness();
  try {
    const get = await fetch(`${h.url}/studio-api/publish`, { headers: { Origin: h.url } });
    assert.equal(get.status, 405);
    assert.equal(get.headers.get('allow'), 'POST');
    const put = await fetch(`${h.url}/rules/rules.json`, { method: 'PUT', headers: { Origin: h.url } });
    assert.equal(put.status, 405);
    assert.equal((await fetch(`${h.url}/studio-api/nope`, { headers: { Origin: h.url } })).status, 404);
    const other = await fetch(`${h.url}/somewhere-else`);
    assert.equal(await other.text(), 'not handled');
  } finally {
    await h.close();
  }
});

test('A missing example rule set is a clear startup error.', async () => {
  const { createRulesService } = await import('../../../server/rules/index.ts');
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'clearline-rules-'));
  await assert.rejects(createRulesService({ dataDir: dir, exampleRulesPath: join(dir, 'missing.yaml') }), /missing\.yaml is missing/);
  assert.ok(existsSync(join(dir, 'keys', 'private.pem')));
});

test('Two drafts based on the same version published at once: one goes live, the other gets 409.', async () => {
  const h = await startHarness();
  try {
    const a = await signedDraft(RULES_V2, demoPem(h));
    const b = await signedDraft(RULES_V2.replace('and the UK', 'and Switzerland'), demoPem(h));
    const statuses = (await Promise.all([post(h, '/studio-api/publish', { ...a, baseVersion: 1 }), post(h, '/studio-api/publish', { ...b, baseVersion: 1 })])).map((r) => r.status).sort();
    assert.deepEqual(statuses, [201, 409]);
    const versions = await (await fetch(`${h.url}/studio-api/versions`)).json() as { versions: unknown[] };
    assert.equal(versions.versions.length, 2);
  } finally {
    await h.close();
  }
});
