/**
 * Adapts monaco-editor 0.57's `editor.createWebWorker({ worker })` to the older
 * `{ moduleId, label, createData }` call that monaco-worker-manager (inside monaco-yaml) still makes.
 * Without this the YAML worker is never started and schema validation silently does nothing.
 */
import type { Monaco } from './monaco.ts';

type MonacoEditorApi = Monaco['editor'];
type WebWorker = ReturnType<MonacoEditorApi['createWebWorker']>;

export interface LegacyWebWorkerOptions {
  moduleId?: string;
  label?: string;
  createData?: unknown;
  host?: Record<string, Function>;
  keepIdleModels?: boolean;
  worker?: Worker | Promise<Worker>;
}

/** Returns a `createWebWorker` that accepts both call shapes; `createWorker(label)` builds the real Worker. */
export function legacyCreateWebWorker(
  editorApi: MonacoEditorApi,
  createWorker: (label: string) => Worker,
): (options: LegacyWebWorkerOptions) => WebWorker {
  return (options) => {
    if (options.worker) {
      return editorApi.createWebWorker({ worker: options.worker, host: options.host, keepIdleModels: options.keepIdleModels });
    }
    const worker = createWorker(options.label ?? 'editorWorkerService');
    // monaco-worker-manager's worker waits for one wake-up message, then reads its createData from the next.
    worker.postMessage('ignore');
    worker.postMessage(options.createData ?? {});
    return editorApi.createWebWorker({ worker, host: options.host, keepIdleModels: options.keepIdleModels });
  };
}

/** A Monaco API object whose `editor.createWebWorker` understands the legacy options. */
export function withLegacyWorkers(monaco: Monaco, createWorker: (label: string) => Worker): Monaco {
  const editor = { ...monaco.editor, createWebWorker: legacyCreateWebWorker(monaco.editor, createWorker) };
  return { ...monaco, editor } as unknown as Monaco;
}
