/**
 * A realistic large rules file for the validation benchmark: the shipped example rule set with
 * generated routing rules (4 locales each) inserted before `privacy:` until it has `targetLines` lines.
 */
import { readFileSync } from 'node:fs';

export function generateRulesFile(examplePath: string, targetLines: number, intents: readonly string[], queues: readonly string[]): string {
  const example = readFileSync(examplePath, 'utf8').replace(/\n+$/, '\n');
  const lines = example.split('\n');
  const insertAt = lines.findIndex((l) => /^privacy:/.test(l));
  if (insertAt < 0) throw new Error(`${examplePath} has no privacy: section to insert rules before.`);
  const generated: string[] = [];
  for (let n = 0; lines.length + generated.length < targetLines; n++) {
    const intent = intents[n % intents.length]!;
    const queue = queues[n % queues.length]!;
    generated.push(
      `  - id: generated-route-${n}`,
      `    description: Generated routing rule ${n} for the validation benchmark.`,
      '    when:',
      `      intent: ${intent}`,
      `      page: { plan: plan-${n} }`,
      '    then:',
      `      handoff: { queue: ${queue}, priority: normal }`,
      '    explain:',
      `      en: A person from the ${queue} team helps with plan ${n}.`,
      `      de: Eine Person aus dem Team ${queue} hilft bei Tarif ${n}.`,
      `      fr: Une personne de l'équipe ${queue} vous aide pour le forfait ${n}.`,
      `      es: Una persona del equipo ${queue} le ayuda con el plan ${n}.`,
    );
  }
  const out = [...lines.slice(0, insertAt), ...generated, ...lines.slice(insertAt)];
  return out.join('\n').replace(/\n*$/, '\n');
}
