/** Fills the demo page's template slots (the rules public key) at serve time. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const escapeAttribute = (value: string) =>
  value.replace(/[&"'<>]/g, (c) => ({ '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;' })[c] as string);

export async function renderDemoPage(demoDir: string, slots: { rulesPublicKey: string }): Promise<string> {
  const template = await readFile(join(demoDir, 'index.html'), 'utf8');
  return template.replaceAll('%RULES_PUBLIC_KEY%', escapeAttribute(slots.rulesPublicKey));
}
