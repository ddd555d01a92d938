/** A tiny valid rule set and helpers to run the rules service on a real local HTTP server. */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createRulesService, type RulesService } from '../../../server/rules/index.ts';
import { compileRules, signBundle, importPrivateKey } from '../../../core/rules/index.ts';
import { INTENT_LABELS } from '../../../core/intent/index.ts';

export const RULES_V1 = `version: 1
defaultLocale: en
locales: [en]
disclosure:
  en: You are chatting with an automated assistant.
answers:
  roaming:
    en:
      text: Roaming is included in the EU.
rules:
  - id: stolen-phone
    when:
      intent: lost_stolen_device
    then:
      handoff: { queue: fraud, priority: urgent }
    explain:
      en: A person will help because your phone was lost or stolen.
`;

export const RULES_V2 = RULES_V1.replace('Roaming is included in the EU.', 'Roaming is included in the EU and the UK.');

export interface Harness {
  url: string;
  dataDir: string;
  service: RulesService;
  close(): Promise<void>;
}

export async function startHarness(dataDir = mkdtempSync(join(tmpdir(), 'clearline-rules-'))): Promise<Harness> {
  const example = join(dataDir, 'example.yaml');
  writeFileSync(example, RULES_V1);
  const service = await createRulesService({ dataDir, exampleRulesPath: example, modelConfigPath: join(dataDir, 'no-model.json') });
  const server: Server = createServer((req, res) => {
    service.handle(req, res, new URL(req.url ?? '/', 'http://localhost')).then((handled) => {
      if (!handled) res.writeHead(404).end('not handled');
    }, (error: Error) => { res.writeHead(500).end(error.message); });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url, dataDir, service,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await service.close();
    },
  };
}

/** Compiles and signs `source` with the given PEM, as the studio does in the browser. */
export async function signedDraft(source: string, pem: string): Promise<{ source: string; json: string; signature: string }> {
  const { bundle, diagnostics } = compileRules(source, { labels: INTENT_LABELS });
  if (!bundle) throw new Error(`fixture does not compile: ${diagnostics.map((d) => d.message).join('; ')}`);
  const json = JSON.stringify(bundle);
  return { source, json, signature: await signBundle(json, await importPrivateKey(pem)) };
}

export function demoPem(h: Harness): string {
  return readFileSync(h.service.privateKeyPath, 'utf8');
}

/** POSTs JSON as a same-origin page would. */
export function post(h: Harness, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${h.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: h.url, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
