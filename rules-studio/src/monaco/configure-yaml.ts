/**
 * Binds monaco-yaml to the rules JSON Schema: completion, hover and validation as you type, computed in
 * the YAML worker. Returns a handle to swap the schema (when the file's locales or queues change) and to
 * dispose everything.
 */
import { configureMonacoYaml, type MonacoYamlOptions } from 'monaco-yaml';
import type { Monaco } from './monaco.ts';
import { withLegacyWorkers } from './legacy-web-worker.ts';
import { createMonacoWorker } from './environment.ts';

export const RULES_SCHEMA_URI = 'https://clearline.invalid/schemas/rules.schema.json';

export interface YamlSupport {
  setSchema(schema: object): Promise<void>;
  dispose(): void;
}

export function configureRulesYaml(monaco: Monaco, schema: object): YamlSupport {
  const options = (s: object): MonacoYamlOptions => ({
    enableSchemaRequest: false,
    hover: true,
    completion: true,
    validate: true,
    format: { enable: true },
    schemas: [{ uri: RULES_SCHEMA_URI, fileMatch: ['*'], schema: s as MonacoYamlOptions['schemas'] extends (infer T)[] | undefined ? T extends { schema?: infer S } ? S : never : never }],
  });
  const yaml = configureMonacoYaml(withLegacyWorkers(monaco, createMonacoWorker) as never, options(schema));
  return {
    setSchema: (next) => yaml.update(options(next)),
    dispose: () => (yaml as unknown as { dispose(): void }).dispose(),
  };
}
