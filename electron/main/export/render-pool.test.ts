import { EventEmitter } from 'node:events';
import type { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { fixtureDocument, fixtureNotebook } from '../../../tests/fixtures/export/notebook';
import { exportNotebook, inlineArticleRenderer, memorySource, planExport, type ExportFile, type ExportSink } from '../../../shared/export/notebook';
import { articleJob, type ArticleJob } from '../../../shared/export/documents';
import type { ExportManifest } from '../../../shared/export/manifest';
import { ArticleRenderPool, type RenderReply, type RenderRequest } from './render-pool';
import { spawnTsxRenderWorker } from './tsx-render-worker';

function memorySink() {
  const files = new Map<string, string | Uint8Array>();
  let manifest: ExportManifest | null = null;
  const sink: ExportSink = {
    previousManifest: async () => null,
    write: async (batch: ExportFile[]) => {
      for (const f of batch) files.set(f.path, 'text' in f ? f.text : f.bytes);
    },
    finish: async (m) => {
      manifest = m;
      return { removed: 0 };
    },
  };
  return { sink, files, manifest: () => manifest };
}

function fixtureJobs(): ArticleJob[] {
  const data = fixtureNotebook();
  const plan = planExport({ ...data, noteHeads: data.notes, imageHeads: data.images }, null, 'now');
  return data.articles.map((article) =>
    articleJob({ article, body: data.bodies.find((b) => b.articleId === article.id), quotes: data.quotes.filter((q) => q.articleId === article.id), path: plan.articlePaths.get(article.id)! }, plan.links),
  );
}

/** A stand-in worker: answers each request with `answer`, or never (hang), in this thread. */
class FakeWorker extends EventEmitter {
  terminated = false;
  requests: RenderRequest[] = [];
  constructor(private readonly answer: (request: RenderRequest) => RenderReply | null) {
    super();
  }
  postMessage(request: RenderRequest): void {
    this.requests.push(request);
    const reply = this.answer(request);
    if (reply) queueMicrotask(() => this.emit('message', reply));
  }
  async terminate(): Promise<number> {
    this.terminated = true;
    queueMicrotask(() => this.emit('exit', 1));
    return 1;
  }
}

describe('ArticleRenderPool on real worker threads (render-worker.ts through tsx)', () => {
  it('exports the fixture notebook with the same files as rendering in this thread, and closes its workers', async () => {
    const inline = memorySink();
    await exportNotebook(memorySource(fixtureNotebook()), inline.sink, { articleRenderer: inlineArticleRenderer(fixtureDocument()), mentionStyle: 'wikilink', exportedAt: 'now' });
    const pool = new ArticleRenderPool({ spawn: spawnTsxRenderWorker, size: 2, jobsPerTask: 1 });
    const pooled = memorySink();
    try {
      // Batches of one article: several batches in flight over both workers.
      await exportNotebook(memorySource(fixtureNotebook()), pooled.sink, { articleRenderer: pool, mentionStyle: 'wikilink', exportedAt: 'now', batchSize: 1 });
      expect(pool.started).toBe(2);
    } finally {
      await pool.close();
    }
    expect([...pooled.files.keys()].sort()).toEqual([...inline.files.keys()].sort());
    for (const [path, data] of inline.files) expect(pooled.files.get(path), path).toEqual(data);
    expect(pooled.manifest()).toEqual(inline.manifest());
    expect(pool.started).toBe(0);
    await expect(pool.render(fixtureJobs())).rejects.toThrow(/closed/);
  }, 60_000);

  it('rejects with the article that failed, and why', async () => {
    const pool = new ArticleRenderPool({ spawn: spawnTsxRenderWorker, size: 1 });
    try {
      const jobs = fixtureJobs();
      // A quote without its quote selector makes rendering throw inside the worker.
      const broken = { ...jobs[0]!, quotes: [{ ...jobs[0]!.quotes[0]!, quoteSelector: null as never }] };
      await expect(pool.render([jobs[1]!, broken])).rejects.toThrow(new RegExp(`Could not turn the article “${broken.article.title}” \\(${broken.path}\\) into Markdown`));
    } finally {
      await pool.close();
    }
  }, 60_000);
});

describe('ArticleRenderPool (stand-in workers)', () => {
  const echo = (request: RenderRequest): RenderReply => ({ id: request.id, texts: request.jobs.map((j) => j.path) });

  it('splits jobs over at most `size` workers and puts the answers back in order', async () => {
    const workers: FakeWorker[] = [];
    const pool = new ArticleRenderPool({ spawn: () => (workers.push(new FakeWorker(echo)), workers.at(-1) as unknown as Worker), size: 3, jobsPerTask: 2 });
    const jobs = Array.from({ length: 11 }, (_, i) => ({ ...fixtureJobs()[0]!, path: `Articles/${i}.md` }));
    expect(await pool.render(jobs)).toEqual(jobs.map((j) => j.path));
    expect(workers.length).toBe(3);
    expect(workers.flatMap((w) => w.requests).map((r) => r.jobs.length).sort()).toEqual([1, 2, 2, 2, 2, 2]);
    expect(pool.concurrency).toBe(4);
    await pool.close();
    expect(workers.every((w) => w.terminated)).toBe(true);
  });

  it('an abort terminates the workers and rejects with the abort reason', async () => {
    const workers: FakeWorker[] = [];
    const pool = new ArticleRenderPool({ spawn: () => (workers.push(new FakeWorker(() => null)), workers.at(-1) as unknown as Worker), size: 2 });
    const controller = new AbortController();
    const pending = pool.render(fixtureJobs(), controller.signal);
    controller.abort(new DOMException('The export was cancelled.', 'AbortError'));
    await expect(pending).rejects.toThrow('The export was cancelled.');
    expect(workers.length).toBeGreaterThan(0);
    expect(workers.every((w) => w.terminated)).toBe(true);
    await expect(pool.render(fixtureJobs())).rejects.toThrow('The export was cancelled.');
  });

  it('a worker that dies stops the export with a clear message', async () => {
    const worker = new FakeWorker(() => null);
    const pool = new ArticleRenderPool({ spawn: () => worker as unknown as Worker, size: 1 });
    const pending = pool.render(fixtureJobs());
    worker.emit('error', new Error('out of memory'));
    await expect(pending).rejects.toThrow('An export worker failed: out of memory');
    expect(worker.terminated).toBe(true);
  });

  it('exportNotebook cancelled while articles render: the pool is stopped and the manifest not written', async () => {
    const workers: FakeWorker[] = [];
    const pool = new ArticleRenderPool({ spawn: () => (workers.push(new FakeWorker(() => null)), workers.at(-1) as unknown as Worker), size: 2 });
    const out = memorySink();
    const controller = new AbortController();
    const run = exportNotebook(memorySource(fixtureNotebook()), out.sink, {
      articleRenderer: pool,
      mentionStyle: 'wikilink',
      exportedAt: 'now',
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'attachments') setTimeout(() => controller.abort(new DOMException('Stop.', 'AbortError')), 10);
      },
    });
    await expect(run).rejects.toThrow('Stop.');
    expect(workers.every((w) => w.terminated)).toBe(true);
    expect(out.manifest()).toBeNull();
  });
});
