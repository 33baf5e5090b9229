/**
 * `npm run bench [-- name...]`: runs every bench/<name>.bench.ts (or the ones named), one at a time
 * in its own process so no benchmark's heap or JIT state leaks into the next. Each benchmark prints
 * its figures with the ratio against the baseline it runs side by side, and writes
 * bench/results/<name>.json.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = __dirname;
// Names choose benchmarks; flags (`--size N1k`) go to every benchmark run.
const args = process.argv.slice(2);
const flags: string[] = [];
const wanted: string[] = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg.startsWith('--')) {
    flags.push(arg);
    if (args[i + 1] !== undefined && !args[i + 1]!.startsWith('--') && !arg.includes('=')) flags.push(args[++i]!);
  } else wanted.push(arg);
}
const all = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.slice(0, -'.bench.ts'.length))
  .sort();
const chosen = wanted.length ? all.filter((name) => wanted.includes(name)) : all;
const unknown = wanted.filter((name) => !all.includes(name));
if (unknown.length) {
  console.error(`No benchmark named ${unknown.join(', ')}. There are: ${all.join(', ')}`);
  process.exit(2);
}

let failed = 0;
for (const name of chosen) {
  console.log(`\n=== ${name}`);
  const started = Date.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(dir, `${name}.bench.ts`), ...flags], { stdio: 'inherit' });
  console.log(`=== ${name}: ${result.status === 0 ? 'done' : `FAILED (exit ${result.status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
