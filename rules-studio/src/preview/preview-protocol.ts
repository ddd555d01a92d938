/** Messages from the studio to its preview frames (same origin only). */
import type { RulesBundle } from '../../../core/rules/types.ts';

export const PREVIEW_MESSAGE = 'clearline-studio-preview';

export interface PreviewMessage { type: typeof PREVIEW_MESSAGE; bundle: RulesBundle; locale: string; seq: number }

/** Posted back by a frame once the widget shows a given update. */
export interface PreviewAck { type: 'clearline-studio-preview-ack'; seq: number }

export function isPreviewMessage(value: unknown): value is PreviewMessage {
  const v = value as Partial<PreviewMessage> | null;
  return !!v && v.type === PREVIEW_MESSAGE && typeof v.locale === 'string' && typeof v.seq === 'number' && !!v.bundle && typeof v.bundle === 'object';
}
