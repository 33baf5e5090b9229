import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Article, Note, Quote } from '../../shared/model';
import { openDossierDb } from './schema';
import { useDatabase } from './db';
import { onChange, type Change } from './changes';
import {
  createActor, deleteActor, findLikelyDuplicates, getActor, linkActorsToArticle, listActors, countActors, loadActorPage,
  mergeActors, restoreSnapshot, searchActors, setQuoteActors, setQuoteSpeaker, updateActor,
} from './actors';

let n = 0;
const db = openDossierDb('actors-test', { indexedDB: new IDBFactory(), IDBKeyRange });
beforeAll(() => useDatabase(db));
afterAll(() => db.close());

const changes: Change[] = [];
onChange((c) => changes.push(c));

function article(over: Partial<Article> = {}): Article {
  const id = `art${++n}`;
  return {
    id, url: null, canonicalUrl: null, title: `Story ${id}`, byline: null, siteName: null, publishedAt: null,
    clippedAt: '2026-01-01T00:00:00.000Z', lang: null, excerpt: null, leadImageId: null, wordCount: 3, readingMinutes: 1,
    tags: [], actorIds: [], quoteCount: 0, source: 'text', dateline: null, credit: null, previousVersionId: null, ...over,
  };
}

function quote(articleId: string, start: number, over: Partial<Quote> = {}): Quote {
  return {
    id: `q${++n}`, articleId, text: 'words', quoteSelector: { type: 'TextQuoteSelector', exact: 'words', prefix: '', suffix: '' },
    positionSelector: { type: 'TextPositionSelector', start, end: start + 5 }, unplaced: false, color: 'yellow', comment: '',
    speakerId: null, mentionIds: [], tags: [], createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', ...over,
  };
}

function note(actorIds: string[]): Note {
  return { id: `n${++n}`, title: 'Note', editorState: '{}', text: '', articleId: null, quoteIds: [], actorIds, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
}

beforeEach(async () => {
  await Promise.all([db.actors.clear(), db.quotes.clear(), db.articles.clear(), db.notes.clear()]);
  changes.length = 0;
});

describe('actors repository', () => {
  it('creates an actor with folded keys of its name and aliases, and announces the change', async () => {
    const a = await createActor({ name: '  Zoë  Ångström ', aliases: ['The Admiral', 'the admiral', 'Zoe Angstrom'], tags: ['navy', 'Navy'] });
    expect(a.name).toBe('Zoë Ångström');
    expect(a.aliases).toEqual(['The Admiral']);
    expect(a.keys).toEqual(['zoe angstrom', 'the admiral']);
    expect(a.tags).toEqual(['navy']);
    expect(await getActor(a.id)).toEqual(a);
    expect(changes).toContainEqual({ table: 'actors', kind: 'put', ids: [a.id] });
    await expect(createActor({ name: '   ' })).rejects.toThrow(/needs a name/);
  });

  it('updates fields and keeps keys and updatedAt in step', async () => {
    const a = await createActor({ name: 'Ilse Marrow' });
    const u = await updateActor(a.id, { aliases: ['Port director'], role: 'Harbour Commissioner', kind: 'person' });
    expect(u.keys).toEqual(['ilse marrow', 'port director']);
    expect(u.role).toBe('Harbour Commissioner');
    expect(u.updatedAt >= a.updatedAt).toBe(true);
    await expect(updateActor(a.id, { affiliationId: a.id })).rejects.toThrow(/own affiliation/);
  });

  it('warns of likely duplicates: same folded name or alias', async () => {
    const a = await createActor({ name: 'José Müller', aliases: ['Pepe'] });
    await createActor({ name: 'Someone Else' });
    expect((await findLikelyDuplicates('JOSE MULLER')).map((x) => x.id)).toEqual([a.id]);
    expect((await findLikelyDuplicates('Joseph', ['pepe'])).map((x) => x.id)).toEqual([a.id]);
    expect(await findLikelyDuplicates('José Müller', [], a.id)).toEqual([]);
    expect(await findLikelyDuplicates('Josef Muller')).toEqual([]);
  });

  it('type-ahead finds names and aliases by prefix and by later word, ignoring case and diacritics', async () => {
    const a = await createActor({ name: 'Scott Bessent', aliases: ['The Treasury chief'] });
    const b = await createActor({ name: 'Ångela Ruiz', kind: 'person' });
    const c = await createActor({ name: 'Ruiz Holdings', kind: 'organisation' });
    expect((await searchActors('sco')).map((x) => x.id)).toEqual([a.id]);
    expect((await searchActors('treas')).map((x) => x.id)).toEqual([a.id]);
    expect((await searchActors('bess')).map((x) => x.id)).toEqual([a.id]);
    expect((await searchActors('ANGE')).map((x) => x.id)).toEqual([b.id]);
    expect(new Set((await searchActors('ruiz')).map((x) => x.id))).toEqual(new Set([b.id, c.id]));
    expect((await searchActors('ruiz', 8, 'organisation')).map((x) => x.id)).toEqual([c.id]);
    expect(await searchActors('  ')).toEqual([]);
  });

  it('lists pages by name, filtered by kind and tag', async () => {
    for (const name of ['Cara', 'Abel', 'Bo']) await createActor({ name, tags: name === 'Bo' ? ['Port'] : [] });
    await createActor({ name: 'Acme', kind: 'organisation', tags: ['port'] });
    expect((await listActors({ offset: 0, limit: 10 })).map((a) => a.name)).toEqual(['Abel', 'Acme', 'Bo', 'Cara']);
    expect((await listActors({ offset: 1, limit: 2 })).map((a) => a.name)).toEqual(['Acme', 'Bo']);
    expect((await listActors({ kind: 'person', offset: 0, limit: 10 })).map((a) => a.name)).toEqual(['Abel', 'Bo', 'Cara']);
    expect((await listActors({ tag: 'PORT', offset: 0, limit: 10 })).map((a) => a.name)).toEqual(['Acme', 'Bo']);
    expect(await countActors({ kind: 'person', tag: 'port' })).toBe(1);
  });

  it('sets a quote’s single speaker and its mentions, adding them to the article', async () => {
    const art = article();
    await db.articles.add(art);
    const q = quote(art.id, 0);
    await db.quotes.add(q);
    const a = await createActor({ name: 'Ilse Marrow' });
    const b = await createActor({ name: 'Port Authority', kind: 'organisation' });
    await setQuoteActors(q.id, { speakerId: a.id, mentionIds: [b.id, b.id] });
    expect(await db.quotes.get(q.id)).toMatchObject({ speakerId: a.id, mentionIds: [b.id] });
    expect((await db.articles.get(art.id))!.actorIds).toEqual([a.id, b.id]);
    const { snapshot } = await setQuoteSpeaker(q.id, b.id);
    expect((await db.quotes.get(q.id))!.speakerId).toBe(b.id);
    await restoreSnapshot(snapshot);
    expect((await db.quotes.get(q.id))!.speakerId).toBe(a.id);
    await expect(setQuoteSpeaker(q.id, 'nobody')).rejects.toThrow(/deleted/);
    expect(await linkActorsToArticle(art.id, [a.id])).toEqual([]);
  });

  it('deletes an actor, unlinking it everywhere, and Undo restores every link', async () => {
    const art = article();
    await db.articles.add(art);
    const a = await createActor({ name: 'Ilse Marrow' });
    const org = await createActor({ name: 'Port Authority', kind: 'organisation' });
    await updateActor(a.id, { affiliationId: org.id });
    const q1 = quote(art.id, 0, { speakerId: org.id });
    const q2 = quote(art.id, 10, { mentionIds: [org.id, a.id] });
    await db.quotes.bulkAdd([q1, q2]);
    await linkActorsToArticle(art.id, [org.id, a.id]);
    const nt = note([org.id]);
    await db.notes.add(nt);
    const before = { quotes: await db.quotes.toArray(), articles: await db.articles.toArray(), notes: await db.notes.toArray(), actors: await db.actors.toArray() };

    const snapshot = (await deleteActor(org.id))!;
    expect(await getActor(org.id)).toBeUndefined();
    expect((await db.quotes.get(q1.id))!.speakerId).toBeNull();
    expect((await db.quotes.get(q2.id))!.mentionIds).toEqual([a.id]);
    expect((await db.articles.get(art.id))!.actorIds).toEqual([a.id]);
    expect((await db.notes.get(nt.id))!.actorIds).toEqual([]);
    expect((await getActor(a.id))!.affiliationId).toBeNull();
    expect(changes).toContainEqual({ table: 'actors', kind: 'delete', ids: [org.id] });

    await restoreSnapshot(snapshot);
    const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((x, y) => x.id.localeCompare(y.id));
    expect(byId(await db.quotes.toArray())).toEqual(byId(before.quotes));
    expect(byId(await db.articles.toArray())).toEqual(byId(before.articles));
    expect(byId(await db.notes.toArray())).toEqual(byId(before.notes));
    expect(byId(await db.actors.toArray())).toEqual(byId(before.actors));
    expect(await deleteActor('gone')).toBeNull();
  });

  it('merges two actors: aliases, quote links, article and note links move to the survivor; Undo splits them again', async () => {
    const art1 = article();
    const art2 = article();
    await db.articles.bulkAdd([art1, art2]);
    const keep = await createActor({ name: 'Scott Bessent', tags: ['treasury'] });
    const dup = await createActor({ name: 'S. Bessent', aliases: ['Mr Bessent'], role: 'US Treasury Secretary', tags: ['us'] });
    const staff = await createActor({ name: 'An Aide', affiliationId: dup.id });
    const q1 = quote(art1.id, 0, { speakerId: dup.id });
    const q2 = quote(art2.id, 0, { mentionIds: [dup.id, keep.id] });
    await db.quotes.bulkAdd([q1, q2]);
    await linkActorsToArticle(art1.id, [dup.id]);
    await linkActorsToArticle(art2.id, [keep.id, dup.id]);
    const nt = note([dup.id]);
    await db.notes.add(nt);

    const { survivor, snapshot } = await mergeActors(keep.id, dup.id);
    expect(survivor.aliases).toEqual(['S. Bessent', 'Mr Bessent']);
    expect(survivor.keys).toEqual(['scott bessent', 's. bessent', 'mr bessent']);
    expect(survivor.role).toBe('US Treasury Secretary');
    expect(survivor.tags).toEqual(['treasury', 'us']);
    expect(await getActor(dup.id)).toBeUndefined();
    expect((await db.quotes.get(q1.id))!.speakerId).toBe(keep.id);
    expect((await db.quotes.get(q2.id))!.mentionIds).toEqual([keep.id]);
    expect((await db.articles.get(art1.id))!.actorIds).toEqual([keep.id]);
    expect((await db.articles.get(art2.id))!.actorIds).toEqual([keep.id]);
    expect((await db.notes.get(nt.id))!.actorIds).toEqual([keep.id]);
    expect((await getActor(staff.id))!.affiliationId).toBe(keep.id);
    expect((await searchActors('mr bess')).map((a) => a.id)).toEqual([keep.id]);

    await restoreSnapshot(snapshot);
    expect((await getActor(dup.id))!.name).toBe('S. Bessent');
    expect((await db.quotes.get(q1.id))!.speakerId).toBe(dup.id);
    expect((await getActor(keep.id))!.aliases).toEqual([]);
    expect((await getActor(staff.id))!.affiliationId).toBe(dup.id);
    await expect(mergeActors(keep.id, keep.id)).rejects.toThrow(/two different/);
  });

  it('the actor page lists spoken quotes in time order: published date, else clipped date', async () => {
    const a = await createActor({ name: 'Ilse Marrow' });
    const late = article({ publishedAt: '2026-03-01T00:00:00.000Z', clippedAt: '2026-01-02T00:00:00.000Z' });
    const early = article({ publishedAt: null, clippedAt: '2026-02-01T00:00:00.000Z' });
    const first = article({ publishedAt: '2025-12-31T00:00:00.000Z', clippedAt: '2026-04-01T00:00:00.000Z' });
    await db.articles.bulkAdd([late, early, first]);
    const qs = [quote(late.id, 0, { speakerId: a.id }), quote(early.id, 5, { speakerId: a.id }), quote(early.id, 1, { speakerId: a.id }), quote(first.id, 0, { speakerId: a.id }), quote(first.id, 9, { mentionIds: [a.id] })];
    await db.quotes.bulkAdd(qs);
    const page = (await loadActorPage(a.id))!;
    expect(page.spoken.map((e) => e.quote.id)).toEqual([qs[3]!.id, qs[2]!.id, qs[1]!.id, qs[0]!.id]);
    expect(page.spoken[0]!.article!.id).toBe(first.id);
    expect(page.mentionedIn.map((e) => e.quote.id)).toEqual([qs[4]!.id]);
    expect(page.articles.map((x) => x.id)).toEqual([late.id, early.id, first.id]);
    expect(await loadActorPage('gone')).toBeNull();
  });
});
