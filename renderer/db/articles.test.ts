import { beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Article, ArticleBody } from '../../shared/model';
import { openDossierDb } from './schema';
import { useDatabase } from './db';
import { deleteArticle, getArticle, readingPositionKey, restoreArticle, saveClip } from './articles';
import { getSetting, setSetting } from './settings';
import { onStorageError } from './errors';

function clip(id: string): { article: Article; body: ArticleBody } {
  const text = `A short story called ${id}.`;
  return {
    article: {
      id, url: null, canonicalUrl: null, title: `Story ${id}`, byline: null, siteName: null, publishedAt: null,
      clippedAt: new Date(0).toISOString(), lang: null, excerpt: null, leadImageId: null, wordCount: 5, readingMinutes: 1,
      tags: [], actorIds: [], quoteCount: 0, source: 'text', dateline: null, credit: null, previousVersionId: null,
    },
    body: { articleId: id, html: `<p>${text}</p>`, text, captions: [] },
  };
}

describe('deleting an article', () => {
  let n = 0;
  beforeEach(async () => {
    useDatabase(openDossierDb(`articles-${++n}`, { indexedDB: new IDBFactory(), IDBKeyRange }));
    for (const id of ['a1', 'a2']) await saveClip(clip(id).article, clip(id).body);
    await setSetting(readingPositionKey('a1'), 0.42);
  });

  it('removes its reading position with it, and Undo brings both back', async () => {
    await setSetting(readingPositionKey('other'), 0.9);
    const deleted = await deleteArticle('a1');
    expect(await getArticle('a1')).toBeUndefined();
    expect(await getSetting(readingPositionKey('a1'), null)).toBeNull();
    expect(await getSetting(readingPositionKey('other'), null)).toBe(0.9);

    await restoreArticle(deleted!);
    expect((await getArticle('a1'))?.title).toBe('Story a1');
    expect(await getSetting(readingPositionKey('a1'), null)).toBe(0.42);
  });

  it('restores an article that had no reading position without inventing one', async () => {
    const deleted = await deleteArticle('a2');
    expect(deleted).not.toBeNull();
    expect(deleted).not.toHaveProperty('readingPosition');
    await restoreArticle(deleted!);
    expect((await getArticle('a2'))?.title).toBe('Story a2');
    expect(await getSetting(readingPositionKey('a2'), null)).toBeNull();
  });
});

describe('saving a clip that was cancelled', () => {
  beforeEach(() => useDatabase(openDossierDb(`articles-cancel-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange })));

  it('before its transaction commits stores nothing, and rejects with the cancel, not as a storage failure', async () => {
    const reported: unknown[] = [];
    const stop = onStorageError((error) => reported.push(error));
    const controller = new AbortController();
    controller.abort(new DOMException('The clip was cancelled.', 'AbortError'));
    try {
      await expect(saveClip(clip('c1').article, clip('c1').body, [], [], controller.signal)).rejects.toThrow('The clip was cancelled.');
    } finally {
      stop();
    }
    expect(await getArticle('c1')).toBeUndefined();
    expect(reported).toEqual([]);
    // The same clip saved without a cancel is stored whole.
    await saveClip(clip('c1').article, clip('c1').body, [], [], new AbortController().signal);
    expect((await getArticle('c1'))?.title).toBe('Story c1');
  });
});
