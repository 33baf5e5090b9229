import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fixtureDocument, fixtureNotebook } from '../../tests/fixtures/export/notebook';
import { linkProblems } from '../../tests/helpers/export-check';
import type { ExportManifest } from './manifest';
import { articleBodyJob, exportNotebook, inlineArticleRenderer, memorySource, planExport, type ArticleRenderer, type ExportFile, type ExportSink, type KeyedRenderedBody } from './notebook';
import { articleBodyKey, articleJob, articleMarkdown, renderArticle, renderArticleBody, type ExportLinks } from './documents';
import type { Actor } from '../model';
import { htmlFingerprint } from './hash';

const GOLDEN = join(__dirname, '../../tests/fixtures/export/golden');
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';

/** A sink that keeps files in memory (path -> content) and the manifest. */
function memorySink(previous: ExportManifest | null = null) {
  const files = new Map<string, string | Uint8Array>();
  let manifest: ExportManifest | null = null;
  const sink: ExportSink = {
    previousManifest: async () => previous,
    write: async (batch: ExportFile[]) => {
      for (const f of batch) {
        expect(files.has(f.path), `${f.path} written twice`).toBe(false);
        files.set(f.path, 'text' in f ? f.text : f.bytes);
      }
    },
    finish: async (m) => {
      manifest = m;
      return { removed: 0 };
    },
  };
  return { sink, files, manifest: () => manifest! };
}

async function exportFixture(mentionStyle: 'wikilink' | 'plain' | 'markdown-link' = 'wikilink') {
  const out = memorySink();
  const result = await exportNotebook(memorySource(fixtureNotebook()), out.sink, { document: fixtureDocument(), mentionStyle, exportedAt: '2026-03-15T00:00:00.000Z' });
  return { ...out, result };
}

function goldenFiles(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, name.name);
      if (name.isDirectory()) walk(full);
      else out.set(relative(GOLDEN, full).split('\\').join('/'), readFileSync(full, 'utf8'));
    }
  };
  if (existsSync(GOLDEN)) walk(GOLDEN);
  return out;
}

describe('notebook export (golden files)', () => {
  it('matches the golden Markdown written for the fixture notebook', async () => {
    const { files, result } = await exportFixture();
    const markdown = new Map([...files].filter((e): e is [string, string] => typeof e[1] === 'string'));
    if (UPDATE) {
      rmSync(GOLDEN, { recursive: true, force: true });
      for (const [path, text] of markdown) {
        mkdirSync(dirname(join(GOLDEN, path)), { recursive: true });
        writeFileSync(join(GOLDEN, path), text);
      }
    }
    expect([...markdown.keys()].sort()).toEqual([...goldenFiles().keys()].sort());
    for (const [path, text] of goldenFiles()) expect(markdown.get(path), path).toBe(text);
    expect(result.counts).toEqual({ articles: 3, actors: 5, notes: 2, attachments: 1 });
    expect(files.get('attachments/img-quay.png')).toEqual(fixtureNotebook().images[0]!.bytes);
  });

  it('every [[link]], ^block and relative link resolves to a file of the export; front matter parses', async () => {
    for (const style of ['wikilink', 'markdown-link'] as const) {
      const { files } = await exportFixture(style);
      expect(linkProblems(files)).toEqual([]);
    }
  });

  it('article front matter parses back to the article', async () => {
    const { files } = await exportFixture();
    const text = files.get('Articles/Harbour council keeps night ferry “we will not sell”.md') as string;
    const meta = parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!);
    expect(meta).toEqual({
      title: 'Harbour council keeps night ferry: “we will not sell”',
      url: 'https://gazette.example/harbour/night-ferry',
      site: 'Alder Gazette',
      author: 'Nora Fell',
      published: '2026-03-10T06:30:00.000Z',
      clipped: '2026-03-12T08:00:00.000Z',
      tags: ['transport', 'harbour'],
      actors: ['[[Actors/Mara Quist|Mara Quist]]', '[[Actors/Port Authority North East|Port Authority: North/East]]'],
      dossier_id: 'art-ferry',
    });
    // Each placed highlight is marked and carries its block id; the unplaced one is listed apart.
    expect(text).toContain('==We will not sell the ferry while people still need it to get home==');
    expect(text).toMatch(/==look again at the timetable in the spring==.*\^q-q5e6f7a8$/m);
    expect(text).toMatch(/## Highlights not found in the text\n\n==a passage the article no longer has== \^q-q9c0d1e2$/m);
  });

  it('titles that collide get distinct files, decided by id', async () => {
    const { manifest } = await exportFixture();
    expect(manifest().items['article:art-ferry']).toBe('Articles/Harbour council keeps night ferry “we will not sell”.md');
    expect(manifest().items['article:art-ferry-2']).toBe('Articles/Harbour council keeps night ferry “we will not sell” (2).md');
  });

  it('a re-export with the previous manifest keeps every path', async () => {
    const first = await exportFixture();
    const again = memorySink(first.manifest());
    const data = fixtureNotebook();
    // Reversed input order must not move anything either.
    data.articles.reverse();
    await exportNotebook(memorySource(data), again.sink, { document: fixtureDocument(), mentionStyle: 'wikilink', exportedAt: 'later' });
    expect(again.manifest().items).toEqual(first.manifest().items);
  });

  it('cancelling stops between batches and never writes the manifest', async () => {
    const out = memorySink();
    const controller = new AbortController();
    const run = exportNotebook(memorySource(fixtureNotebook()), out.sink, {
      document: fixtureDocument(),
      mentionStyle: 'wikilink',
      exportedAt: 'x',
      batchSize: 1,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'articles' && p.done === 1) controller.abort();
      },
    });
    await expect(run).rejects.toThrow();
    expect(out.manifest()).toBeNull();
    expect([...out.files.keys()].filter((p) => p.startsWith('Articles/'))).toHaveLength(1);
  });
});

describe('article jobs (what a worker thread renders)', () => {
  const links: ExportLinks = {
    articlePath: () => undefined,
    actorPath: (id) => (id === 'act-a' ? 'Actors/Ada Vell.md' : undefined),
    notePath: () => undefined,
    imagePath: (id) => ({ 'img-1': 'attachments/img-1.png', 'a&b': 'attachments/a b.jpg' })[id],
    blockId: (id) => `q-${id}`,
    actor: (id) => (id === 'act-a' ? ({ name: 'Ada Vell' } as Actor) : undefined),
    article: () => undefined,
    quote: () => undefined,
  };

  it('carry resolved links as plain data: actor wikilinks, block ids, and the paths of the images the body shows', () => {
    const data = fixtureNotebook();
    const article = { ...data.articles[0]!, actorIds: ['act-missing', 'act-a'] };
    const body = { ...data.bodies[0]!, html: '<p>x</p><img src="dossier-image:img-1"><img src="dossier-image:a&amp;b"><img src=\'dossier-image:gone\'>' };
    const quotes = data.quotes.filter((q) => q.articleId === article.id);
    const job = articleJob({ article, body, quotes, path: 'Articles/x.md' }, links);
    expect(job.actorLinks).toEqual(['[[Actors/Ada Vell|Ada Vell]]']);
    expect(job.blockIds).toEqual(Object.fromEntries(quotes.map((q) => [q.id, `q-${q.id}`])));
    expect(job.imagePaths).toEqual({ 'img-1': 'attachments/img-1.png', 'a&b': 'attachments/a b.jpg' });
    // Plain data: a structured clone renders the same file.
    const document = fixtureDocument();
    expect(renderArticle(structuredClone(job), document)).toBe(articleMarkdown({ article, body, quotes, path: 'Articles/x.md' }, links, document));
    expect(renderArticle(job, document)).toContain('![](../attachments/a%20b.jpg)');
  });

  it('are rendered by the renderer given, batch by batch, several batches in flight when it asks', async () => {
    const seen: number[] = [];
    let inFlight = 0;
    let most = 0;
    const inline = inlineArticleRenderer(fixtureDocument());
    const renderer: ArticleRenderer = {
      concurrency: 2,
      render: async (jobs) => {
        inFlight++;
        most = Math.max(most, inFlight);
        seen.push(jobs.length);
        await new Promise((r) => setTimeout(r, 5));
        inFlight--;
        return inline.render(jobs);
      },
    };
    const out = memorySink();
    await exportNotebook(memorySource(fixtureNotebook()), out.sink, { articleRenderer: renderer, mentionStyle: 'wikilink', exportedAt: '2026-03-15T00:00:00.000Z', batchSize: 1 });
    expect(seen).toEqual([1, 1, 1]);
    expect(most).toBe(2);
    for (const [path, text] of goldenFiles()) expect(out.files.get(path), path).toBe(text);
  });

  it('need a document or a renderer', async () => {
    await expect(exportNotebook(memorySource(fixtureNotebook()), memorySink().sink, { mentionStyle: 'wikilink', exportedAt: 'x' })).rejects.toThrow(/options\.document or options\.articleRenderer/);
  });
});

describe('kept article bodies (rendered by the app as articles and highlights change)', () => {
  /** Each fixture article's body rendered from its own job (articleBodyJob), as the app keeps it. */
  function keptBodies(data = fixtureNotebook()): Map<string, KeyedRenderedBody> {
    const document = fixtureDocument();
    return new Map(
      data.articles.map((a) => {
        const job = articleBodyJob(
          data.bodies.find((b) => b.articleId === a.id),
          // In another order than the export reads them: the key does not depend on it.
          data.quotes.filter((q) => q.articleId === a.id).reverse(),
          data.images,
        );
        return [a.id, { key: articleBodyKey(job), ...renderArticleBody(job, document) }];
      }),
    );
  }
  const refuse: ArticleRenderer = { render: async () => Promise.reject(new Error('rendered although a kept body was there')) };

  it("have the key of the export's own job for every article, images and highlights included", () => {
    const data = fixtureNotebook();
    const plan = planExport({ ...data, noteHeads: data.notes, imageHeads: data.images }, null, 'x');
    expect(data.images.length).toBeGreaterThan(0);
    for (const article of data.articles) {
      const body = data.bodies.find((b) => b.articleId === article.id);
      const quotes = data.quotes.filter((q) => q.articleId === article.id);
      const exported = articleJob({ article, body, quotes, path: plan.articlePaths.get(article.id)! }, plan.links);
      expect(articleBodyKey(articleBodyJob(body, quotes, data.images)), article.id).toBe(articleBodyKey(exported));
    }
  });

  it("take a body's HTML by the htmlHash storage keeps, or by its fingerprint made there: the same key", () => {
    const data = fixtureNotebook();
    const body = data.bodies[0]!;
    const quotes = data.quotes.filter((q) => q.articleId === body.articleId);
    const key = articleBodyKey(articleBodyJob({ ...body, htmlHash: undefined }, quotes, data.images));
    expect(articleBodyKey(articleBodyJob({ ...body, htmlHash: htmlFingerprint(body.html) }, quotes, data.images))).toBe(key);
    expect(articleBodyKey(articleBodyJob({ ...body, html: `${body.html}<p>More.</p>`, htmlHash: undefined }, quotes, data.images))).not.toBe(key);
  });

  it('are assembled into the very files rendering gives, without rendering', async () => {
    const out = memorySink();
    await exportNotebook(memorySource({ ...fixtureNotebook(), renderedBodies: keptBodies() }), out.sink, { articleRenderer: refuse, mentionStyle: 'wikilink', exportedAt: '2026-03-15T00:00:00.000Z' });
    const golden = goldenFiles();
    expect(golden.size).toBeGreaterThan(3);
    for (const [path, text] of golden) expect(out.files.get(path), path).toBe(text);
  });

  it('are not used once the article or its highlights changed: that body is rendered again', async () => {
    const kept = keptBodies();
    const data = fixtureNotebook();
    const quoted = data.quotes[0]!;
    // The quote changed after its article's body was kept (a highlight moved).
    const moved = { ...quoted, positionSelector: { ...quoted.positionSelector, start: quoted.positionSelector.start + 1 } };
    data.quotes = data.quotes.map((q) => (q.id === quoted.id ? moved : q));
    const stale = kept.get(quoted.articleId)!;
    kept.set(quoted.articleId, { ...stale, markdown: 'STALE BODY' });
    const rendered: string[] = [];
    const inline = inlineArticleRenderer(fixtureDocument());
    const out = memorySink();
    await exportNotebook(memorySource({ ...data, renderedBodies: kept }), out.sink, {
      articleRenderer: { render: async (jobs) => (rendered.push(...jobs.map((j) => j.article.id)), inline.render(jobs)) },
      mentionStyle: 'wikilink',
      exportedAt: 'x',
    });
    expect(rendered).toEqual([quoted.articleId]);
    const texts = [...out.files.values()].filter((t): t is string => typeof t === 'string');
    expect(texts.some((t) => t.includes('STALE BODY'))).toBe(false);
    const fresh = memorySink();
    await exportNotebook(memorySource(data), fresh.sink, { document: fixtureDocument(), mentionStyle: 'wikilink', exportedAt: 'x' });
    expect(out.files).toEqual(fresh.files);
  });
});
