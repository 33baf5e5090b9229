/**
 * Suggestions benchmark: suggest() (actors, roles, quotations and speakers) on the project's own
 * labelled articles (tests/fixtures/labelled*, invented for the project), one at a time and joined
 * into one long read of about 200,000 characters, against the baseline of compromise's entity pass
 * over the same text (nlp(text) with people, places and organisations as offsets), which suggest()
 * runs once inside it: the ratio says what Dossier's own rules cost on top of the tagger. Runs
 * alternate (suggest, baseline) so both see the same machine state; the median of RUNS is kept.
 * Goal: the labelled articles (about 26,000 characters, a long feature's length) read within 1 s
 * in all. The panel reads them in a worker, so these times are how long the reader waits for the
 * suggestions, not a freeze; the long read's time is reported as it is. Writes bench/results/suggest.json.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../shared/extract/extract';
import { suggest } from '../shared/suggest';
import { median } from './stats';

const ROOT = resolve(__dirname, '..');
const RUNS = Number(process.env['DOSSIER_BENCH_RUNS'] ?? 7);
const LONG_CHARS = 200_000;
const GOAL_MS = 1000;

/** The labelled articles' texts, as the suggestions read them (HTML pages through the clipper). */
function articles(): string[] {
  const out: string[] = [];
  for (const dir of ['labelled', 'labelled-dev', 'labelled-heldout']) {
    const folder = join(ROOT, 'tests', 'fixtures', dir);
    for (const name of readdirSync(folder).sort()) {
      if (name.endsWith('.txt')) out.push(readFileSync(join(folder, name), 'utf8'));
      else if (name.endsWith('.html')) {
        const { document } = parseHTML(readFileSync(join(folder, name), 'utf8'));
        const article = extractArticle(document as unknown as Document);
        if (article) out.push(article.text);
      }
    }
  }
  return out;
}

/** The baseline: compromise's tagging and entity offsets, the pass suggest() itself starts from. */
function tagOnly(text: string): number {
  const doc = nlp(text);
  let n = 0;
  for (const view of [doc.people(), doc.places(), doc.organizations()]) n += (view.json({ offset: true }) as unknown[]).length;
  return n;
}

function time(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

function main(): void {
  const texts = articles();
  let long = '';
  while (long.length < LONG_CHARS) long += texts.join('\n\n') + '\n\n';
  long = long.slice(0, LONG_CHARS);
  // Warm both paths once, so neither run pays the first compile.
  suggest(texts[0]!);
  tagOnly(texts[0]!);

  const each = { suggest: [] as number[], baseline: [] as number[] };
  const whole = { suggest: [] as number[], baseline: [] as number[] };
  let found = { actors: 0, quotes: 0 };
  for (let run = 0; run < RUNS; run++) {
    each.suggest.push(time(() => texts.forEach((t) => suggest(t))));
    each.baseline.push(time(() => texts.forEach(tagOnly)));
    whole.suggest.push(
      time(() => {
        const s = suggest(long);
        found = { actors: s.actors.length, quotes: s.quotes.length };
      }),
    );
    whole.baseline.push(time(() => tagOnly(long)));
  }
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const result = {
    benchmark: 'suggest',
    articles: texts.length,
    articleChars: chars,
    runs: RUNS,
    /** All labelled articles one after another. */
    articlesMs: Math.round(median(each.suggest)),
    articlesBaselineMs: Math.round(median(each.baseline)),
    articlesRatio: Number((median(each.suggest) / median(each.baseline)).toFixed(2)),
    /** One long read of LONG_CHARS characters. */
    longChars: long.length,
    longMs: Math.round(median(whole.suggest)),
    longBaselineMs: Math.round(median(whole.baseline)),
    longRatio: Number((median(whole.suggest) / median(whole.baseline)).toFixed(2)),
    longFound: found,
    goals: { articlesMs: GOAL_MS },
    met: { articlesMs: median(each.suggest) < GOAL_MS },
    node: process.version,
    cpus: cpus().length,
    loadAverage: loadavg().map((l) => Number(l.toFixed(1))),
    at: new Date().toISOString(),
  };
  console.log(
    `suggest: ${texts.length} labelled articles (${chars} characters) ${result.articlesMs} ms (goal < ${GOAL_MS} ms: ${result.met.articlesMs ? 'met' : 'NOT met'}), compromise alone ${result.articlesBaselineMs} ms: x${result.articlesRatio}; ` +
      `one long read of ${long.length} characters ${result.longMs} ms, compromise alone ${result.longBaselineMs} ms: x${result.longRatio}; ` +
      `${found.actors} actors, ${found.quotes} quotes; median of ${RUNS} runs, load ${loadavg()[0]!.toFixed(1)}`,
  );
  mkdirSync(join(__dirname, 'results'), { recursive: true });
  writeFileSync(join(__dirname, 'results', 'suggest.json'), `${JSON.stringify(result, null, 2)}\n`);
}

main();
