/**
 * Incremental parser for `text/event-stream` (the WHATWG event-stream format): feed it chunks of
 * text as they arrive, get complete events back. Pure; shared by the widget's and the desk's
 * fetch-based event readers (which can send `Authorization` and `Last-Event-ID`, unlike EventSource).
 */
export interface ParsedSseEvent {
  event: string;
  data: string;
  id: string | null;
  retry: number | null;
}

export class SseParser {
  private buffer = '';
  private data: string[] = [];
  private event = '';
  private id: string | null = null;
  private retry: number | null = null;
  private seenField = false;

  /** Parses one chunk; returns the events it completed. */
  push(chunk: string): ParsedSseEvent[] {
    this.buffer += chunk;
    const out: ParsedSseEvent[] = [];
    let start = 0;
    for (;;) {
      const match = /\r\n|\r|\n/.exec(this.buffer.slice(start));
      if (!match) break;
      // A lone '\r' at the very end could be the first half of '\r\n': wait for more input.
      if (match[0] === '\r' && start + match.index + 1 === this.buffer.length) break;
      const line = this.buffer.slice(start, start + match.index);
      start += match.index + match[0].length;
      const event = this.line(line);
      if (event) out.push(event);
    }
    this.buffer = this.buffer.slice(start);
    return out;
  }

  private line(line: string): ParsedSseEvent | null {
    if (line === '') {
      if (!this.seenField) return null;
      const event: ParsedSseEvent = { event: this.event || 'message', data: this.data.join('\n'), id: this.id, retry: this.retry };
      this.data = [];
      this.event = '';
      this.retry = null;
      this.seenField = false;
      return event;
    }
    if (line.startsWith(':')) return null;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'data': this.data.push(value); this.seenField = true; break;
      case 'event': this.event = value; this.seenField = true; break;
      case 'id': if (!value.includes('\0')) this.id = value; this.seenField = true; break;
      case 'retry': if (/^\d+$/.test(value)) this.retry = Number(value); break;
      default: break;
    }
    return null;
  }
}
