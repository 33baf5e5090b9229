import { describe, expect, it } from 'vitest';
import type { Actor, Article, Note, Quote } from '../model';
import { actorDoc, articleDoc, foldTerm, NotebookIndex, noteDoc, quoteDoc, snippet } from './notebook-index';

const at = '2025-03-01T10:00:00.000Z';

function article(id: string, title: string, extra: Partial<Article> = {}): Article {
  return {
    id, url: null, canonicalUrl: null, title, byline: null, siteName: null, publishedAt: null, clippedAt: at, lang: 'en', excerpt: null,
    leadImageId: null, wordCount: 0, readingMinutes: 1, tags: [], actorIds: [], quoteCount: 0, source: 'text', dateline: null, credit: null,
    previousVersionId: null, ...extra,
  };
}

function quote(id: string, articleId: string, text: string, comment = '', updatedAt = at): Quote {
  return {
    id, articleId, text, quoteSelector: { type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' },
    positionSelector: { type: 'TextPositionSelector', start: 0, end: text.length }, unplaced: false, color: 'yellow', comment,
    speakerId: null, mentionIds: [], tags: [], createdAt: at, updatedAt,
  };
}

function actor(id: string, name: string, aliases: string[] = [], role: string | null = null): Actor {
  return { id, name, kind: 'person', aliases, role, affiliationId: null, description: '', tags: [], keys: [], createdAt: at, updatedAt: at };
}

function note(id: string, title: string, text: string): Note {
  return { id, title, editorState: '{}', text, articleId: null, quoteIds: [], actorIds: [], createdAt: at, updatedAt: at };
}

function sample(): NotebookIndex {
  const index = NotebookIndex.create();
  index.upsert(articleDoc(article('a1', 'Harbour council approves night ferry', { byline: 'Maren Olsby', siteName: 'The Velmar Courier' }), 'The council of Velmar voted seven to two for the ferry on Tuesday.\n\nService starts in spring.'));
  index.upsert(articleDoc(article('a2', 'Grain prices fall at Kessing market'), 'Traders at the Kessing exchange said the harvest was early. Ólafur Brännström of the Grain Union disagreed.'));
  index.upsert(quoteDoc(quote('q1', 'a1', 'We will run the ferry every night of the week', 'promise to check in June')));
  index.upsert(quoteDoc(quote('q2', 'a2', 'The harvest came three weeks early')));
  index.upsert(actorDoc(actor('p1', 'Ólafur Brännström', ['Brännström', 'O. Brannstrom'], 'union leader')));
  index.upsert(actorDoc(actor('p2', 'Maren Olsby', [], 'transport minister')));
  index.upsert(noteDoc(note('n1', 'Ferry timeline', 'Council vote first, then the tender. Ask Olsby about night crews.')));
  return index;
}

const found = (index: NotebookIndex, q: string) => index.search(q).map((h) => `${h.kind}:${h.id}`);

describe('NotebookIndex', () => {
  it('finds every kind of row by its own fields, grouped by kind', () => {
    const index = sample();
    expect(found(index, 'ferry')).toEqual(['article:a1', 'quote:q1', 'note:n1']);
    expect(found(index, 'Velmar Courier')).toEqual(['article:a1']); // site name
    expect(found(index, 'Olsby')).toEqual(['article:a1', 'actor:p2', 'note:n1']); // byline, actor, note text
    expect(found(index, 'June')).toEqual(['quote:q1']); // quote comment
    expect(found(index, 'union')).toEqual(['article:a2', 'actor:p1']); // body text; actor role
    expect(found(index, 'union leader')).toEqual(['actor:p1']); // every word must match
    expect(found(index, 'timeline')).toEqual(['note:n1']);
  });

  it('ignores case and diacritics both ways, and forgives typos and unfinished words', () => {
    const index = sample();
    expect(found(index, 'brannstrom')).toContain('actor:p1');
    expect(found(index, 'BRÄNNSTRÖM')).toContain('actor:p1');
    expect(found(index, 'olafur')).toContain('actor:p1');
    expect(found(index, 'Késsing')).toEqual(['article:a2']);
    expect(found(index, 'brannstrm')).toContain('actor:p1'); // one letter missing
    expect(found(index, 'harbuor')).toContain('article:a1'); // two letters swapped
    expect(found(index, 'harv')).toEqual(['article:a2', 'quote:q2']); // prefix while typing
    expect(found(index, 'zzyzx')).toEqual([]);
  });

  it('ranks a title match above a body match', () => {
    const index = NotebookIndex.create();
    index.upsert(articleDoc(article('body', 'Budget talks continue'), 'Somewhere deep in the text the ferry is named once among many other words about budgets.'));
    index.upsert(articleDoc(article('title', 'Ferry fares rise'), 'Prices go up in May.'));
    expect(found(index, 'ferry')).toEqual(['article:title', 'article:body']);
  });

  it('follows edits and deletions', () => {
    const index = sample();
    index.upsert(actorDoc(actor('p2', 'Maren Olsby-Tvedt', [], 'deputy premier')));
    expect(found(index, 'tvedt')).toEqual(['actor:p2']);
    expect(found(index, 'transport minister')).toEqual([]);
    index.upsert(quoteDoc(quote('q1', 'a1', 'We will run the ferry on weekends only', '', '2025-03-02T00:00:00.000Z')));
    expect(found(index, 'weekends')).toEqual(['quote:q1']);
    expect(found(index, 'June')).toEqual([]);
    index.remove('article', 'a1');
    index.remove('note', 'n1');
    expect(found(index, 'ferry')).toEqual(['quote:q1']);
    expect(index.has('article', 'a1')).toBe(false);
    expect(index.ids('article')).toEqual(['a2']);
    index.remove('article', 'missing'); // no-op
    expect(index.size).toBe(5);
  });

  it('survives a snapshot round trip, including later edits', () => {
    const index = sample();
    index.remove('quote', 'q2');
    const restored = NotebookIndex.fromSnapshot(index.toSnapshot());
    expect(found(restored, 'brannstrm')).toEqual(found(index, 'brannstrm'));
    expect(restored.ids('quote')).toEqual(['q1']);
    expect(restored.signature('quote', 'q1')).toBe(at);
    restored.upsert(noteDoc(note('n2', 'Harvest calendar', 'Early frost.')));
    expect(found(restored, 'frost')).toEqual(['note:n2']);
  });

  it('keeps finding the right rows after many edits drop and renumber dead slots', () => {
    const index = NotebookIndex.create();
    for (let i = 0; i < 12_000; i++) index.upsert(quoteDoc(quote(`q${i}`, 'a', `harbour ferry crossing ${i}`)));
    // Every row edited twice: 24,000 dead slots, enough to compact.
    for (let round = 0; round < 2; round++) for (let i = 0; i < 12_000; i++) index.upsert(quoteDoc(quote(`q${i}`, 'a', `canal barge ${round} ${i}`, '', `2025-04-0${round + 1}T00:00:00.000Z`)));
    for (let i = 0; i < 12_000; i += 2) index.remove('quote', `q${i}`);
    expect(index.size).toBe(6_000);
    expect(index.search('harbour')).toEqual([]);
    expect(index.search('barge 1 11999', { perKind: 5 })[0]?.id).toBe('q11999'); // exact beats 10999, 11099 (one typo away)
    expect(index.search('barge', { perKind: 100_000 })).toHaveLength(6_000);
    expect(index.signature('quote', 'q1')).toBe('2025-04-02T00:00:00.000Z');
    const restored = NotebookIndex.fromSnapshot(index.toSnapshot());
    expect(restored.search('barge 1 11999')[0]?.id).toBe('q11999');
    expect(restored.ids('quote')).toHaveLength(6_000);
  });

  it('filters by kind and caps hits per kind', () => {
    const index = NotebookIndex.create();
    for (let i = 0; i < 30; i++) index.upsert(quoteDoc(quote(`q${i}`, 'a', `ferry number ${i}`)));
    index.upsert(noteDoc(note('n', 'ferry', '')));
    expect(index.search('ferry', { perKind: 5 })).toHaveLength(6);
    expect(index.search('ferry', { kinds: ['note'] }).map((h) => h.id)).toEqual(['n']);
    expect(index.search('ferry', { kinds: ['quote'] })[0]).toMatchObject({ kind: 'quote', articleId: 'a' });
  });

  it('folds terms and cuts snippets around the match', () => {
    expect(foldTerm('Ströme')).toBe('strome');
    expect(foldTerm('STRASSE')).toBe('strasse');
    expect(foldTerm('Straße')).toBe('strasse');
    const long = `${'lorem '.repeat(60)}the Brännström vote ${'ipsum '.repeat(60)}`;
    const cut = snippet(long, ['brannstrom']);
    expect(cut).toContain('Brännström vote');
    expect(cut.startsWith('…')).toBe(true);
    expect(cut.length).toBeLessThan(150);
    expect(snippet('short text', ['x'])).toBe('short text');
  });
});
