/**
 * `npm run bench:extract` (also part of `npm run bench`): Dossier's extractor against
 * @mozilla/readability and defuddle on ../shared/corpus/extraction, side by side.
 *
 * Every extractor gets the same page parsed the same way (linkedom) and its article HTML turned
 * into text the same way (shared/text/dom-text), then token precision/recall/F1 against the
 * ground truth (shared/extract/score.ts). Time per page covers parsing the page and extracting.
 * One untimed warm-up pass first (JIT), then a timed pass where the three take turns on each page
 * in rotating order so none always runs on a cold cache.
 * Writes bench/results/extraction.json. Exits 0 with a message when the corpus is absent.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, loadCorpus, runExtractor, type ExtractorName, type PageResult } from './extraction/corpus';

const NAMES: ExtractorName[] = ['dossier', 'readability', 'defuddle'];

interface Summary {
  pages: number;
  f1: number;
  precision: number;
  recall: number;
  shareF1AtLeast90: number;
  medianMs: number;
  p95Ms: number;
  errors: number;
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

function summarise(results: PageResult[]): Summary {
  const n = results.length;
  const mean = (k: 'f1' | 'precision' | 'recall') => results.reduce((s, r) => s + r[k], 0) / n;
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  return {
    pages: n,
    f1: mean('f1'),
    precision: mean('precision'),
    recall: mean('recall'),
    shareF1AtLeast90: results.filter((r) => r.f1 >= 0.9).length / n,
    medianMs: quantile(ms, 0.5),
    p95Ms: quantile(ms, 0.95),
    errors: results.filter((r) => r.error).length,
  };
}

function main(): void {
  const corpus = loadCorpus();
  if ('missing' in corpus) {
    console.log(`extraction benchmark skipped: ${corpus.missing}. Put the corpus at ${CORPUS_DIR} to run it.`);
    return;
  }
  const { pages } = corpus;
  // defuddle logs malformed JSON-LD it meets; the benchmark's output is the table below.
  const quiet = console.error;
  console.error = () => undefined;
  try {
    for (const page of pages) for (const name of NAMES) runExtractor(name, page);
    const results: Record<ExtractorName, PageResult[]> = { dossier: [], readability: [], defuddle: [] };
    pages.forEach((page, i) => {
      for (let k = 0; k < NAMES.length; k++) {
        const name = NAMES[(i + k) % NAMES.length]!;
        results[name].push(runExtractor(name, page));
      }
    });
    console.error = quiet;
    report(pages.length, results);
  } finally {
    console.error = quiet;
  }
}

function report(pageCount: number, results: Record<ExtractorName, PageResult[]>): void {
  const summaries = Object.fromEntries(NAMES.map((n) => [n, summarise(results[n])])) as Record<ExtractorName, Summary>;
  const better: ExtractorName = summaries.readability.f1 >= summaries.defuddle.f1 ? 'readability' : 'defuddle';
  const d = summaries.dossier;
  const b = summaries[better];
  const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
  console.log(`Extraction on ${pageCount} corpus pages (Node ${process.version}, linkedom):`);
  console.log('extractor     mean F1   precision  recall    F1>=0.9   median ms  p95 ms  errors');
  for (const name of NAMES) {
    const s = summaries[name];
    console.log(
      `${name.padEnd(12)}  ${s.f1.toFixed(4)}    ${s.precision.toFixed(4)}     ${s.recall.toFixed(4)}    ${pct(s.shareF1AtLeast90).padStart(7)}   ${s.medianMs.toFixed(1).padStart(8)}  ${s.p95Ms.toFixed(1).padStart(6)}  ${s.errors}`,
    );
  }
  const ratios = {
    baseline: better,
    f1: d.f1 / b.f1,
    precision: d.precision / b.precision,
    recall: d.recall / b.recall,
    shareF1AtLeast90: b.shareF1AtLeast90 ? d.shareF1AtLeast90 / b.shareF1AtLeast90 : null,
    medianMs: d.medianMs / b.medianMs,
    p95Ms: d.p95Ms / b.p95Ms,
  };
  console.log(
    `dossier / ${better} (the better baseline): F1 x${ratios.f1.toFixed(4)}, precision x${ratios.precision.toFixed(4)}, recall x${ratios.recall.toFixed(4)}, median time x${ratios.medianMs.toFixed(2)}, p95 time x${ratios.p95Ms.toFixed(2)}`,
  );
  const goals = { f1AboveBetterBaseline: d.f1 > b.f1, medianUnder50Ms: d.medianMs < 50 };
  console.log(`goals: F1 above ${better}: ${goals.f1AboveBetterBaseline ? 'yes' : 'NO'}; median under 50 ms: ${goals.medianUnder50Ms ? 'yes' : 'NO'}`);

  const out = join(__dirname, 'results');
  mkdirSync(out, { recursive: true });
  const file = join(out, 'extraction.json');
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        node: process.version,
        dom: 'linkedom',
        pages: pageCount,
        summaries,
        ratios,
        goals,
        perPage: Object.fromEntries(NAMES.map((n) => [n, results[n].map((r) => ({ id: r.id, f1: +r.f1.toFixed(4), precision: +r.precision.toFixed(4), recall: +r.recall.toFixed(4), ms: +r.ms.toFixed(2), ...(r.error ? { error: r.error } : {}) }))])),
      },
      null,
      2,
    )}\n`,
  );
  console.log(`wrote ${file}`);
}

main();
