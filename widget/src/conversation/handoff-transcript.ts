/**
 * What a handoff sends: the customer's scrubbed messages (never the raw text), all of them or only the
 * last one as the rules' `privacy.handoffTranscript` says, and at most the newest `max`.
 */
import type { ChatMessage } from './chat-message.ts';

export const MAX_HANDOFF_MESSAGES = 50;

export function handoffTranscript(
  messages: readonly ChatMessage[],
  setting: 'full' | 'last-message' | undefined,
  max: number = MAX_HANDOFF_MESSAGES,
): ChatMessage[] {
  const customer = messages.filter((m) => m.author === 'customer' && m.delivery !== 'failed' && m.scrubbed);
  return (setting === 'last-message' ? customer.slice(-1) : customer).slice(-max);
}
