/**
 * The safe Markdown subset of notices and answers, rendered to a token list (not HTML) so the
 * widget can build DOM nodes with Lit without ever parsing markup. Supported: paragraphs, line
 * breaks, `- ` bullets, **bold**, *italic*, `code`, [label](href) with https:, tel: or mailto: only.
 * Unsafe links keep their label as plain text.
 */
export type MarkdownToken =
  | { type: 'text'; text: string }
  | { type: 'bold'; text: string }
  | { type: 'italic'; text: string }
  | { type: 'code'; text: string }
  | { type: 'link'; text: string; href: string }
  | { type: 'break' }
  | { type: 'paragraph' }
  | { type: 'bullet' };

const CONTROL = /[\u0000-\u001f\u007f\s]/;

/** Whether a link target is allowed: https:// URLs, tel: numbers and mailto: addresses. */
export function isSafeHref(href: string): boolean {
  if (typeof href !== 'string' || href.length > 2000) return false;
  if (/^https:\/\//i.test(href)) {
    if (CONTROL.test(href)) return false;
    try {
      const url = new URL(href);
      return url.protocol === 'https:' && url.hostname.length > 0 && !url.username && !url.password;
    } catch {
      return false;
    }
  }
  if (/^tel:/i.test(href)) return /^tel:\+?[0-9][0-9\-.() ]{2,30}$/i.test(href);
  if (/^mailto:/i.test(href)) return /^mailto:[^\s<>"'`()]+@[^\s<>"'`()]+\.[^\s<>"'`()]+$/i.test(href);
  return false;
}

const INLINE = /\[([^\]\n]{1,300})\]\(([^)\s]{0,2000})\)|\*\*([^*\n]+)\*\*|\*([^*\n]+)\*|_([^_\n]+)_|`([^`\n]+)`/g;

function inline(line: string, out: MarkdownToken[]): void {
  let last = 0;
  for (const m of line.matchAll(INLINE)) {
    if (m.index! > last) out.push({ type: 'text', text: line.slice(last, m.index) });
    if (m[1] !== undefined) {
      if (isSafeHref(m[2]!)) out.push({ type: 'link', text: m[1], href: m[2]! });
      else out.push({ type: 'text', text: m[1] });
    } else if (m[3] !== undefined) out.push({ type: 'bold', text: m[3] });
    else if (m[4] !== undefined) out.push({ type: 'italic', text: m[4] });
    else if (m[5] !== undefined) out.push({ type: 'italic', text: m[5] });
    else out.push({ type: 'code', text: m[6]! });
    last = m.index! + m[0].length;
  }
  if (last < line.length) out.push({ type: 'text', text: line.slice(last) });
}

/** Renders the safe Markdown subset into tokens; never produces HTML. */
export function renderSafeMarkdown(text: string): MarkdownToken[] {
  const out: MarkdownToken[] = [];
  if (typeof text !== 'string') return out;
  const lines = text.replace(/\r\n?/g, '\n').trim().split('\n');
  let pendingBreak = false;
  let blank = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) {
      blank = true;
      continue;
    }
    const bullet = /^[-*]\s+/.exec(line);
    if (out.length) {
      if (blank) out.push({ type: 'paragraph' });
      else if (pendingBreak || bullet) out.push({ type: 'break' });
    }
    blank = false;
    pendingBreak = true;
    if (bullet) {
      out.push({ type: 'bullet' });
      inline(line.slice(bullet[0].length), out);
    } else inline(line, out);
  }
  return out;
}

/** Links in a Markdown text whose target is not allowed, with offsets into the text. */
export function findUnsafeLinks(text: string): { label: string; href: string; start: number; end: number }[] {
  const found = [];
  for (const m of text.matchAll(INLINE)) {
    if (m[1] !== undefined && !isSafeHref(m[2]!)) found.push({ label: m[1], href: m[2]!, start: m.index!, end: m.index! + m[0].length });
  }
  return found;
}

/** The text with every unsafe link replaced by its label. */
export function stripUnsafeLinks(text: string): string {
  return text.replace(INLINE, (whole, label?: string, href?: string) => (label !== undefined && !isSafeHref(href!) ? label : whole));
}
