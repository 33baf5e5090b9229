import { describe, expect, it } from 'vitest';
import { fixtureDocument, fixtureNotebook } from '../../tests/fixtures/export/notebook';
import { generateNotebookRows } from '../../scripts/gen/notebook';
import type { Actor, Article, ArticleBody, Note, Quote, StoredImage } from '../model';
import { articleBodyKey, renderArticleBody } from './documents';
import type { ExportManifest } from './manifest';
import { articleBodyJob, exportNotebook, memorySource, type ArticleRenderer, type ExportFile, type ExportSink, type KeyedRenderedBody, type NotebookSource } from './notebook';
import { prepareExport, type PreparedExport } from './prepared';

type Rows = ReturnType<typeof fixtureNotebook>;

/** Every body rendered and kept, as the app's body keeper leaves them. */
function keptBodies(rows: Rows): Map<string, KeyedRenderedBody> {
  const document = fixtureDocument();
  const kept = new Map<string, KeyedRenderedBody>();
  for (const body of rows.bodies) {
    const job = articleBodyJob(
      body,
      rows.quotes.filter((q) => q.articleId === body.articleId),
      rows.images,
    );
    kept.set(body.articleId, { key: articleBodyKey(job), ...renderArticleBody(job, document) });
  }
  return kept;
}

function generatedNotebook(): Rows {
  const rows = { articles: [] as Article[], bodies: [] as ArticleBody[], actors: [] as Actor[], quotes: [] as Quote[], notes: [] as Note[], images: [] as StoredImage[] };
  for (const { table, row } of generateNotebookRows({ size: { articles: 40, quotes: 200, actors: 12, notes: 25, wordsPerArticle: 150, heavyActorQuotes: 30 } })) (rows[table] as unknown[]).push(row);
  return rows;
}

/** A source that counts the bodies and notes read. */
function counting(source: NotebookSource) {
  const reads = { bodies: 0, notes: 0 };
  const counted: NotebookSource = {
    ...source,
    bodies: (ids) => ((reads.bodies += ids.length), source.bodies(ids)),
    notes: (ids) => ((reads.notes += ids.length), source.notes(ids)),
  };
  return { source: counted, reads };
}

async function exportWith(source: NotebookSource, options: { prepared?: PreparedExport | null; previous?: ExportManifest | null; mentionStyle?: 'wikilink' | 'plain' } = {}) {
  const files = new Map<string, string | Uint8Array>();
  let manifest: ExportManifest | null = null;
  let rendered = 0;
  const sink: ExportSink = {
    previousManifest: async () => options.previous ?? null,
    write: async (batch: ExportFile[]) => void batch.forEach((f) => files.set(f.path, 'text' in f ? f.text : f.bytes)),
    finish: async (m) => ((manifest = m), { removed: 0 }),
  };
  const document = fixtureDocument();
  const renderer: ArticleRenderer = {
    render: async (jobs) => {
      rendered += jobs.length;
      const { renderArticle } = await import('./documents');
      return jobs.map((job) => renderArticle(job, document));
    },
  };
  await exportNotebook(source, sink, { articleRenderer: renderer, mentionStyle: options.mentionStyle ?? 'wikilink', exportedAt: '2026-03-15T00:00:00.000Z', prepared: options.prepared ?? null });
  return { files, manifest: manifest!, rendered };
}

describe('prepared export', () => {
  for (const [name, make] of [
    ['the fixture notebook', fixtureNotebook],
    ['a generated notebook', generatedNotebook],
  ] as const) {
    it(`writes the same files and manifest as an export made from scratch (${name}), without reading a body or a note`, async () => {
      const rows = make();
      const kept = keptBodies(rows);
      const prepared = await prepareExport(memorySource({ ...rows, renderedBodies: kept }), { mentionStyle: 'wikilink' });
      const plain = await exportWith(memorySource({ ...rows, renderedBodies: kept }));
      const { source, reads } = counting(memorySource({ ...rows, renderedBodies: kept }));
      const fast = await exportWith(source, { prepared });
      expect([...fast.files.keys()].sort()).toEqual([...plain.files.keys()].sort());
      for (const [path, data] of plain.files) expect(fast.files.get(path), path).toEqual(data);
      expect(fast.manifest).toEqual(plain.manifest);
      expect(reads).toEqual({ bodies: 0, notes: 0 });
      expect(fast.rendered).toBe(0);
      expect(prepared.articles.size).toBe(rows.articles.length);
      expect(prepared.notes.size).toBe(rows.notes.length);
    });
  }

  it('covers an article listing highlights its text does not hold', async () => {
    const rows = fixtureNotebook();
    const kept = keptBodies(rows);
    const prepared = await prepareExport(memorySource({ ...rows, renderedBodies: kept }), { mentionStyle: 'wikilink' });
    const fast = await exportWith(memorySource({ ...rows, renderedBodies: kept }), { prepared });
    expect([...fast.files.values()].some((t) => typeof t === 'string' && t.includes('## Highlights not found in the text'))).toBe(true);
  });

  it('makes an article from its body when its kept body is gone or is not the one it was prepared with', async () => {
    const rows = fixtureNotebook();
    const kept = keptBodies(rows);
    const prepared = await prepareExport(memorySource({ ...rows, renderedBodies: kept }), { mentionStyle: 'wikilink' });
    const [first, second] = rows.bodies.map((b) => b.articleId);
    const partial = new Map(kept);
    partial.delete(first!);
    partial.set(second!, { ...partial.get(second!)!, key: 'another body', markdown: 'STALE' });
    const plain = await exportWith(memorySource({ ...rows, renderedBodies: kept }));
    const { source, reads } = counting(memorySource({ ...rows, renderedBodies: partial }));
    const fast = await exportWith(source, { prepared });
    for (const [path, data] of plain.files) expect(fast.files.get(path), path).toEqual(data);
    expect(reads.bodies).toBe(2);
    expect(fast.rendered).toBe(2);
  });

  it('is not used for another mention style, or for a folder whose earlier export named files otherwise', async () => {
    const rows = fixtureNotebook();
    const kept = keptBodies(rows);
    const prepared = await prepareExport(memorySource({ ...rows, renderedBodies: kept }), { mentionStyle: 'wikilink' });

    const plainStyle = await exportWith(memorySource({ ...rows, renderedBodies: kept }), { mentionStyle: 'plain' });
    const { source, reads } = counting(memorySource({ ...rows, renderedBodies: kept }));
    const withPrepared = await exportWith(source, { prepared, mentionStyle: 'plain' });
    expect(withPrepared.files).toEqual(plainStyle.files);
    expect(reads.notes).toBe(rows.notes.length);

    // An earlier export into this folder numbered the first actor's file (a name clash since gone), which a re-export keeps.
    const first = await exportWith(memorySource({ ...rows, renderedBodies: kept }));
    const actorKey = `actor:${rows.actors[0]!.id}`;
    const numbered = first.manifest.items[actorKey]!.replace(/\.md$/, ' (2).md');
    const previous: ExportManifest = { ...first.manifest, items: { ...first.manifest.items, [actorKey]: numbered } };
    const expected = await exportWith(memorySource({ ...rows, renderedBodies: kept }), { previous });
    const again = await exportWith(memorySource({ ...rows, renderedBodies: kept }), { prepared, previous });
    expect(again.files.has(numbered)).toBe(true);
    expect(again.files).toEqual(expected.files);
  });

  it('stops between batches when cancelled, and pauses between them', async () => {
    const rows = generatedNotebook();
    let pauses = 0;
    const controller = new AbortController();
    const run = prepareExport(memorySource(rows), {
      mentionStyle: 'wikilink',
      batchSize: 10,
      pause: async () => {
        if (++pauses === 3) controller.abort();
      },
      signal: controller.signal,
    });
    await expect(run).rejects.toThrow();
    expect(pauses).toBe(3);
  });
});
