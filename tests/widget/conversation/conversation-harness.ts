/** Builds a real Conversation on a real worker (no UI), as the panel does, for the conversation tests. */
import { Conversation } from '../../../widget/src/conversation/conversation.ts';
import { TranscriptStore } from '../../../widget/src/conversation/transcript-store.ts';
import { WorkerHost, startWorker } from '../../../widget/src/panel/worker-host.ts';
import { resolveAssetUrls } from '../../../widget/src/assets.ts';
import { uiStrings } from '../../../widget/src/i18n/strings.ts';
import type { PanelNotice } from '../../../widget/src/panel-contract.ts';
import type { RulesInput } from '../../../widget/src/worker/protocol.ts';

export const STORE_KEY = 'clearline:test:conversation';

export interface Harness {
  conversation: Conversation;
  host: WorkerHost;
  notices: PanelNotice[];
  dispose(): void;
}

export function createHarness(options: { rules?: RulesInput | null; model?: 'none' | 'real' | 'broken'; workerUrl?: string; callTimeoutMs?: number } = {}): Harness {
  const assets = resolveAssetUrls(null);
  const notices: PanelNotice[] = [];
  let conversation: Conversation | null = null;
  const modelBaseUrl = options.model === 'real' ? assets.modelBaseUrl : options.model === 'broken' ? new URL('/no-such-model-folder/', location.href).href : null;
  const host = new WorkerHost({
    workerUrl: options.workerUrl ?? assets.workerModule,
    initOptions: () => ({ locale: 'en', rules: options.rules ?? null, modelBaseUrl, wasmBaseUrl: assets.wasmBaseUrl, replay: conversation?.replayTexts() ?? [] }),
    callTimeoutMs: options.callTimeoutMs ?? 15000,
    restartLimit: 3,
    onRestart: (init) => conversation?.workerRestarted(init),
    createWorker: startWorker,
  });
  conversation = new Conversation({
    worker: host,
    handoff: null,
    store: TranscriptStore.sessionStorage(STORE_KEY),
    strings: () => uiStrings('en'),
    locale: () => 'en',
    page: () => ({ plan: 'consumer' }),
    notify: (n) => notices.push(n),
    maxMessageChars: 2000,
    defaultRetentionDays: 1,
  });
  return { conversation, host, notices, dispose: () => { conversation!.dispose(); host.dispose(); } };
}
