/** `rules keygen`, `rules sign`, `rules verify`. */
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { generateSigningKeys, loadRulesBundle, signBundle } from '../../core/rules/index.ts';
import type { Io } from './rules-compile.ts';

const exists = (path: string) => access(path).then(() => true, () => false);

export async function keygenCommand(outDir: string, force: boolean, io: Io): Promise<number> {
  const dir = resolve(outDir);
  const privatePath = join(dir, 'private.pem');
  const publicPath = join(dir, 'public.pem');
  if (!force && (await exists(privatePath))) {
    io.err(`${privatePath} already exists; pass --force to replace it (the old key can then no longer sign).`);
    return 1;
  }
  const keys = await generateSigningKeys();
  await mkdir(dir, { recursive: true });
  await writeFile(privatePath, keys.privateKeyPem, { mode: 0o600 });
  await writeFile(publicPath, keys.publicKeyPem, { mode: 0o644 });
  io.out(`Wrote ${privatePath} (keep it secret, never commit it) and ${publicPath}.`);
  io.out('Public key for the widget embed (data-rules-key):');
  io.out(keys.publicKey);
  return 0;
}

export async function signCommand(file: string, keyFile: string, output: string | undefined, io: Io): Promise<number> {
  const [json, pem] = await Promise.all([readFile(file, 'utf8'), readFile(keyFile, 'utf8')]);
  const signature = await signBundle(json, pem);
  const target = output ?? `${file}.sig`;
  await writeFile(target, `${signature}\n`, 'utf8');
  io.out(`Wrote ${target}`);
  return 0;
}

export async function verifyCommand(file: string, key: string, sigFile: string | undefined, io: Io): Promise<number> {
  const json = await readFile(file, 'utf8');
  const publicKey = (await exists(key)) ? await readFile(key, 'utf8') : key;
  const sigPath = sigFile ?? `${file}.sig`;
  const signature = (await exists(sigPath)) ? (await readFile(sigPath, 'utf8')).trim() : null;
  const result = await loadRulesBundle({ json, signature, publicKey });
  if (!result.verified) {
    io.err(result.warning ?? 'The bundle was refused.');
    return 1;
  }
  io.out(`${file}: signature, hash, expiry and schema OK (hash ${result.bundle.hash.slice(0, 12)}…, ${result.bundle.rules.length} rules)`);
  return 0;
}
