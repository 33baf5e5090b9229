import { EventEmitter } from 'node:events';
import type { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { fixtureDocument, fixtureNotebook } from '../../../tests/fixtures/export/notebook';
import { articleBodyJob, exportNotebook, inlineArticleRenderer, memorySource, planExport, type ExportFile, type ExportSink, type KeyedRenderedBody } from '../../../shared/export/notebook';
import { articleBodyKey, articleJob, renderArticleBody, type ArticleJob } from '../../../shared/export/documents';
import { pageContext, type PageJob } from '../../../shared/export/pages';
import type { ExportManifest } from '../../../shared/export/manifest';
import { ArticleRenderPool, type PageContextMessage, type RenderReply, type RenderRequest } from './render-pool';
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

/** Every article body rendered and kept, as the app keeps them. */
function keptBodies(): Map<string, KeyedRenderedBody> {
  const data = fixtureNotebook();
  return new Map(
    data.articles.map((a) => {
      const job = articleBodyJob(
        data.bodies.find((b) => b.articleId === a.id),
        data.quotes.filter((q) => q.articleId === a.id),
        data.images,
      );
      return [a.id, { key: articleBodyKey(job), ...renderArticleBody(job, fixtureDocument()) }];
    }),
  );
}

/** A stand-in worker: answers each request with `answer`, or never (hang), in this thread; page contexts are kept, not answered. */
class FakeWorker extends EventEmitter {
  terminated = false;
  requests: RenderRequest[] = [];
  contexts: PageContextMessage[] = [];
  constructor(private readonly answer: (request: RenderRequest) => RenderReply | null) {
    super();
  }
  postMessage(message: RenderRequest | PageContextMessage): void {
    if ('context' in message) {
      this.contexts.push(message);
      return;
    }
    this.requests.push(message);
    const reply = this.answer(message);
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

  it('with every body kept, makes the actors and notes on the workers: the same files as in this thread', async () => {
    const inline = memorySink();
    await exportNotebook(memorySource(fixtureNotebook()), inline.sink, { articleRenderer: inlineArticleRenderer(fixtureDocument()), mentionStyle: 'plain', exportedAt: 'now' });
    const pool = new ArticleRenderPool({ spawn: spawnTsxRenderWorker, size: 2, jobsPerTask: 1 });
    const pages: PageJob[] = [];
    const pooled = memorySink();
    try {
      await exportNotebook(memorySource({ ...fixtureNotebook(), renderedBodies: keptBodies() }), pooled.sink, {
        articleRenderer: {
          render: () => Promise.reject(new Error('rendered although every body was kept')),
          renderPages: (context, jobs) => (pages.push(...jobs), pool.renderPages(context, jobs)),
        },
        mentionStyle: 'plain',
        exportedAt: 'now',
        batchSize: 1,
      });
    } finally {
      await pool.close();
    }
    const data = fixtureNotebook();
    expect(pages).toHaveLength(data.actors.length + data.notes.length);
    expect([...pooled.files.keys()].sort()).toEqual([...inline.files.keys()].sort());
    for (const [path, text] of inline.files) expect(pooled.files.get(path), path).toEqual(text);
    expect(pooled.manifest()).toEqual(inline.manifest());
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
  const echo = (request: RenderRequest): RenderReply => ({ id: request.id, texts: 'pages' in request ? request.pages.map((p) => (p.kind === 'actor' ? p.actorId : p.note.id)) : request.jobs.map((j) => j.path) });

  it("sends each worker an export's page context once, before its first page job, and a new export's again", async () => {
    const workers: FakeWorker[] = [];
    const pool = new ArticleRenderPool({ spawn: () => (workers.push(new FakeWorker(echo)), workers.at(-1) as unknown as Worker), size: 2, jobsPerTask: 1 });
    const data = fixtureNotebook();
    const plan = planExport({ ...data, noteHeads: data.notes, imageHeads: data.images }, null, 'now');
    const first = pageContext({ ...data, noteHeads: data.notes }, plan, 'wikilink');
    const jobs: PageJob[] = data.actors.map((a) => ({ kind: 'actor', actorId: a.id }));
    expect(await pool.renderPages(first, jobs)).toEqual(data.actors.map((a) => a.id));
    expect(await pool.renderPages(first, jobs.slice(0, 2))).toEqual(data.actors.slice(0, 2).map((a) => a.id));
    expect(workers).toHaveLength(2);
    for (const worker of workers) expect(worker.contexts.map((c) => c.context)).toEqual([first]);
    const second = { ...first, mentionStyle: 'plain' as const };
    await pool.renderPages(second, jobs);
    for (const worker of workers) expect(worker.contexts.map((c) => c.context)).toEqual([first, second]);
    // Page requests name the contexts their worker was sent.
    for (const worker of workers) expect(new Set(worker.requests.map((r) => ('pages' in r ? r.contextId : -1)))).toEqual(new Set(worker.contexts.map((c) => c.contextId)));
    await pool.close();
  });

  it('splits jobs over at most `size` workers and puts the answers back in order', async () => {
    const workers: FakeWorker[] = [];
    const pool = new ArticleRenderPool({ spawn: () => (workers.push(new FakeWorker(echo)), workers.at(-1) as unknown as Worker), size: 3, jobsPerTask: 2 });
    const jobs = Array.from({ length: 11 }, (_, i) => ({ ...fixtureJobs()[0]!, path: `Articles/${i}.md` }));
    expect(await pool.render(jobs)).toEqual(jobs.map((j) => j.path));
    expect(workers.length).toBe(3);
    expect(workers.flatMap((w) => w.requests).map((r) => ('jobs' in r ? r.jobs.length : 0)).sort()).toEqual([1, 2, 2, 2, 2, 2]);
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
