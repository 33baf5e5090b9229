import type { Page } from '@playwright/test';
import { seedRows as writeNotebookRows } from './notebook-db';
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
export function seedRows(page: Page, rows: SeedRows): Promise<void> {
  return writeNotebookRows(page, rows);
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
