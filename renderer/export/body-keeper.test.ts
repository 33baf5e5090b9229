import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { parseHTML } from 'linkedom';
import { renderArticle } from '../../shared/export/documents';
import { exportNotebook, type ArticleRenderer, type ExportFile, type ExportSink } from '../../shared/export/notebook';
import type { Article, ArticleBody, StoredImage } from '../../shared/model';
import { articleText } from '../../shared/text/dom-text';
import { deleteArticle, saveClip } from '../db/articles';
import { useDatabase } from '../db/db';
import { dexieNotebookSource } from '../db/export-source';
import { createQuote, deleteQuote } from '../db/quotes';
import { openDossierDb, type DossierDb } from '../db/schema';
import { startBodyKeeper, type BodyKeeper } from './body-keeper';

const document = parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;

function clip(id: string, html: string, images: StoredImage[] = []): { article: Article; body: ArticleBody; images: StoredImage[] } {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  const article: Article = {
    id, url: `https://harbour.example/${id}`, canonicalUrl: null, title: `Harbour story ${id}`, byline: 'Ines Maro', siteName: 'Port Alder Post', publishedAt: '2026-03-02T08:00:00Z',
    clippedAt: '2026-03-02T09:00:00Z', lang: 'en', excerpt: null, leadImageId: null, wordCount: 20, readingMinutes: 1,
    tags: [], actorIds: [], quoteCount: 0, source: 'html', dateline: null, credit: null, previousVersionId: null,
  };
  return { article, body: { articleId: id, html, text: articleText(holder), captions: [] }, images };
}

const HTML =
  '<p>The harbour board of Port Alder agreed on Thursday to dredge the inner basin.</p>' +
  '<p>“Our boats grounded twice in a fortnight,” said Eda Novak, who skippers a trawler.</p>' +
  '<p><img src="dossier-image:img-1" alt="The inner basin at low tide"></p>';
const IMAGE: StoredImage = { id: 'img-1', articleId: 'a1', mime: 'image/jpeg', bytes: new Uint8Array([1, 2, 3]), sourceUrl: 'https://harbour.example/basin.jpg' };

/** Every file of a whole-notebook export, into memory. */
async function exportFiles(db: DossierDb, renderer: ArticleRenderer): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const sink: ExportSink = {
    previousManifest: async () => null,
    write: async (batch: ExportFile[]) => void batch.forEach((f) => 'text' in f && files.set(f.path, f.text)),
    finish: async () => ({ removed: 0 }),
  };
  await exportNotebook(dexieNotebookSource(db), sink, { articleRenderer: renderer, mentionStyle: 'wikilink', exportedAt: 'x' });
  return files;
}

/** Renders nothing: an export with it succeeds only when every article's body was kept. */
const refuse: ArticleRenderer = { render: async (jobs) => Promise.reject(new Error(`had to render ${jobs.map((j) => j.article.id).join(', ')}`)) };
/** Renders here, from scratch: what the export writes without kept bodies. */
const inline: ArticleRenderer = { render: async (jobs) => jobs.map((job) => renderArticle(job, document)) };

describe('the body keeper', () => {
  let db: DossierDb;
  let keeper: BodyKeeper | undefined;
  let n = 0;
  beforeEach(() => {
    db = openDossierDb(`keeper-${++n}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    useDatabase(db);
  });
  afterEach(() => {
    keeper?.stop();
    keeper = undefined;
    db.close();
  });
  const start = () => (keeper = startBodyKeeper({ document, schedule: (work) => setTimeout(work, 0), batchSize: 2, checkAfterMs: 0 }));

  it('renders the articles that have no kept body when it starts, and the export then renders nothing', async () => {
    const a = clip('a1', HTML, [IMAGE]);
    await saveClip(a.article, a.body, a.images);
    const b = clip('a2', '<p>Fishing crews welcomed the decision.</p>');
    await saveClip(b.article, b.body);
    await start().idle();
    expect((await db.renderedBodies.toArray()).map((r) => r.articleId).sort()).toEqual(['a1', 'a2']);
    const kept = await exportFiles(db, refuse);
    expect(kept).toEqual(await exportFiles(db, inline));
    expect(kept.get('Articles/Harbour story a1.md')).toContain('![The inner basin at low tide](../attachments/img-1.jpg)');
  });

  it('renders an article again when a highlight is made or deleted, and forgets a deleted article', async () => {
    const a = clip('a1', HTML);
    await saveClip(a.article, a.body);
    await start().idle();
    const start0 = a.body.text.indexOf('Our boats');
    const quote = await createQuote({ articleId: 'a1', start: start0, end: start0 + 'Our boats grounded twice in a fortnight'.length });
    await keeper!.idle();
    const highlighted = await exportFiles(db, refuse);
    expect(highlighted.get('Articles/Harbour story a1.md')).toMatch(/==Our boats grounded twice in a fortnight==.* \^q-[a-z0-9]+\n/);
    expect(highlighted).toEqual(await exportFiles(db, inline));

    await deleteQuote(quote.id);
    await keeper!.idle();
    const plain = await exportFiles(db, refuse);
    expect(plain.get('Articles/Harbour story a1.md')).not.toContain('==');

    await deleteArticle('a1');
    await keeper!.idle();
    await new Promise((r) => setTimeout(r, 10));
    expect(await db.renderedBodies.count()).toBe(0);
  });

  /** Clips one article, lets a keeper render it, stops the keeper and makes its render stale (a change it missed). */
  const staleRender = async () => {
    const a = clip('a1', HTML);
    await saveClip(a.article, a.body);
    await start().idle();
    keeper!.stop();
    const row = (await db.renderedBodies.get('a1'))!;
    await db.renderedBodies.put({ ...row, markdown: 'STALE', key: 'not-the-key' });
    return { a, row };
  };

  it('renders again what an older format or a missed change left behind; a stale body is never exported', async () => {
    // A change the keeper missed (it was stopped): the kept key no longer matches, so the export renders the body itself.
    const { a, row } = await staleRender();
    const files = await exportFiles(db, inline);
    expect([...files.values()].join('\n')).not.toContain('STALE');
    // ...and the next start finds it and renders it again; a render from an older format too.
    await start().idle();
    expect(await db.renderedBodies.get('a1')).toEqual(row);
    keeper!.stop();
    await db.renderedBodies.put({ ...row, markdown: 'OLD FORMAT', format: 0 });
    await start().idle();
    expect(await db.renderedBodies.get('a1')).toEqual(row);
    // A highlight made while no keeper listened (another window, a crash before the render).
    keeper!.stop();
    const at = a.body.text.indexOf('Our boats');
    await createQuote({ articleId: 'a1', start: at, end: at + 'Our boats'.length });
    await start().idle();
    expect((await db.renderedBodies.get('a1'))!.markdown).toContain('==Our boats==');
    expect(await exportFiles(db, refuse)).toEqual(await exportFiles(db, inline));
  });

  it('checks kept renders against their articles only a while after it starts', async () => {
    const { row } = await staleRender();
    keeper = startBodyKeeper({ document, schedule: (work) => setTimeout(work, 0), checkAfterMs: 60 });
    await keeper.idle();
    expect((await db.renderedBodies.get('a1'))!.markdown).toBe('STALE');
    await new Promise((r) => setTimeout(r, 100));
    await keeper.idle();
    expect(await db.renderedBodies.get('a1')).toEqual(row);
  });

  it('stops quietly when storage refuses its writes; the export still writes every file', async () => {
    const a = clip('a1', HTML);
    await saveClip(a.article, a.body);
    db.renderedBodies.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args[0]);
    try {
      await start().idle();
    } finally {
      console.warn = warn;
    }
    expect(warnings.join(' ')).toMatch(/could not keep rendered article bodies/);
    expect(await db.renderedBodies.count()).toBe(0);
    expect((await exportFiles(db, inline)).get('Articles/Harbour story a1.md')).toContain('Our boats grounded');
  });
});
