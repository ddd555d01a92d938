/** Wire types of `clearline-handoff/1` (see docs/handoff-protocol.md). Every text is already scrubbed. */

export type Priority = 'low' | 'normal' | 'high' | 'urgent';
export type CaseStatus = 'waiting' | 'active' | 'closed';
export type Author = 'customer' | 'agent';

/** One message as the widget sends it: a client-generated id makes a retry idempotent. */
export interface OutgoingMessage {
  id: string;
  text: string;
}

/** `POST /handoff/v1/cases`: open a case. */
export interface OpenCaseRequest {
  /** Client-generated case id; retrying the same open returns the same case. */
  id: string;
  /** Scrubbed messages so far (or only the last one, per the rules' privacy setting). */
  messages: OutgoingMessage[];
  decision: {
    rule: string | null;
    explanation: string;
    intent: string | null;
    confidence: number | null;
  };
  queue: string;
  priority: Priority;
  locale: string;
  page: Record<string, string>;
}

export interface OpenCaseResponse {
  protocol: string;
  reference: string;
  /** Bearer credential for every customer-side call on this case; never shown to agents. */
  caseSecret: string;
  status: CaseStatus;
  /** Ids of the messages the server holds for this case, in order. */
  messageIds: string[];
  created: boolean;
}

export interface AppendMessageResponse {
  protocol: string;
  id: string;
  seq: number;
  duplicate: boolean;
}

export interface StoredMessage {
  id: string;
  seq: number;
  author: Author;
  text: string;
  agent: string | null;
  createdAt: string;
}

/** Events the customer receives (SSE `event:` names / `type` in long polling). */
export type CustomerEventType = 'agent-joined' | 'agent-reply' | 'agent-left' | 'case-closed';
/** Events the agent desk receives, in addition to the customer events. */
export type DeskEventType = CustomerEventType | 'case-opened' | 'customer-message' | 'case-erased';

export interface HandoffEvent {
  /** Monotonic event id (SSE `id:`), used for `Last-Event-ID` resume. */
  id: number;
  type: DeskEventType;
  reference: string;
  data: Record<string, unknown>;
  createdAt: string;
}

export interface PollResponse {
  protocol: string;
  events: HandoffEvent[];
  lastEventId: number;
  status: CaseStatus;
}

export interface EraseResponse {
  protocol: string;
  reference: string;
  deleted: { case: boolean; messages: number; events: number };
}

export interface CaseSummary {
  reference: string;
  status: CaseStatus;
  queue: string;
  priority: Priority;
  rule: string | null;
  intent: string | null;
  confidence: number | null;
  locale: string;
  agent: string | null;
  messageCount: number;
  lastMessage: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface CaseDetail extends CaseSummary {
  explanation: string;
  page: Record<string, string>;
  messages: StoredMessage[];
  /** The open request exactly as the server received it (JSON text). */
  received: string;
}

export interface QueueSummary {
  queue: string;
  waiting: number;
  active: number;
  byPriority: Record<Priority, number>;
}

export interface HandoffErrorBody {
  error: { code: string; message: string; field: string | null };
}
