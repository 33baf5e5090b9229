/**
 * Markdown export of a 10,000-article notebook (scripts/gen N10k: 10,000 articles of ~1,200 words,
 * 50,000 quotes, 2,000 actors, 5,000 notes), against the baseline of writing the very same files
 * (same paths, same bytes, same concurrency) with plain fs.writeFile. Runs alternate, the median
 * of each is reported. Goals (issue 8): export < 8 s, and < 3x the raw write.
 *
 * DOSSIER_BENCH_SIZE=N1k for a quick run; DOSSIER_BENCH_RUNS (default 3).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseHTML } from 'linkedom';
import { exportNotebook, memorySource, type ExportFile, type ExportSink } from '../shared/export/notebook';
import type { Actor, Article, ArticleBody, Note, Quote } from '../shared/model';
import { FolderWriter } from '../electron/main/export/folder-writer';
import { folderSink, WRITE_CONCURRENCY } from '../electron/main/export/folder-sink';
import { generateNotebookRows, type NotebookSize } from '../scripts/gen/notebook';

const SIZE = (process.env['DOSSIER_BENCH_SIZE'] ?? 'N10k') as NotebookSize;
const RUNS = Number(process.env['DOSSIER_BENCH_RUNS'] ?? 3);
const GOAL_MS = 8000;
const GOAL_RATIO = 3;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

async function main(): Promise<void> {
  let t = performance.now();
  const rows = { articles: [] as Article[], bodies: [] as ArticleBody[], actors: [] as Actor[], quotes: [] as Quote[], notes: [] as Note[], images: [] };
  for (const { table, row } of generateNotebookRows({ size: SIZE })) (rows[table] as unknown[]).push(row);
  console.log(`generated ${SIZE}: ${rows.articles.length} articles, ${rows.quotes.length} quotes, ${rows.actors.length} actors, ${rows.notes.length} notes in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  const doc = document as unknown as Document;
  const root = mkdtempSync(join(tmpdir(), 'dossier-bench-export-'));

  // Markdown only (no disk), to see where the time goes.
  const files: { path: string; data: string | Uint8Array }[] = [];
  const memory: ExportSink = {
    previousManifest: async () => null,
    write: async (batch: ExportFile[]) => void files.push(...batch.map((f) => ({ path: f.path, data: 'text' in f ? f.text : f.bytes }))),
    finish: async () => ({ removed: 0 }),
  };
  t = performance.now();
  await exportNotebook(memorySource(rows), memory, { document: doc, mentionStyle: 'wikilink', exportedAt: 'bench' });
  const renderMs = performance.now() - t;
  const bytes = files.reduce((n, f) => n + (typeof f.data === 'string' ? Buffer.byteLength(f.data) : f.data.byteLength), 0);
  console.log(`rendered ${files.length} files, ${(bytes / 2 ** 20).toFixed(1)} MB of Markdown in ${(renderMs / 1000).toFixed(2)} s (no disk)`);

  const rawWrite = async (dir: string) => {
    const started = performance.now();
    for (const folder of new Set(files.map((f) => dirname(f.path)))) mkdirSync(join(dir, folder), { recursive: true });
    let next = 0;
    const worker = async () => {
      while (next < files.length) {
        const f = files[next++]!;
        await writeFile(join(dir, f.path), f.data);
      }
    };
    await Promise.all(Array.from({ length: WRITE_CONCURRENCY }, worker));
    return performance.now() - started;
  };
  const exportRun = async (dir: string) => {
    const started = performance.now();
    mkdirSync(dir, { recursive: true });
    const result = await exportNotebook(memorySource(rows), folderSink(new FolderWriter(dir)), { document: doc, mentionStyle: 'wikilink', exportedAt: 'bench' });
    if (result.files !== files.length) throw new Error(`export wrote ${result.files} files, expected ${files.length}`);
    return performance.now() - started;
  };

  const exportMs: number[] = [];
  const rawMs: number[] = [];
  const reexportMs: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const rawDir = join(root, `raw-${run}`);
    const exportDir = join(root, `export-${run}`);
    rawMs.push(await rawWrite(rawDir));
    exportMs.push(await exportRun(exportDir));
    // Re-export into the same folder: files replaced in place through the manifest.
    reexportMs.push(await exportRun(exportDir));
    console.log(`run ${run + 1}: raw write ${(rawMs[run]! / 1000).toFixed(2)} s, export ${(exportMs[run]! / 1000).toFixed(2)} s (x${(exportMs[run]! / rawMs[run]!).toFixed(2)}), re-export ${(reexportMs[run]! / 1000).toFixed(2)} s`);
    rmSync(rawDir, { recursive: true, force: true });
    rmSync(exportDir, { recursive: true, force: true });
  }
  rmSync(root, { recursive: true, force: true });

  const result = {
    benchmark: 'export',
    size: SIZE,
    articles: rows.articles.length,
    quotes: rows.quotes.length,
    actors: rows.actors.length,
    notes: rows.notes.length,
    files: files.length,
    megabytes: Number((bytes / 2 ** 20).toFixed(1)),
    runs: RUNS,
    renderOnlyMs: Math.round(renderMs),
    exportMs: Math.round(median(exportMs)),
    reexportMs: Math.round(median(reexportMs)),
    rawWriteMs: Math.round(median(rawMs)),
    ratio: Number((median(exportMs) / median(rawMs)).toFixed(2)),
    goals: { exportMs: GOAL_MS, ratio: GOAL_RATIO },
    met: { exportMs: median(exportMs) < GOAL_MS, ratio: median(exportMs) / median(rawMs) < GOAL_RATIO },
    node: process.version,
    cpus: (await import('node:os')).cpus().length,
    loadAverage: (await import('node:os')).loadavg().map((l) => Number(l.toFixed(1))),
    at: new Date().toISOString(),
  };
  console.log(
    `export ${SIZE}: ${(result.exportMs / 1000).toFixed(2)} s (goal < ${GOAL_MS / 1000} s: ${result.met.exportMs ? 'met' : 'NOT met'}), ` +
      `raw write of the same ${result.files} files ${(result.rawWriteMs / 1000).toFixed(2)} s, ratio x${result.ratio} (goal < ${GOAL_RATIO}: ${result.met.ratio ? 'met' : 'NOT met'})`,
  );
  mkdirSync(join(__dirname, 'results'), { recursive: true });
  writeFileSync(join(__dirname, 'results', SIZE === 'N10k' ? 'export.json' : `export-${SIZE}.json`), `${JSON.stringify(result, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
