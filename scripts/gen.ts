/**
 * `npm run gen -- --size N10k|N1k --out <file> [--seed <text>]`: writes a synthetic notebook as a
 * Dossier backup file (see scripts/gen/notebook.ts), streamed line by line to disk.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { DEFAULT_SEED, SIZES, type NotebookSize } from './gen/notebook';
import { writeNotebook } from './gen/write';

function usage(message: string): never {
  console.error(`${message}\nUsage: npm run gen -- --size ${Object.keys(SIZES).join('|')} --out <file> [--seed <text>]`);
  process.exit(2);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const value = (flag: string) => {
    const at = args.indexOf(flag);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const size = value('--size');
  const out = value('--out');
  const seed = value('--seed') ?? DEFAULT_SEED;
  if (!size || !(size in SIZES)) usage(`--size must be one of ${Object.keys(SIZES).join(', ')}.`);
  if (!out) usage('--out <file> is required.');
  const started = Date.now();
  const stream = createWriteStream(resolve(out));
  const counts = await writeNotebook(stream, { size: size as NotebookSize, seed });
  stream.end();
  await once(stream, 'finish');
  console.log(`Wrote ${out}: ${Object.entries(counts).map(([t, n]) => `${n} ${t}`).join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
