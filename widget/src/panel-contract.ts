/**
 * Types only: the contract between `<clearline-widget>` (launcher bundle) and the lazily loaded panel
 * module. They are built separately, so they share no classes — only these shapes.
 */
import type { EmbedConfig } from './config.ts';
import type { AssetUrls } from './assets.ts';
import type { RulesBundle } from '../../core/rules/types.ts';
import type { MessageSentDetail } from './events/clearline-message-sent-event.ts';
import type { HandoffDetail } from './events/clearline-handoff-event.ts';
import type { ClearlineErrorDetail } from './events/clearline-error-event.ts';

export type PanelNotice =
  | { type: 'message-sent'; detail: MessageSentDetail }
  | { type: 'handoff'; detail: HandoffDetail }
  | { type: 'error'; detail: ClearlineErrorDetail };

export interface PanelHost {
  /** The widget turns these into its typed DOM events. */
  notify(notice: PanelNotice): void;
  /** The panel's close button and Escape. */
  requestClose(): void;
}

export interface PanelOptions {
  config: EmbedConfig;
  assets: AssetUrls;
  /** An already-compiled bundle (studio live preview); wins over `config.rulesUrl`. */
  rules: RulesBundle | null;
  /** Preview mode: nothing is stored and nothing is sent to a server. */
  preview: boolean;
  host: PanelHost;
}

export interface PanelElement extends HTMLElement {
  options: PanelOptions | null;
  focusFirst(): void;
  setContext(context: Readonly<Record<string, string>>): void;
  setLocale(locale: string): void;
  setRules(rules: RulesBundle | null): void;
  deleteData(): Promise<void>;
  dispose(): void;
}

export interface PanelModule {
  /** Defines the panel's custom element (once) and returns its tag name. */
  definePanel(): string;
}
