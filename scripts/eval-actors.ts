/**
 * `npm run eval:actors -- [folder...]`: scores the actor and speaker suggestions against every
 * <name>.txt (or .html, scored on the article the clipper extracts) with its <name>.labels.json in the folders (default: ../shared/corpus/seed/,
 * tests/fixtures/labelled/, tests/fixtures/labelled-dev/ and tests/fixtures/labelled-heldout/ — the held-out set was labelled
 * before the engine ran on it and is for measuring, not for tuning rules). Prints actor precision and recall (people and organisations; places
 * apart) and speaker accuracy, per file and overall, and writes bench/results/actors.json.
 * `--out <file>` writes the JSON elsewhere.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { suggest } from '../shared/suggest';
import { suggestionText } from './lib/input-text';
import { combine, scoreFile, type FileScore, type Labels } from './lib/actor-eval';

const root = resolve(__dirname, '..');
const args = process.argv.slice(2);
let out = join(root, 'bench/results/actors.json');
const folders: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--out') out = resolve(args[++i] ?? out);
  else folders.push(resolve(args[i]!));
}
if (!folders.length) {
  const seed = resolve(root, '../shared/corpus/seed');
  if (existsSync(seed)) folders.push(seed);
  else console.log(`(skipping ${seed}: the acceptance corpus is not on this machine)`);
  folders.push(join(root, 'tests/fixtures/labelled'), join(root, 'tests/fixtures/labelled-dev'), join(root, 'tests/fixtures/labelled-heldout'));
}

const files: FileScore[] = [];
for (const folder of folders) {
  if (!existsSync(folder)) {
    console.error(`No folder ${folder}`);
    process.exit(2);
  }
  for (const name of readdirSync(folder).filter((f) => f.endsWith('.labels.json')).sort()) {
    const labels = JSON.parse(readFileSync(join(folder, name), 'utf8')) as Labels;
    const stem = name.replace(/\.labels\.json$/, '');
    const txt = join(folder, labels.file ?? (existsSync(join(folder, `${stem}.txt`)) ? `${stem}.txt` : `${stem}.html`));
    if (!existsSync(txt)) {
      console.error(`${name}: no ${basename(txt)} beside it; skipped`);
      continue;
    }
    const score = scoreFile({ ...labels, file: join(basename(folder), basename(txt)) }, suggest(suggestionText(txt)));
    files.push(score);
  }
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
for (const f of files) {
  console.log(`${f.file}: actors P ${pct(f.actors.precision)} R ${pct(f.actors.recall)} · places P ${pct(f.places.precision)} R ${pct(f.places.recall)} · speakers ${f.speakers.correct}/${f.speakers.total}`);
  if (f.actors.missed.length) console.log(`  missed actors: ${f.actors.missed.join('; ')}`);
  if (f.actors.extra.length) console.log(`  extra actors: ${f.actors.extra.join('; ')}`);
  if (f.places.missed.length) console.log(`  missed places: ${f.places.missed.join('; ')}`);
  if (f.places.extra.length) console.log(`  extra places: ${f.places.extra.join('; ')}`);
  for (const w of f.speakers.wrong) console.log(`  speaker: “${w.exact.slice(0, 60)}” expected ${w.expected}, got ${w.got}`);
}
const result = combine(files);
console.log(`\nall ${files.length} files: actors precision ${pct(result.actors.precision)} recall ${pct(result.actors.recall)} (${result.actors.truePositives}/${result.actors.labelled} found, ${result.actors.proposed} proposed) · places precision ${pct(result.places.precision)} recall ${pct(result.places.recall)} · speakers ${result.speakers.correct}/${result.speakers.total} (${pct(result.speakers.accuracy)})`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
console.log(`wrote ${out}`);
