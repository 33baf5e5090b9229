import { afterAll, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Article } from '../../shared/model';
import { openDossierDb } from './schema';
import { useDatabase } from './db';
import { countArticlesMatching, listArticlePage, listFacets, setArticleTags } from './articles';

function article(i: number, over: Partial<Article> = {}): Article {
  return {
    id: `a${String(i).padStart(3, '0')}`, url: null, canonicalUrl: null, title: `Story ${String(i).padStart(3, '0')}`, byline: null,
    siteName: i % 2 ? 'Alder Courier' : null, publishedAt: i % 3 ? `2026-02-${String((i % 28) + 1).padStart(2, '0')}` : null,
    clippedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(), lang: null, excerpt: null, leadImageId: null,
    wordCount: 1, readingMinutes: 1, tags: i % 4 === 0 ? ['ferry'] : [], actorIds: i % 5 === 0 ? ['act-1'] : [], quoteCount: i % 7,
    source: 'text', dateline: null, credit: null, previousVersionId: null, ...over,
  };
}

describe('library pages from the indexes', () => {
  const db = openDossierDb('pages', { indexedDB: new IDBFactory(), IDBKeyRange });
  useDatabase(db);
  afterAll(() => db.close());
  const all = Array.from({ length: 120 }, (_, i) => article(i));

  it('pages in index order; rows without the sort key come after, none lost, none repeated', async () => {
    await db.articles.bulkAdd(all);
    await db.actors.add({ id: 'act-1', name: 'Ines Calloway' } as never);
    for (const sort of ['clippedAt', 'publishedAt', 'siteName', 'title', 'quoteCount'] as const) {
      for (const descending of [false, true]) {
        const seen: string[] = [];
        for (let offset = 0; offset < 130; offset += 25) seen.push(...(await listArticlePage({ sort, descending, offset, limit: 25, filter: {} })).map((a) => a.id));
        expect(new Set(seen).size, `${sort} ${descending}`).toBe(120);
        expect(seen).toHaveLength(120);
        const keyed = seen.map((id) => all.find((a) => a.id === id)![sort]);
        const firstNull = keyed.findIndex((k) => k === null);
        if (firstNull >= 0) expect(keyed.slice(firstNull).every((k) => k === null)).toBe(true);
        const present = keyed.filter((k) => k !== null) as (string | number)[];
        const sorted = [...present].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
        expect(present).toEqual(descending ? sorted.reverse() : sorted);
      }
    }
  });

  it('filters by site, tag and actor while paging, and counts what a filter leaves', async () => {
    const ferry = await listArticlePage({ sort: 'publishedAt', descending: true, offset: 0, limit: 100, filter: { tag: 'ferry' } });
    expect(ferry.map((a) => a.id).sort()).toEqual(all.filter((a) => a.tags.includes('ferry')).map((a) => a.id).sort());
    expect(await countArticlesMatching({ tag: 'ferry' })).toBe(30);
    expect(await countArticlesMatching({ site: 'Alder Courier', actorId: 'act-1' })).toBe(all.filter((a) => a.siteName && a.actorIds.length).length);
    const page2 = await listArticlePage({ sort: 'title', descending: false, offset: 10, limit: 10, filter: { site: 'Alder Courier' } });
    expect(page2.map((a) => a.title)).toEqual(all.filter((a) => a.siteName).map((a) => a.title).sort().slice(10, 20));
  });

  it('facets come from index keys; tags are trimmed, unique and sorted', async () => {
    await setArticleTags('a001', [' ferry ', 'lights', 'ferry', '']);
    expect((await db.articles.get('a001'))!.tags).toEqual(['ferry', 'lights']);
    expect(await listFacets()).toEqual({ sites: ['Alder Courier'], tags: ['ferry', 'lights'], actors: [{ id: 'act-1', name: 'Ines Calloway' }] });
  });
});
