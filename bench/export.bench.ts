/**
 * Markdown export of a 10,000-article notebook (scripts/gen N10k: 10,000 articles of ~1,200 words,
 * 50,000 quotes, 2,000 actors, 5,000 notes), against the baseline of writing the very same files
 * (same paths, same bytes) the plain way, side by side in each round: both fs.writeFile with 8
 * writes in flight and a writeFileSync loop are timed, and the faster is the baseline.
 * DOSSIER_BENCH_RUNS rounds (default 3) of raw write, export and re-export run back to back,
 * because this machine's disk has spells where creating files takes ten times longer (seen:
 * 10,000 files in 0.25 s, then in 3–5 s; the mount has `discard`), which can fall on either side
 * of a round. So the ratio is the fastest export over the fastest raw write, each at its best;
 * every round's own ratio is printed and kept too. CPU time (every thread of the process) is
 * reported, with the load average, and how long the export's main thread was busy (near the
 * export's time: bound by its own work; well below it: by the write thread and the disk). Each
 * timed step starts after `sync`, and no folder is removed until every round is done.
 *
 * The notebook is exported as the app holds it once it has been left alone for a while: every
 * article's body already rendered to Markdown (renderer/export/body-keeper.ts) and the export
 * prepared (renderer/export/preparer.ts: every actor and note file and every article's head made
 * ahead); here both are made up front, and those one-off times are reported. It is also exported
 * with bodies kept but nothing prepared (right after a change), and cold, with nothing kept (the
 * command line from a backup, or the first export after a restore), where every article is
 * rendered on worker threads. Then the notebook is exported again into the same folder (nothing
 * changed). Goals (issue 8): export < 8 s, and < 3x the raw write.
 *
 * DOSSIER_BENCH_SIZE=N1k for a quick run.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { performance, PerformanceObserver, constants as perfConstants, type PerformanceEntry } from 'node:perf_hooks';
import { dirname, join } from 'node:path';
import { parseHTML } from 'linkedom';
import { articleBodyKey, renderArticleBody } from '../shared/export/documents';
import { articleBodyJob, exportNotebook, memorySource, type ExportFile, type ExportSink, type KeyedRenderedBody } from '../shared/export/notebook';
import type { Actor, Article, ArticleBody, Note, Quote } from '../shared/model';
import { FolderWriter } from '../electron/main/export/folder-writer';
import { folderSink } from '../electron/main/export/folder-sink';
import { ArticleRenderPool, defaultPoolSize } from '../electron/main/export/render-pool';
import { spawnTsxRenderWorker, spawnTsxWriteWorker } from '../electron/main/export/tsx-render-worker';
import { WriteThread } from '../electron/main/export/write-thread';
import { prepareExport } from '../shared/export/prepared';
import { generateNotebookRows, type NotebookSize } from '../scripts/gen/notebook';
import { median } from './stats';

const SIZE = (process.env['DOSSIER_BENCH_SIZE'] ?? 'N10k') as NotebookSize;
/** Rounds of (raw write, export, re-export), back to back: this machine's disk has fast and slow spells, and a round's two measurements share one. */
const RUNS = Number(process.env['DOSSIER_BENCH_RUNS'] ?? 3);
const GOAL_MS = 8000;
const GOAL_RATIO = 3;

async function main(): Promise<void> {
  const cpuMs = (since: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1000;
  };
  const t = performance.now();
  const rows = { articles: [] as Article[], bodies: [] as ArticleBody[], actors: [] as Actor[], quotes: [] as Quote[], notes: [] as Note[], images: [] };
  for (const { table, row } of generateNotebookRows({ size: SIZE })) (rows[table] as unknown[]).push(row);
  console.log(`generated ${SIZE}: ${rows.articles.length} articles, ${rows.quotes.length} quotes, ${rows.actors.length} actors, ${rows.notes.length} notes in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  // The bodies as the app keeps them: rendered from each article's own body job (what the keeper does).
  const keepStarted = performance.now();
  const keepCpu = process.cpuUsage();
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  const quotesOf = new Map<string, Quote[]>();
  for (const q of rows.quotes) (quotesOf.get(q.articleId) ?? quotesOf.set(q.articleId, []).get(q.articleId)!).push(q);
  const renderedBodies = new Map<string, KeyedRenderedBody>();
  for (const body of rows.bodies) {
    const job = articleBodyJob(body, quotesOf.get(body.articleId) ?? [], rows.images);
    renderedBodies.set(body.articleId, { key: articleBodyKey(job), ...renderArticleBody(job, document as unknown as Document) });
  }
  const keepMs = performance.now() - keepStarted;
  const keepCpuMs = cpuMs(keepCpu);
  console.log(`kept bodies rendered (once, as the app does in the background): ${(keepMs / 1000).toFixed(1)} s, ${(keepMs / rows.bodies.length).toFixed(2)} ms an article`);
  // The export prepared ahead, as the app does when the notebook has been left alone (renderer/export/preparer.ts).
  const prepareStarted = performance.now();
  const prepareCpu = process.cpuUsage();
  const prepared = await prepareExport(memorySource({ ...rows, renderedBodies }), { mentionStyle: 'wikilink' });
  const prepareMs = performance.now() - prepareStarted;
  const prepareCpuMs = cpuMs(prepareCpu);
  console.log(`export prepared ahead (once per change, as the app does in the background): ${(prepareMs / 1000).toFixed(2)} s (CPU ${(prepareCpuMs / 1000).toFixed(2)} s)`);
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

  /** The same files written the plain way: async with 8 in flight, or a blocking loop. */
  const rawWrite = async (dir: string, how: 'async' | 'sync') => {
    execSync('sync');
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
  /** `kept`: 'prepared' (bodies kept and the export prepared: the app after a quiet while), 'bodies' (bodies kept: right after a change), 'none' (cold). */
  const exportRun = async (dir: string, kept: 'prepared' | 'bodies' | 'none') => {
    execSync('sync');
    // Garbage-collection pauses of this thread during the export: young-generation scavenges (what an export's short-lived texts cost) and the rest.
    const gc = { scavenges: 0, scavengeMs: 0, otherMs: 0 };
    const countGc = (entries: readonly PerformanceEntry[]) => {
      for (const entry of entries) {
        if ((entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind !== perfConstants.NODE_PERFORMANCE_GC_MINOR) gc.otherMs += entry.duration;
        else {
          gc.scavenges++;
          gc.scavengeMs += entry.duration;
        }
      }
    };
    const gcObserver = new PerformanceObserver((list) => countGc(list.getEntries()));
    gcObserver.observe({ entryTypes: ['gc'] });
    const loop = performance.eventLoopUtilization();
    const started = performance.now();
    const cpu = process.cpuUsage();
    mkdirSync(dir, { recursive: true });
    // A new pool per export: starting the workers is part of the time, as it is for a user.
    const pool = new ArticleRenderPool({ spawn: spawnTsxRenderWorker, size: workers });
    let rendered = 0;
    const counting = { concurrency: pool.concurrency, render: (jobs: Parameters<typeof pool.render>[0], signal?: AbortSignal) => ((rendered += jobs.length), pool.render(jobs, signal)) };
    const source = memorySource(kept !== 'none' ? { ...rows, renderedBodies } : rows);
    // Files are written on a thread of their own, and new top folders staged, as the command line does (DOSSIER_BENCH_WRITE_THREAD=0: in the export's thread).
    const writer = process.env['DOSSIER_BENCH_WRITE_THREAD'] === '0' ? undefined : new WriteThread(spawnTsxWriteWorker);
    const result = await exportNotebook(source, recording(folderSink(new FolderWriter(dir, { writer, stage: true }))), {
      articleRenderer: counting,
      mentionStyle: 'wikilink',
      exportedAt: 'bench',
      prepared: kept === 'prepared' ? prepared : null,
    }).finally(
      () => void Promise.all([pool.close(), writer?.close()]),
    );
    recorded = true;
    if (kept !== 'none' && rendered) throw new Error(`${rendered} articles were rendered although every body was kept`);
    if (result.files + result.skipped !== files.length) throw new Error(`export wrote ${result.files} files and left ${result.skipped} alone, expected ${files.length}`);
    // How long this thread was busy: near the wall time, the export waited on its own work; far below it, on the disk.
    const busy = performance.eventLoopUtilization(loop).active;
    const ms = performance.now() - started;
    const used = cpuMs(cpu);
    // Entries still queued are delivered by takeRecords before the observer stops.
    countGc(gcObserver.takeRecords());
    gcObserver.disconnect();
    return { ms, cpu: used, busy, written: result.files, gc };
  };
  /** The files a kept export wrote must be the cold export's, byte for byte. */
  const sameFiles = async (dir: string) => {
    const { readFile } = await import('node:fs/promises');
    for (const f of files) {
      const text = await readFile(join(dir, f.path));
      if (!text.equals(typeof f.data === 'string' ? Buffer.from(f.data) : f.data)) throw new Error(`${f.path} differs between the kept and the cold export`);
    }
  };

  const exportMs: number[] = [];
  const exportCpu: number[] = [];
  const exportBusy: number[] = [];
  const exportGcMs: number[] = [];
  const coldMs: number[] = [];
  const coldCpu: number[] = [];
  const rawMs: number[] = [];
  const rawCpu: number[] = [];
  const rawAsyncMs: number[] = [];
  const rawSyncMs: number[] = [];
  const reexportMs: number[] = [];
  const reexportCpu: number[] = [];
  let reexportWritten = 0;
  const ratios: number[] = [];
  // Cold once (it records the files the baseline writes), then the rounds.
  const cold = await exportRun(join(root, 'cold'), 'none');
  if (cold.written !== files.length) throw new Error(`a first export wrote ${cold.written} files, expected ${files.length}`);
  coldMs.push(cold.ms);
  coldCpu.push(cold.cpu);
  console.log(`cold export (nothing kept, every article rendered on ${workers} worker threads): ${(cold.ms / 1000).toFixed(2)} s (CPU ${(cold.cpu / 1000).toFixed(2)} s), load ${loadavg()[0]!.toFixed(1)}`);
  // Bodies kept but nothing prepared: an export right after a change, before the app prepared the next one.
  const bodiesOnly = await exportRun(join(root, 'bodies-only'), 'bodies');
  await sameFiles(join(root, 'bodies-only'));
  console.log(
    `export with bodies kept, not prepared (right after a change): ${(bodiesOnly.ms / 1000).toFixed(2)} s (CPU ${(bodiesOnly.cpu / 1000).toFixed(2)} s, main thread busy ${(bodiesOnly.busy / 1000).toFixed(2)} s), load ${loadavg()[0]!.toFixed(1)}`,
  );
  for (let run = 0; run < RUNS; run++) {
    const rawDir = join(root, `raw-${run}`);
    const exportDir = join(root, `export-${run}`);
    const rawAsync = await rawWrite(`${rawDir}-async`, 'async');
    const rawSync = await rawWrite(`${rawDir}-sync`, 'sync');
    const raw = rawSync.ms < rawAsync.ms ? rawSync : rawAsync;
    const exported = await exportRun(exportDir, 'prepared');
    await sameFiles(exportDir);
    if (exported.written !== files.length) throw new Error(`a first export wrote ${exported.written} files, expected ${files.length}`);
    // Re-export into the same folder, nothing changed: files whose inputs and disk state are as the manifest says are left alone.
    const again = await exportRun(exportDir, 'prepared');
    reexportWritten = again.written;
    exportMs.push(exported.ms);
    exportCpu.push(exported.cpu);
    exportBusy.push(exported.busy);
    exportGcMs.push(exported.gc.scavengeMs + exported.gc.otherMs);
    rawMs.push(raw.ms);
    rawAsyncMs.push(rawAsync.ms);
    rawSyncMs.push(rawSync.ms);
    rawCpu.push(raw.cpu);
    reexportMs.push(again.ms);
    reexportCpu.push(again.cpu);
    ratios.push(exported.ms / raw.ms);
    console.log(
      `round ${run + 1}: raw write async ${(rawAsync.ms / 1000).toFixed(2)} s (CPU ${(rawAsync.cpu / 1000).toFixed(2)} s), sync ${(rawSync.ms / 1000).toFixed(2)} s (CPU ${(rawSync.cpu / 1000).toFixed(2)} s); ` +
        `export ${(exported.ms / 1000).toFixed(2)} s (CPU ${(exported.cpu / 1000).toFixed(2)} s, main thread busy ${(exported.busy / 1000).toFixed(2)} s, of it GC ${exported.gc.scavenges} scavenges ${(exported.gc.scavengeMs / 1000).toFixed(2)} s + ${(exported.gc.otherMs / 1000).toFixed(2)} s), ratio x${(exported.ms / raw.ms).toFixed(2)}; ` +
        `re-export ${(again.ms / 1000).toFixed(2)} s (CPU ${(again.cpu / 1000).toFixed(2)} s, ${again.written} files written), load ${loadavg()[0]!.toFixed(1)}`,
    );
  }
  const bytes = files.reduce((n, f) => n + (typeof f.data === 'string' ? Buffer.byteLength(f.data) : f.data.byteLength), 0);
  rmSync(root, { recursive: true, force: true });
  const ratio = Math.min(...exportMs) / Math.min(...rawMs);

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
    /** The export of the notebook as the app holds it (bodies kept rendered). */
    exportMs: Math.round(median(exportMs)),
    /** The same export with no body kept: every article rendered on the worker threads. */
    coldExportMs: Math.round(median(coldMs)),
    coldExportCpuMs: Math.round(median(coldCpu)),
    coldRatio: Number((median(coldMs) / median(rawMs)).toFixed(2)),
    /** Each round's export / raw write. */
    roundRatios: ratios.map((r) => Number(r.toFixed(2))),
    /** Preparing the export once (prepareExport), as the app does in the background after changes. */
    prepareMs: Math.round(prepareMs),
    prepareCpuMs: Math.round(prepareCpuMs),
    /** The export with bodies kept but nothing prepared (right after a change). */
    bodiesKeptExportMs: Math.round(bodiesOnly.ms),
    bodiesKeptExportBusyMs: Math.round(bodiesOnly.busy),
    bodiesKeptRatio: Number((bodiesOnly.ms / median(rawMs)).toFixed(2)),
    /** Rendering every body once, in one thread, as the app does in the background over time. */
    keepBodiesMs: Math.round(keepMs),
    keepBodiesCpuMs: Math.round(keepCpuMs),
    reexportMs: Math.round(median(reexportMs)),
    /** The baseline: the faster of the two plain ways of writing the same files. */
    rawWriteMs: Math.round(median(rawMs)),
    rawWriteAsyncMs: Math.round(median(rawAsyncMs)),
    rawWriteSyncMs: Math.round(median(rawSyncMs)),
    /** CPU time (user + system) of this process, worker threads included: what the work costs, whatever the machine's load. */
    exportCpuMs: Math.round(median(exportCpu)),
    /** How long the export's own thread was busy (event loop utilisation): the rest of its time it waited for the write thread and the disk. */
    exportMainThreadBusyMs: Math.round(median(exportBusy)),
    /** Of that, garbage-collection pauses of the export's thread. */
    exportMainThreadGcMs: Math.round(median(exportGcMs)),
    rawWriteCpuMs: Math.round(median(rawCpu)),
    /** CPU time of the re-export (every thread of the process). */
    reexportCpuMs: Math.round(median(reexportCpu)),
    /** Files the (unchanged) re-export wrote again: none expected. */
    reexportWritten,
    /** The fastest export over the fastest raw write. */
    ratio: Number(ratio.toFixed(2)),
    fastestExportMs: Math.round(Math.min(...exportMs)),
    fastestRawWriteMs: Math.round(Math.min(...rawMs)),
    goals: { exportMs: GOAL_MS, ratio: GOAL_RATIO },
    met: { exportMs: median(exportMs) < GOAL_MS, ratio: ratio < GOAL_RATIO },
    node: process.version,
    cpus: (await import('node:os')).cpus().length,
    loadAverage: (await import('node:os')).loadavg().map((l) => Number(l.toFixed(1))),
    at: new Date().toISOString(),
  };
  console.log(
    `export ${SIZE}: ${(result.exportMs / 1000).toFixed(2)} s (goal < ${GOAL_MS / 1000} s: ${result.met.exportMs ? 'met' : 'NOT met'}), ` +
      `raw write of the same ${result.files} files ${(result.rawWriteMs / 1000).toFixed(2)} s; fastest export ${(result.fastestExportMs / 1000).toFixed(2)} s over fastest raw write ${(result.fastestRawWriteMs / 1000).toFixed(2)} s: ` +
      `x${result.ratio} (goal < ${GOAL_RATIO}: ${result.met.ratio ? 'met' : 'NOT met'}); ` +
      `cold (nothing kept) ${(result.coldExportMs / 1000).toFixed(2)} s, x${result.coldRatio}`,
  );
  mkdirSync(join(__dirname, 'results'), { recursive: true });
  writeFileSync(join(__dirname, 'results', SIZE === 'N10k' ? 'export.json' : `export-${SIZE}.json`), `${JSON.stringify(result, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
