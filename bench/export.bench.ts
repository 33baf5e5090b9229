/**
 * Markdown export of a 10,000-article notebook (scripts/gen N10k: 10,000 articles of ~1,200 words,
 * 50,000 quotes, 2,000 actors, 5,000 notes), against the baseline of writing the very same files
 * (same paths, same bytes) the plain way, side by side in each run: both fs.writeFile with 8 writes
 * in flight and a writeFileSync loop are timed, and the faster is the baseline (median over
 * DOSSIER_BENCH_RUNS runs, default 1: one N10k run takes minutes). CPU time (every thread of the
 * process) is reported too, since wall time on a shared machine depends on its load, with the
 * load average. Then the same notebook is exported again into the same folder (nothing changed).
 * Goals (issue 8): export < 8 s, and < 3x the raw write.
 *
 * DOSSIER_BENCH_SIZE=N1k for a quick run.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { exportNotebook, memorySource, type ExportFile, type ExportSink } from '../shared/export/notebook';
import type { Actor, Article, ArticleBody, Note, Quote } from '../shared/model';
import { FolderWriter } from '../electron/main/export/folder-writer';
import { folderSink } from '../electron/main/export/folder-sink';
import { ArticleRenderPool, defaultPoolSize } from '../electron/main/export/render-pool';
import { spawnTsxRenderWorker } from '../electron/main/export/tsx-render-worker';
import { generateNotebookRows, type NotebookSize } from '../scripts/gen/notebook';

const SIZE = (process.env['DOSSIER_BENCH_SIZE'] ?? 'N10k') as NotebookSize;
const RUNS = Number(process.env['DOSSIER_BENCH_RUNS'] ?? 1);
const GOAL_MS = 8000;
const GOAL_RATIO = 3;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

async function main(): Promise<void> {
  const t = performance.now();
  const rows = { articles: [] as Article[], bodies: [] as ArticleBody[], actors: [] as Actor[], quotes: [] as Quote[], notes: [] as Note[], images: [] };
  for (const { table, row } of generateNotebookRows({ size: SIZE })) (rows[table] as unknown[]).push(row);
  console.log(`generated ${SIZE}: ${rows.articles.length} articles, ${rows.quotes.length} quotes, ${rows.actors.length} actors, ${rows.notes.length} notes in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  // Articles are rendered on worker threads, as the command line and main do: defaultPoolSize() (cores - 1) unless DOSSIER_BENCH_WORKERS says.
  const workers = Number(process.env['DOSSIER_BENCH_WORKERS'] ?? defaultPoolSize());
  const root = mkdtempSync(join(tmpdir(), 'dossier-bench-export-'));

  // The files the export writes, recorded on the first run: the raw-write baseline writes exactly these.
  const files: { path: string; data: string | Uint8Array }[] = [];
  const recording = (sink: ExportSink): ExportSink => ({
    ...sink,
    write: async (batch: ExportFile[]) => {
      if (!recorded) files.push(...batch.map((f) => ({ path: f.path, data: 'text' in f ? f.text : f.bytes })));
      return sink.write(batch);
    },
  });
  let recorded = false;
  const cpuMs = (since: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1000;
  };

  /** The same files written the plain way: async with 8 in flight, or a blocking loop. */
  const rawWrite = async (dir: string, how: 'async' | 'sync') => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    for (const folder of new Set(files.map((f) => dirname(f.path)))) mkdirSync(join(dir, folder), { recursive: true });
    if (how === 'sync') {
      for (const f of files) writeFileSync(join(dir, f.path), f.data);
    } else {
      let next = 0;
      const worker = async () => {
        while (next < files.length) {
          const f = files[next++]!;
          await writeFile(join(dir, f.path), f.data);
        }
      };
      await Promise.all(Array.from({ length: 8 }, worker));
    }
    return { ms: performance.now() - started, cpu: cpuMs(cpu) };
  };
  const exportRun = async (dir: string) => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    mkdirSync(dir, { recursive: true });
    // A new pool per export: starting the workers is part of the time, as it is for a user.
    const pool = new ArticleRenderPool({ spawn: spawnTsxRenderWorker, size: workers });
    const result = await exportNotebook(memorySource(rows), recording(folderSink(new FolderWriter(dir))), { articleRenderer: pool, mentionStyle: 'wikilink', exportedAt: 'bench' }).finally(() => pool.close());
    recorded = true;
    if (result.files + result.skipped !== files.length) throw new Error(`export wrote ${result.files} files and left ${result.skipped} alone, expected ${files.length}`);
    return { ms: performance.now() - started, cpu: cpuMs(cpu), written: result.files };
  };

  const exportMs: number[] = [];
  const exportCpu: number[] = [];
  const rawMs: number[] = [];
  const rawCpu: number[] = [];
  const rawAsyncMs: number[] = [];
  const rawSyncMs: number[] = [];
  const reexportMs: number[] = [];
  const reexportCpu: number[] = [];
  let reexportWritten = 0;
  for (let run = 0; run < RUNS; run++) {
    const rawDir = join(root, `raw-${run}`);
    const exportDir = join(root, `export-${run}`);
    const exported = await exportRun(exportDir);
    const rawAsync = await rawWrite(`${rawDir}-async`, 'async');
    const rawSync = await rawWrite(`${rawDir}-sync`, 'sync');
    const raw = rawSync.ms < rawAsync.ms ? rawSync : rawAsync;
    console.log(`  raw write: async ${(rawAsync.ms / 1000).toFixed(2)} s (CPU ${(rawAsync.cpu / 1000).toFixed(2)} s), sync ${(rawSync.ms / 1000).toFixed(2)} s (CPU ${(rawSync.cpu / 1000).toFixed(2)} s)`);
    if (exported.written !== files.length) throw new Error(`a first export wrote ${exported.written} files, expected ${files.length}`);
    // Re-export into the same folder, nothing changed: files whose inputs and disk state are as the manifest says are left alone.
    const again = await exportRun(exportDir);
    reexportWritten = again.written;
    exportMs.push(exported.ms);
    exportCpu.push(exported.cpu);
    rawMs.push(raw.ms);
    rawAsyncMs.push(rawAsync.ms);
    rawSyncMs.push(rawSync.ms);
    rawCpu.push(raw.cpu);
    reexportMs.push(again.ms);
    reexportCpu.push(again.cpu);
    console.log(
      `run ${run + 1}: export ${(exported.ms / 1000).toFixed(2)} s (CPU ${(exported.cpu / 1000).toFixed(2)} s), raw write ${(raw.ms / 1000).toFixed(2)} s (CPU ${(raw.cpu / 1000).toFixed(2)} s), ` +
        `ratio x${(exported.ms / raw.ms).toFixed(2)}, re-export ${(again.ms / 1000).toFixed(2)} s (CPU ${(again.cpu / 1000).toFixed(2)} s, ${again.written} files written), ${workers} render workers, load ${loadavg()[0]!.toFixed(1)}`,
    );
    rmSync(`${rawDir}-async`, { recursive: true, force: true });
    rmSync(`${rawDir}-sync`, { recursive: true, force: true });
    rmSync(exportDir, { recursive: true, force: true });
  }
  const bytes = files.reduce((n, f) => n + (typeof f.data === 'string' ? Buffer.byteLength(f.data) : f.data.byteLength), 0);
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
    /** Worker threads rendering articles (the main thread reads, plans and writes). */
    workers,
    exportMs: Math.round(median(exportMs)),
    reexportMs: Math.round(median(reexportMs)),
    /** The baseline: the faster of the two plain ways of writing the same files. */
    rawWriteMs: Math.round(median(rawMs)),
    rawWriteAsyncMs: Math.round(median(rawAsyncMs)),
    rawWriteSyncMs: Math.round(median(rawSyncMs)),
    /** CPU time (user + system) of this process, worker threads included: what the work costs, whatever the machine's load. */
    exportCpuMs: Math.round(median(exportCpu)),
    rawWriteCpuMs: Math.round(median(rawCpu)),
    /** CPU time of the re-export (every thread of the process). */
    reexportCpuMs: Math.round(median(reexportCpu)),
    /** Files the (unchanged) re-export wrote again: none expected. */
    reexportWritten,
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
