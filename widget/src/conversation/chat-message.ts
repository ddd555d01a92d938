import type { MarkdownToken } from '../../../core/rules/markdown.ts';

export type Author = 'customer' | 'assistant' | 'person' | 'system';
/** Delivery of a customer message: `local` = stayed on the device (answered by the assistant). */
export type Delivery = 'local' | 'pending-model' | 'queued' | 'sending' | 'sent' | 'failed';

export interface WhyInfo {
  intent: string | null;
  confidence: number | null;
  rule: string | null;
  explanation: string;
}

/** One line of the transcript. Customer text is raw (it never leaves the device); `scrubbed` is what would. */
export interface ChatMessage {
  id: string;
  author: Author;
  at: number;
  text: string;
  kind: 'message' | 'disclosure' | 'answer' | 'clarify' | 'notice' | 'bot-answer' | 'status' | 'error';
  tokens?: MarkdownToken[];
  scrubbed?: string;
  piiTypes?: string[];
  delivery?: Delivery;
  why?: WhyInfo;
  options?: { intent: string; label: string }[];
  links?: { label: string; href: string }[];
  quickReplies?: string[];
  feedback?: 'unhelpful' | 'disagreed';
  agent?: string | null;
}
