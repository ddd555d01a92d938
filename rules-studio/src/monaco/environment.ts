/**
 * Where Monaco's workers come from: both are bundled locally by Vite (`?worker`) and run off the main
 * thread. No worker script is ever fetched from another origin.
 */
import EditorWorker from './editor.worker.ts?worker';
import YamlWorker from './yaml.worker.ts?worker';

/** Builds the worker Monaco asks for by label. */
export function createMonacoWorker(label: string): Worker {
  return label === 'yaml' ? new YamlWorker({ name: 'clearline-yaml' }) : new EditorWorker({ name: 'clearline-editor' });
}

/** Installs `self.MonacoEnvironment` once. */
export function installMonacoEnvironment(): void {
  const scope = globalThis as unknown as { MonacoEnvironment?: { getWorker(id: string, label: string): Worker } };
  scope.MonacoEnvironment ??= { getWorker: (_id, label) => createMonacoWorker(label) };
}
