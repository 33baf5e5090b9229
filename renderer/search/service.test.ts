import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateNotebookRows, type NotebookSpec } from '../../scripts/gen/notebook';
import type { Actor, Article, ArticleBody, Note, Quote } from '../../shared/model';
import { onChange } from '../db/changes';
import { useDatabase } from '../db/db';
import { deleteArticle, saveClip, updateArticle } from '../db/articles';
import { loadIndexSnapshot } from '../db/search-index';
import { openDossierDb, type DossierDb } from '../db/schema';
import { STOP_WORDS } from '../../shared/search/notebook-index';
import { naiveScan } from './naive-scan';
import { SearchService } from './service';

const at = '2025-03-01T10:00:00.000Z';
const later = '2099-01-01T00:00:00.000Z';

function article(id: string, title: string): Article {
  return {
    id, url: null, canonicalUrl: null, title, byline: 'Maren Olsby', siteName: 'The Velmar Courier', publishedAt: null, clippedAt: at, lang: 'en',
    excerpt: null, leadImageId: null, wordCount: 0, readingMinutes: 1, tags: [], actorIds: [], quoteCount: 0, source: 'text', dateline: null,
    credit: null, previousVersionId: null,
  };
}
const body = (articleId: string, text: string): ArticleBody => ({ articleId, html: `<p>${text}</p>`, text, captions: [] });
function quote(id: string, articleId: string, text: string, updatedAt = at): Quote {
  return {
    id, articleId, text, quoteSelector: { type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' },
    positionSelector: { type: 'TextPositionSelector', start: 0, end: text.length }, unplaced: false, color: 'yellow', comment: '',
    speakerId: null, mentionIds: [], tags: [], createdAt: at, updatedAt,
  };
}
function actor(id: string, name: string, updatedAt = at): Actor {
  return { id, name, kind: 'person', aliases: [], role: null, affiliationId: null, description: '', tags: [], keys: [], createdAt: at, updatedAt };
}
function note(id: string, title: string, text: string, updatedAt = at): Note {
  return { id, title, editorState: '{}', text, articleId: null, quoteIds: [], actorIds: [], createdAt: at, updatedAt };
}

let db: DossierDb;
let n = 0;
beforeEach(() => {
  db = openDossierDb(`search-${n++}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  useDatabase(db);
});
afterEach(() => db.close());

const ids = (service: SearchService, q: string) => service.search(q, { perKind: 1000 }).map((h) => `${h.kind}:${h.id}`);

async function started(): Promise<SearchService> {
  const service = new SearchService(undefined, 0);
  await service.start();
  return service;
}

describe('SearchService', () => {
  it('builds from the database, follows every change the repositories report, and saves itself', async () => {
    await saveClip(article('a1', 'Harbour council approves night ferry'), body('a1', 'The council voted seven to two.'));
    await db.quotes.put(quote('q1', 'a1', 'We will run the ferry every night'));
    await db.actors.put(actor('p1', 'Ólafur Brännström'));
    const service = await started();
    expect(service.getStatus()).toMatchObject({ state: 'ready', source: 'build', docs: 3 });
    expect(ids(service, 'ferry')).toEqual(['article:a1', 'quote:q1']);
    expect((await loadIndexSnapshot())?.meta.docs).toBe(3);

    const stop = onChange((change) => void service.apply(change));
    await saveClip(article('a2', 'Grain prices fall'), body('a2', 'Traders at the Kessing exchange.'));
    await updateArticle('a1', { title: 'Harbour council delays the ferry vote' });
    await deleteArticle('a2');
    stop();
    await service.apply({ table: 'notes', kind: 'put', ids: ['n-missing'] }); // a put for a row already gone
    await db.quotes.put(quote('q1', 'a1', 'We will run the ferry on weekends only', later));
    await service.apply({ table: 'quotes', kind: 'put', ids: ['q1'] });
    await db.actors.delete('p1');
    await service.apply({ table: 'actors', kind: 'delete', ids: ['p1'] });
    await service.flush();

    expect(ids(service, 'delays')).toEqual(['article:a1']);
    expect(ids(service, 'approves')).toEqual([]);
    expect(ids(service, 'kessing')).toEqual([]);
    expect(ids(service, 'weekends')).toEqual(['quote:q1']);
    expect(ids(service, 'brannstrom')).toEqual([]);
    expect(service.getStatus().changeCount).toBeGreaterThanOrEqual(5);

    const reopened = await started();
    expect(reopened.getStatus()).toMatchObject({ state: 'ready', source: 'snapshot', docs: 2 });
    expect(ids(reopened, 'weekends')).toEqual(['quote:q1']);
    expect(ids(reopened, 'delays')).toEqual(['article:a1']);
  });

  it('notices on open what changed while it was not listening (stale snapshot)', async () => {
    await saveClip(article('a1', 'Harbour council approves night ferry'), body('a1', 'The council voted.'));
    await db.quotes.bulkPut([quote('q1', 'a1', 'first words'), quote('q2', 'a1', 'second words')]);
    await db.notes.put(note('n1', 'Ferry timeline', 'Vote first.'));
    await (await started()).flush();

    // Writes no index saw: an added actor, a deleted quote, an edited note, a renamed article.
    await db.actors.put(actor('p1', 'Zoë Mårtel'));
    await db.quotes.delete('q2');
    await db.notes.put(note('n1', 'Ferry timeline', 'Tender comes before the vote.', later));
    await db.articles.update('a1', { title: 'Harbour council postpones ferry' });

    const service = await started();
    expect(service.getStatus().source).toBe('snapshot');
    expect(ids(service, 'zoe martel')).toEqual(['actor:p1']);
    expect(ids(service, 'second')).toEqual([]);
    expect(ids(service, 'tender')).toEqual(['note:n1']);
    expect(ids(service, 'postpones')).toEqual(['article:a1']);
    expect(ids(service, 'approves')).toEqual([]);
  });

  it('rebuilds when the saved snapshot is unreadable', async () => {
    await saveClip(article('a1', 'Harbour ferry'), body('a1', 'Text.'));
    await (await started()).flush();
    await db.searchIndex.put({ id: 'header:0', data: '{not json', updatedAt: at });
    const service = await started();
    expect(service.getStatus().source).toBe('build');
    expect(ids(service, 'harbour')).toEqual(['article:a1']);
  });

  it('on a generated notebook finds every row that contains a word, as a full scan does', async () => {
    const spec: NotebookSpec = { articles: 12, quotes: 60, actors: 30, notes: 15, wordsPerArticle: 300, heavyActorQuotes: 6 };
    for (const { table, row } of generateNotebookRows({ size: spec, seed: 'oracle' })) await db.table(table).put(row);
    const service = await started();
    const texts = await db.bodies.toArray();
    const words = [...new Set(texts.flatMap((b) => b.text.split(/[\s\p{P}]+/u)).filter((w) => w.length >= 6 && !STOP_WORDS.has(w.toLowerCase())))].slice(0, 40);
    const actors = await db.actors.toArray();
    for (const query of [...words, ...actors.slice(0, 10).map((a) => a.name)]) {
      const scanned = await naiveScan(query);
      const whole = new RegExp(`(^|[^\\p{L}])${query.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()}($|[^\\p{L}])`, 'u');
      const expected = [];
      for (const key of scanned) {
        const [kind, id] = key.split(':') as [string, string];
        const text = kind === 'article' ? `${(await db.articles.get(id))!.title} ${(await db.bodies.get(id))!.text}` : kind === 'quote' ? (await db.quotes.get(id))!.text + ' ' + (await db.quotes.get(id))!.comment : kind === 'actor' ? [(await db.actors.get(id))!.name, ...(await db.actors.get(id))!.aliases].join(' ') : `${(await db.notes.get(id))!.title} ${(await db.notes.get(id))!.text}`;
        if (whole.test(text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase())) expected.push(key);
      }
      const found = new Set(ids(service, query));
      for (const key of expected) expect(found.has(key), `${query} should find ${key}`).toBe(true);
    }
  });
});
