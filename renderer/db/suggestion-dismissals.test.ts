import { beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Article } from '../../shared/model';
import { openDossierDb } from './schema';
import { useDatabase } from './db';
import { deleteArticle, restoreArticle, saveClip } from './articles';
import { dismissedSuggestions, dismissSuggestion, restoreSuggestion } from './suggestion-dismissals';

const article = (id: string): Article => ({
  id, url: null, canonicalUrl: null, title: `Story ${id}`, byline: null, siteName: null, publishedAt: null,
  clippedAt: new Date(0).toISOString(), lang: null, excerpt: null, leadImageId: null, wordCount: 5, readingMinutes: 1,
  tags: [], actorIds: [], quoteCount: 0, source: 'text', dateline: null, credit: null, previousVersionId: null,
});

describe('dismissed suggestions', () => {
  let n = 0;
  beforeEach(async () => {
    useDatabase(openDossierDb(`dismissals-${++n}`, { indexedDB: new IDBFactory(), IDBKeyRange }));
    for (const id of ['a1', 'a2']) await saveClip(article(id), { articleId: id, html: '<p>Text.</p>', text: 'Text.', captions: [] });
  });

  it('are kept per article, once each, and can be shown again', async () => {
    await dismissSuggestion('a1', 'actor:ostrand');
    await dismissSuggestion('a1', 'quote:120');
    await dismissSuggestion('a1', 'actor:ostrand');
    expect(await dismissedSuggestions('a1')).toEqual(['actor:ostrand', 'quote:120']);
    expect(await dismissedSuggestions('a2')).toEqual([]);
    await restoreSuggestion('a1', 'actor:ostrand');
    expect(await dismissedSuggestions('a1')).toEqual(['quote:120']);
    await restoreSuggestion('a1', 'quote:120');
    expect(await dismissedSuggestions('a1')).toEqual([]);
  });

  it('go with their article when it is deleted, and come back with its Undo', async () => {
    await dismissSuggestion('a1', 'actor:ostrand');
    await dismissSuggestion('a2', 'actor:velmar');
    const deleted = await deleteArticle('a1');
    expect(await dismissedSuggestions('a1')).toEqual([]);
    expect(await dismissedSuggestions('a2')).toEqual(['actor:velmar']);
    await restoreArticle(deleted!);
    expect(await dismissedSuggestions('a1')).toEqual(['actor:ostrand']);
  });
});
