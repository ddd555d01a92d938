/**
 * Snippets offered by completion where a new block starts: a rule under `rules:`, a test under `tests:`,
 * an answer under `answers:`. Every locale of the file gets its translation placeholder.
 */

export interface Snippet { label: string; detail: string; documentation: string; insertText: string }

const choice = (values: readonly string[], fallback: string): string =>
  values.length ? `|${values.map((v) => v.replace(/[|,$}\\]/g, '')).join(',')}|` : `:${fallback}`;

/** The top-level section (`rules`, `tests`, ...) the 1-based line belongs to, or null. */
export function sectionAt(lines: readonly string[], line: number): string | null {
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
    const match = /^([A-Za-z_][\w-]*)\s*:/.exec(lines[i] ?? '');
    if (match) return match[1]!;
  }
  return null;
}

export function snippetsFor(section: string | null, options: { labels: readonly string[]; locales: readonly string[]; queues: readonly string[] }): Snippet[] {
  const locales = options.locales.length ? options.locales : ['en'];
  const intents = choice(options.labels.filter((l) => l !== 'out_of_scope'), 'billing_question');
  const queues = choice(options.queues.length ? options.queues : ['general'], 'general');
  if (section === 'rules') {
    let n = 4;
    const explain = locales.map((l) => `    ${l}: \${${++n}:We're connecting you to a person because ...}`).join('\n');
    return [{
      label: 'rule: hand off an intent',
      detail: 'New escalation rule',
      documentation: 'A rule that hands customers with this intent to a person, with the explanation they will see.',
      insertText: `- id: \${1:new-rule}\n  when:\n    intent: \${2${intents}}\n  then:\n    handoff:\n      queue: \${3${queues}}\n      priority: \${4|normal,low,high,urgent|}\n  explain:\n${explain}\n`,
    }];
  }
  if (section === 'tests') {
    return [{
      label: 'test: example message',
      detail: 'New test case',
      documentation: 'An example customer message and the decision you expect.',
      insertText: `- name: \${1:what this checks}\n  message: \${2:My phone was stolen}\n  locale: \${3${choice(locales, 'en')}}\n  expect:\n    action: \${4|handoff,answer,clarify,notice|}\n`,
    }];
  }
  if (section === 'answers') {
    let n = 1;
    const body = locales.map((l) => `  ${l}:\n    text: \${${++n}:...}`).join('\n');
    return [{
      label: 'answer: for an intent',
      detail: 'New self-service answer',
      documentation: 'An answer per language for one intent.',
      insertText: `\${1${intents}}:\n${body}\n`,
    }];
  }
  return [];
}
