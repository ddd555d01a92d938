/** `rules check` and `rules compile`: read rules.yaml, print diagnostics, write rules.json. */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { compileRules, formatDiagnostic, RULES_LIMITS, type CompileResult } from '../../core/rules/index.ts';
import { loadRuleLabels } from './rules-labels.ts';

export interface Io { out: (line: string) => void; err: (line: string) => void }

/** Reads a rules file with a size check before reading it whole. */
export async function readRulesFile(file: string): Promise<string> {
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    throw new Error(`Cannot read ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  });
  if (!info.isFile()) throw new Error(`${file} is not a file.`);
  // Characters ≤ bytes; allow 4 bytes per character before refusing unread.
  if (info.size > RULES_LIMITS.maxSourceChars * 4) throw new Error(`${file} is ${(info.size / 1e6).toFixed(1)} MB; rules files are limited to ${(RULES_LIMITS.maxSourceChars / 1e6).toFixed(1)} MB.`);
  return readFile(file, 'utf8');
}

export async function compileFile(file: string, modelDir: string | undefined): Promise<CompileResult> {
  const [source, { labels }] = await Promise.all([readRulesFile(file), loadRuleLabels(modelDir)]);
  return compileRules(source, { labels, fileName: file });
}

const summary = (result: CompileResult) => {
  const count = (s: string) => result.diagnostics.filter((d) => d.severity === s).length;
  return `${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} info`;
};

export async function checkCommand(file: string, modelDir: string | undefined, io: Io): Promise<number> {
  const result = await compileFile(file, modelDir);
  for (const d of result.diagnostics) io.out(formatDiagnostic(d, file));
  io.err(`${file}: ${summary(result)}`);
  return result.bundle ? 0 : 1;
}

export async function compileCommand(file: string, output: string, modelDir: string | undefined, io: Io): Promise<number> {
  const result = await compileFile(file, modelDir);
  for (const d of result.diagnostics) io.err(formatDiagnostic(d, file));
  if (!result.bundle) {
    io.err(`${file}: not compiled (${summary(result)})`);
    return 1;
  }
  const json = `${JSON.stringify(result.bundle, null, 2)}\n`;
  await writeFile(output, json, 'utf8');
  io.out(`Wrote ${output} (${Buffer.byteLength(json)} bytes, ${result.bundle.rules.length} rules, hash ${result.bundle.hash.slice(0, 12)}…)`);
  return 0;
}
