/**
 * `npm run bench`: every benchmark in turn. Each one measures Clearline against a named peer in the
 * same run and writes its figures to `bench/results/<name>.json`.
 */
import { spawnSync } from 'node:child_process';

const BENCHES = Object.freeze(['pii', 'intent', 'rules', 'handoff', 'widget', 'studio']);
const only = process.argv.slice(2);
for (const name of only) {
  if (!BENCHES.includes(name)) {
    console.error(`Unknown benchmark "${name}"; choose from ${BENCHES.join(', ')}.`);
    process.exit(2);
  }
}

const failed: string[] = [];
for (const name of only.length ? only : BENCHES) {
  console.log(`\n## bench:${name}\n`);
  const result = spawnSync('npm', ['run', '-s', `bench:${name}`], { stdio: 'inherit' });
  if (result.status !== 0) failed.push(name);
}
if (failed.length) {
  console.error(`\nThese benchmarks failed: ${failed.join(', ')}`);
  process.exit(1);
}
