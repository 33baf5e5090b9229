import { afterAll, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import fc from 'fast-check';
import type { Article, ArticleBody, StoredImage } from '../../shared/model';
import { openDossierDb } from './schema';
import { useDatabase } from './db';
import { saveClip } from './articles';

const RUNS = 1000;

function clip(n: number, images: number): { article: Article; body: ArticleBody; images: StoredImage[] } {
  const id = `a${n}`;
  const article: Article = {
    id, url: null, canonicalUrl: null, title: `Story ${n}`, byline: null, siteName: null, publishedAt: null,
    clippedAt: new Date(0).toISOString(), lang: null, excerpt: null, leadImageId: null, wordCount: 3, readingMinutes: 1,
    tags: [], actorIds: [], quoteCount: 0, source: 'text', dateline: null, credit: null, previousVersionId: null,
  };
  return {
    article,
    body: { articleId: id, html: '<p>One two three.</p>', text: 'One two three.', captions: [] },
    images: Array.from({ length: images }, (_, i) => ({ id: `${id}-img${i}`, articleId: id, mime: 'image/png', bytes: new Uint8Array([i]), sourceUrl: `https://img.example/${i}.png` })),
  };
}

describe('saving a clip is all-or-nothing', () => {
  const db = openDossierDb('atomic', { indexedDB: new IDBFactory(), IDBKeyRange });
  useDatabase(db);
  let failAt = -1;
  let writes = 0;
  const injectFailure = () => {
    if (writes++ === failAt) throw new Error('injected failure');
  };
  for (const table of [db.articles, db.bodies, db.images]) table.hook('creating', injectFailure);
  afterAll(() => db.close());

  it(`leaves no partial rows when a write fails at a random point (${RUNS} runs)`, async () => {
    let n = 0;
    let failed = 0;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 8 }), async (images, point) => {
        const c = clip(n++, images);
        writes = 0;
        failAt = point; // rows written: 1 article + 1 body + `images`; a point past them means success
        const before = { a: await db.articles.count(), b: await db.bodies.count(), i: await db.images.count() };
        const ok = await saveClip(c.article, c.body, c.images).then(() => true, () => false);
        const after = { a: await db.articles.count(), b: await db.bodies.count(), i: await db.images.count() };
        if (ok) {
          expect(point).toBeGreaterThanOrEqual(2 + images);
          expect(after).toEqual({ a: before.a + 1, b: before.b + 1, i: before.i + images });
        } else {
          failed++;
          expect(point).toBeLessThan(2 + images);
          expect(after).toEqual(before);
          expect(await db.images.where('articleId').equals(c.article.id).count()).toBe(0);
        }
      }),
      { numRuns: RUNS },
    );
    expect(failed).toBeGreaterThan(RUNS / 4);
  });
});
