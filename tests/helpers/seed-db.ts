import type { Page } from '@playwright/test';
import type { Actor, Article, ArticleBody, Quote } from '../../shared/model';

export interface SeedRows {
  articles?: Article[];
  quotes?: Quote[];
  actors?: Actor[];
  bodies?: ArticleBody[];
}

/**
 * Writes rows straight into the app's IndexedDB (the way another feature's UI would have stored
 * them). The app must have opened its database first; reload afterwards so views read them.
 */
export async function seedRows(page: Page, rows: SeedRows): Promise<void> {
  await page.evaluate(
    (r) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('dossier');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['articles', 'quotes', 'actors', 'bodies'], 'readwrite');
          for (const b of r.bodies ?? []) tx.objectStore('bodies').put(b);
          for (const a of r.articles ?? []) tx.objectStore('articles').put(a);
          for (const q of r.quotes ?? []) tx.objectStore('quotes').put(q);
          for (const a of r.actors ?? []) tx.objectStore('actors').put(a);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows,
  );
}

const T = '2026-03-02T09:00:00.000Z';

export function testArticle(id: string, title: string): Article {
  return {
    id, url: `https://harbour-post.test/${id}`, canonicalUrl: null, title, byline: 'Mara Olsen', siteName: 'Harbour Post', publishedAt: T,
    clippedAt: T, lang: 'en', excerpt: null, leadImageId: null, wordCount: 300, readingMinutes: 2, tags: [], actorIds: [], quoteCount: 1,
    source: 'text', dateline: null, credit: null, previousVersionId: null,
  };
}

export function testQuote(id: string, articleId: string, text: string, speakerId: string | null): Quote {
  return {
    id, articleId, text, quoteSelector: { type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' },
    positionSelector: { type: 'TextPositionSelector', start: 0, end: text.length }, unplaced: false, color: 'yellow', comment: '',
    speakerId, mentionIds: [], tags: [], createdAt: T, updatedAt: T,
  };
}

export function testActor(id: string, name: string, aliases: string[] = []): Actor {
  const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
  return {
    id, name, kind: 'person', aliases, role: null, affiliationId: null, description: '', tags: [],
    keys: [name, ...aliases].map(fold), createdAt: T, updatedAt: T,
  };
}
