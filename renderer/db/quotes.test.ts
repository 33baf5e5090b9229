import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Article, ArticleBody } from '../../shared/model';
import { openDossierDb } from './schema';
import { useDatabase } from './db';
import { saveClip } from './articles';
import { onChange, type Change } from './changes';
import { applyAnchors, createQuote, createQuotes, deleteQuote, getQuote, listQuoteTags, listQuotes, listQuotesForArticle, restoreQuote, updateQuote } from './quotes';

const TEXT = 'The harbour master, Ilsa Varga, said: "The ferry will run until March." Councillor Oren Dale disagreed.\n\nHe called the plan "a waste of everyone\'s evening."';

function article(id: string): { article: Article; body: ArticleBody } {
  return {
    article: {
      id, url: null, canonicalUrl: null, title: `Story ${id}`, byline: null, siteName: null, publishedAt: null,
      clippedAt: new Date(0).toISOString(), lang: null, excerpt: null, leadImageId: null, wordCount: 20, readingMinutes: 1,
      tags: [], actorIds: [], quoteCount: 0, source: 'text', dateline: null, credit: null, previousVersionId: null,
    },
    body: { articleId: id, html: `<p>${TEXT}</p>`, text: TEXT, captions: [] },
  };
}

const range = (words: string, text = TEXT): { start: number; end: number } => {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`no "${words}"`);
  return { start, end: start + words.length };
};

describe('quotes repository', () => {
  let db = openDossierDb('quotes-0', { indexedDB: new IDBFactory(), IDBKeyRange });
  let n = 0;
  const changes: Change[] = [];
  onChange((c) => changes.push(c));
  beforeEach(async () => {
    db.close();
    db = openDossierDb(`quotes-${++n}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    useDatabase(db);
    changes.length = 0;
    const a = article('a1');
    await saveClip(a.article, a.body);
    const b = article('a2');
    await saveClip(b.article, b.body);
    changes.length = 0;
  });
  afterAll(() => db.close());

  it('creates a quote with its words and W3C selectors from the stored text, and counts it on the article', async () => {
    const q = await createQuote({ articleId: 'a1', ...range('The ferry will run until March.'), color: 'green', comment: 'key line', speakerId: 'ilsa', mentionIds: ['oren', 'oren'] });
    expect(q.text).toBe('The ferry will run until March.');
    expect(q.quoteSelector).toEqual({ type: 'TextQuoteSelector', exact: 'The ferry will run until March.', prefix: TEXT.slice(q.positionSelector.start - 32, q.positionSelector.start), suffix: TEXT.slice(q.positionSelector.end, q.positionSelector.end + 32) });
    expect(q.positionSelector).toEqual({ type: 'TextPositionSelector', ...range('The ferry will run until March.') });
    expect(q).toMatchObject({ color: 'green', comment: 'key line', speakerId: 'ilsa', mentionIds: ['oren'], unplaced: false, tags: [] });
    expect(await getQuote(q.id)).toEqual(q);
    const art = await db.articles.get('a1');
    expect(art?.quoteCount).toBe(1);
    expect(art?.actorIds.sort()).toEqual(['ilsa', 'oren']);
    expect(changes).toContainEqual({ table: 'quotes', kind: 'put', ids: [q.id] });
  });

  it('refuses an empty or out-of-range selection and writes nothing', async () => {
    await expect(createQuote({ articleId: 'a1', start: 5, end: 5 })).rejects.toThrow();
    await expect(createQuote({ articleId: 'a1', start: 0, end: TEXT.length + 1 })).rejects.toThrow();
    await expect(createQuote({ articleId: 'nope', start: 0, end: 3 })).rejects.toThrow();
    expect(await db.quotes.count()).toBe(0);
    expect((await db.articles.get('a1'))?.quoteCount).toBe(0);
  });

  it('lists an article’s quotes in reading order, not creation order', async () => {
    await createQuote({ articleId: 'a1', ...range('a waste') });
    await createQuote({ articleId: 'a1', ...range('harbour master') });
    await createQuote({ articleId: 'a2', ...range('ferry') });
    await createQuote({ articleId: 'a1', ...range('Oren Dale') });
    const list = await listQuotesForArticle('a1');
    expect(list.map((q) => q.text)).toEqual(['harbour master', 'Oren Dale', 'a waste']);
  });

  it('creates several quotes in one transaction', async () => {
    const qs = await createQuotes('a1', [range('harbour master'), range('Oren Dale')]);
    expect(qs).toHaveLength(2);
    expect((await db.articles.get('a1'))?.quoteCount).toBe(2);
  });

  it('updates colour, comment and tags, and deleting then restoring gives back the same quote', async () => {
    const q = await createQuote({ articleId: 'a1', ...range('harbour master') });
    const u = await updateQuote(q.id, { color: 'pink', comment: 'check title', tags: ['ports', 'ports', 'council'] });
    expect(u).toMatchObject({ color: 'pink', comment: 'check title', tags: ['ports', 'council'] });
    expect(await getQuote(q.id)).toEqual(u);
    const deleted = await deleteQuote(q.id);
    expect(deleted?.quote).toEqual(u);
    expect(await getQuote(q.id)).toBeUndefined();
    expect((await db.articles.get('a1'))?.quoteCount).toBe(0);
    expect(await deleteQuote(q.id)).toBeNull();
    await restoreQuote(deleted!);
    expect(await getQuote(q.id)).toEqual(u);
    expect((await db.articles.get('a1'))?.quoteCount).toBe(1);
  });

  it('applies re-anchoring: a moved quote gets new selectors, an unplaceable one is kept and marked unplaced', async () => {
    const moved = await createQuote({ articleId: 'a1', ...range('harbour master') });
    const lost = await createQuote({ articleId: 'a1', ...range('Oren Dale') });
    const still = await createQuote({ articleId: 'a1', ...range('a waste') });
    const edited = `UPDATED: ${TEXT.replace('Oren Dale', 'Someone')}`;
    await db.bodies.update('a1', { text: edited });
    const changed = await applyAnchors('a1', [
      { id: moved.id, placement: range('harbour master', edited) },
      { id: lost.id, placement: null },
      { id: still.id, placement: { start: still.positionSelector.start, end: still.positionSelector.end } },
    ]);
    // "still" is re-described too: its context moved with the inserted text, so its selectors change.
    const m = await getQuote(moved.id);
    expect(m?.positionSelector).toEqual({ type: 'TextPositionSelector', ...range('harbour master', edited) });
    expect(m?.quoteSelector.prefix).toBe('UPDATED: The ');
    const l = await getQuote(lost.id);
    expect(l).toMatchObject({ unplaced: true, text: 'Oren Dale', quoteSelector: lost.quoteSelector, positionSelector: lost.positionSelector });
    expect(changed.map((q) => q.id)).toContain(moved.id);
    // Applying the same placements again writes nothing.
    const again = await applyAnchors('a1', [{ id: moved.id, placement: range('harbour master', edited) }, { id: lost.id, placement: null }]);
    expect(again).toEqual([]);
  });

  it('pages and filters All quotes by actor (speaker or mention), colour, article, tag and search', async () => {
    const a = await createQuote({ articleId: 'a1', ...range('harbour master'), speakerId: 'ilsa', color: 'green', tags: ['ports'] });
    const b = await createQuote({ articleId: 'a1', ...range('Oren Dale'), mentionIds: ['ilsa'], comment: 'Councillor’s name' });
    const c = await createQuote({ articleId: 'a2', ...range('a waste'), speakerId: 'oren', color: 'green' });
    const ids = (p: { quotes: { id: string }[] }) => p.quotes.map((q) => q.id).sort();
    expect(ids(await listQuotes({ actorId: 'ilsa' }, 0, 10))).toEqual([a.id, b.id].sort());
    expect(ids(await listQuotes({ color: 'green' }, 0, 10))).toEqual([a.id, c.id].sort());
    expect(ids(await listQuotes({ color: 'green', actorId: 'oren' }, 0, 10))).toEqual([c.id]);
    expect(ids(await listQuotes({ articleId: 'a2' }, 0, 10))).toEqual([c.id]);
    expect(ids(await listQuotes({ tag: 'ports' }, 0, 10))).toEqual([a.id]);
    expect(ids(await listQuotes({ search: 'COUNCILLORS' }, 0, 10))).toEqual([]);
    expect(ids(await listQuotes({ search: 'councillor’s' }, 0, 10))).toEqual([b.id]);
    expect(ids(await listQuotes({ search: 'WASTE' }, 0, 10))).toEqual([c.id]);
    const all = await listQuotes({}, 0, 10);
    expect(all.total).toBe(3);
    const page1 = await listQuotes({}, 0, 2);
    const page2 = await listQuotes({}, 2, 2);
    expect(page1.total).toBe(3);
    expect([...page1.quotes, ...page2.quotes].map((q) => q.id)).toEqual(all.quotes.map((q) => q.id));
    expect((await listQuotes({ search: 'a' }, 1, 1)).total).toBe(3);
    expect(await listQuoteTags()).toEqual(['ports']);
  });
});
