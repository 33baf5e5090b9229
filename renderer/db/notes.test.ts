import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Actor, Article, Quote } from '../../shared/model';
import { MENTION_NODE_TYPE, QUOTE_NODE_TYPE } from '../../shared/model/note-nodes';
import { openDossierDb } from './schema';
import { useDatabase as installDatabase } from './db';
import { onChange, type Change } from './changes';
import { onStorageError, StorageError } from './errors';
import {
  countNotes, createNote, deleteBlankNotes, deleteNote, getNote, listNotes, NoteGoneError, notesEmbeddingQuote, notesForArticle,
  notesMentioningActor, notesReferencingArticle, restoreNote, saveNote,
} from './notes';
import { writeDraft } from './note-drafts';
import { actorNames, createActorNamed, quoteViews, searchActorsForMention, searchQuotes } from './notes-lookup';

const db = openDossierDb('notes-test', { indexedDB: new IDBFactory(), IDBKeyRange });
installDatabase(db);
afterAll(() => db.close());

const text = (t: string) => ({ type: 'text', version: 1, text: t, format: 0, detail: 0, mode: 'normal', style: '' });
const para = (...children: object[]) => ({ type: 'paragraph', version: 1, children });
const state = (...children: object[]) => JSON.stringify({ root: { type: 'root', version: 1, children } });
const mention = (actorId: string, name: string) => ({ type: MENTION_NODE_TYPE, version: 1, actorId, name });
const quoteNode = (quoteId: string, articleId: string) => ({
  type: QUOTE_NODE_TYPE, version: 1, quoteId, articleId,
  snapshot: { text: 'snap', speakerName: null, articleTitle: '', articleUrl: null, siteName: null, publishedAt: null },
});

const article = (id: string, title: string): Article => ({
  id, url: `https://news.test/${id}`, canonicalUrl: null, title, byline: null, siteName: 'News Test', publishedAt: '2026-03-02T00:00:00Z',
  clippedAt: '2026-03-03T00:00:00Z', lang: 'en', excerpt: null, leadImageId: null, wordCount: 10, readingMinutes: 1, tags: [],
  actorIds: [], quoteCount: 1, source: 'text', dateline: null, credit: null, previousVersionId: null,
});
const quote = (id: string, articleId: string, t: string, speakerId: string | null = null, updatedAt = '2026-03-03T00:00:00Z'): Quote => ({
  id, articleId, text: t, quoteSelector: { type: 'TextQuoteSelector', exact: t, prefix: '', suffix: '' },
  positionSelector: { type: 'TextPositionSelector', start: 0, end: t.length }, unplaced: false, color: 'yellow', comment: '',
  speakerId, mentionIds: [], tags: [], createdAt: updatedAt, updatedAt,
});
const actor = (id: string, name: string, aliases: string[] = []): Actor => ({
  id, name, kind: 'person', aliases, role: null, affiliationId: null, description: '', tags: [],
  keys: [name, ...aliases].map((n) => n.toLowerCase()), createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z',
});

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('notes repository', () => {
  it('creates, saves (deriving text and references) and reads back a note, announcing each write', async () => {
    const changes: Change[] = [];
    const off = onChange((c) => changes.push(c));
    const note = await createNote({ title: '  ', articleId: 'art1' });
    expect(note).toMatchObject({ title: 'Untitled note', articleId: 'art1', text: '', quoteIds: [], actorIds: [] });

    const editorState = state(para(text('Asked '), mention('act1', 'Ines Varga')), quoteNode('q1', 'art2'));
    const saved = await saveNote(note.id, { title: 'Ferry', editorState });
    off();
    expect(saved).toMatchObject({ title: 'Ferry', editorState, text: 'Asked Ines Varga\n“snap”', quoteIds: ['q1'], actorIds: ['act1'] });
    expect(saved.updatedAt >= note.updatedAt).toBe(true);
    expect(await getNote(note.id)).toEqual(saved);
    expect(changes).toEqual([
      { table: 'notes', kind: 'put', ids: [note.id] },
      { table: 'notes', kind: 'put', ids: [note.id] },
    ]);
  });

  it('refuses to save a deleted note instead of silently recreating it', async () => {
    const note = await createNote();
    await deleteNote(note.id);
    await expect(saveNote(note.id, { title: 'x', editorState: state(para(text('kept'))) })).rejects.toBeInstanceOf(NoteGoneError);
    expect(await getNote(note.id)).toBeUndefined();
  });

  it('deletes with undo: restore puts back exactly what was deleted', async () => {
    const note = await saveNote((await createNote()).id, { title: 'Keep me', editorState: state(para(mention('a', 'A'))) });
    const deleted = await deleteNote(note.id);
    expect(deleted).toEqual(note);
    expect(await getNote(note.id)).toBeUndefined();
    expect(await deleteNote(note.id)).toBeNull();
    await restoreNote(deleted!);
    expect(await getNote(note.id)).toEqual(note);
    expect((await notesMentioningActor('a')).map((n) => n.id)).toEqual([note.id]);
  });

  it('lists by last update or title, in pages, and searches title and text ignoring case and accents', async () => {
    const titles = ['Budget', 'Álvaro interview', 'ferry timetable', 'Council'];
    for (const [i, title] of titles.entries()) {
      const n = await createNote({ title });
      await db.notes.update(n.id, { updatedAt: `2026-03-0${i + 1}T00:00:00Z`, text: i === 3 ? 'Spoke with ALVARO about ferries' : '' });
    }
    const byUpdated = await listNotes({ sort: 'updatedAt', offset: 0, limit: 10 });
    expect(byUpdated.map((n) => n.title)).toEqual(['Council', 'ferry timetable', 'Álvaro interview', 'Budget']);
    expect((await listNotes({ sort: 'updatedAt', offset: 1, limit: 2 })).map((n) => n.title)).toEqual(['ferry timetable', 'Álvaro interview']);
    const byTitle = await listNotes({ sort: 'title', offset: 0, limit: 10 });
    expect(byTitle.map((n) => n.title)).toEqual(['Budget', 'Council', 'ferry timetable', 'Álvaro interview']);
    expect((await listNotes({ sort: 'updatedAt', offset: 0, limit: 10, search: 'alvaro' })).map((n) => n.title)).toEqual(['Council', 'Álvaro interview']);
    expect((await listNotes({ sort: 'title', offset: 0, limit: 10, search: 'FERR alv' })).map((n) => n.title)).toEqual(['Council']);
    expect(await countNotes('ferr')).toBe(2);
    expect(await countNotes()).toBe(4);
  });

  it('finds backlinks: by actor, by quote, and by article directly or through its quotes', async () => {
    await db.quotes.bulkAdd([quote('q1', 'art1', 'one'), quote('q2', 'art1', 'two'), quote('q3', 'art2', 'three')]);
    const own = await createNote({ title: 'Own', articleId: 'art1' });
    const viaQuote = await saveNote((await createNote({ title: 'Via quote' })).id, { title: 'Via quote', editorState: state(quoteNode('q2', 'art1'), para(mention('act1', 'X'))) });
    const both = await saveNote((await createNote({ title: 'Both', articleId: 'art1' })).id, { title: 'Both', editorState: state(quoteNode('q1', 'art1')) });
    const other = await saveNote((await createNote({ title: 'Other' })).id, { title: 'Other', editorState: state(quoteNode('q3', 'art2'), para(mention('act1', 'X'))) });
    const ids = (notes: { title: string }[]) => notes.map((n) => n.title).sort();
    expect(ids(await notesReferencingArticle('art1'))).toEqual(['Both', 'Own', 'Via quote']);
    expect(ids(await notesForArticle('art1'))).toEqual(['Both', 'Own']);
    expect(ids(await notesMentioningActor('act1'))).toEqual(['Other', 'Via quote']);
    expect(ids(await notesEmbeddingQuote('q3'))).toEqual(['Other']);
    expect(await notesReferencingArticle('nothing')).toEqual([]);
    // Editing the note so it no longer mentions the actor removes the backlink.
    await saveNote(other.id, { title: 'Other', editorState: state(para(text('no mention'))) });
    expect(ids(await notesMentioningActor('act1'))).toEqual(['Via quote']);
    void own; void viaQuote; void both;
  });

  it('explains a failed save, reports it unless silent, and keeps the stored note intact', async () => {
    const note = await saveNote((await createNote()).id, { title: 'Before', editorState: state(para(text('before'))) });
    const seen: StorageError[] = [];
    const off = onStorageError((e) => seen.push(e));
    const fail = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    db.notes.hook('updating', fail);
    db.notes.hook('creating', fail);
    try {
      await expect(saveNote(note.id, { title: 'After', editorState: state(para(text('after'))) })).rejects.toMatchObject({ kind: 'quota' });
      expect(seen).toHaveLength(1);
      await expect(saveNote(note.id, { title: 'After', editorState: state(para(text('after'))) }, { silent: true })).rejects.toBeInstanceOf(StorageError);
      expect(seen).toHaveLength(1);
    } finally {
      db.notes.hook('updating').unsubscribe(fail);
      db.notes.hook('creating').unsubscribe(fail);
      off();
    }
    expect(await getNote(note.id)).toEqual(note);
  });
});

describe('notes lookups', () => {
  it('finds actors for @-mentions by name or alias prefix, or a word inside them', async () => {
    await db.actors.bulkAdd([actor('a1', 'Ines Varga', ['Minister Varga']), actor('a2', 'Harbour Authority', ['HA']), actor('a3', 'Tomas Brell')]);
    expect((await searchActorsForMention('ine')).map((a) => a.name)).toEqual(['Ines Varga']);
    expect((await searchActorsForMention('var')).map((a) => [a.name, a.matchedAlias])).toEqual([['Ines Varga', null]]);
    expect((await searchActorsForMention('minis')).map((a) => [a.name, a.matchedAlias])).toEqual([['Ines Varga', 'Minister Varga']]);
    expect((await searchActorsForMention('auth')).map((a) => a.name)).toEqual(['Harbour Authority']);
    expect((await searchActorsForMention('')).length).toBe(3);
    expect(await searchActorsForMention('zzz')).toEqual([]);
  });

  it('creates an actor from the type-ahead with a folded key, so it is found next time', async () => {
    const created = await createActorNamed('  José   Müller ');
    expect(created).toMatchObject({ name: 'José Müller', keys: ['jose muller'], kind: 'person' });
    expect((await searchActorsForMention('MUL')).map((a) => a.id)).toEqual([created.id]);
    expect(await actorNames([created.id, 'gone'])).toEqual(new Map([[created.id, 'José Müller']]));
    await expect(createActorNamed('   ')).rejects.toThrow();
  });

  it('shows quotes with their current text, speaker and article; deleted quotes are absent', async () => {
    await db.articles.add(article('art1', 'Ferry vote'));
    await db.actors.add(actor('s1', 'Ines Varga'));
    await db.quotes.bulkAdd([quote('q1', 'art1', 'We will run at night.', 's1', '2026-03-04T00:00:00Z'), quote('q2', 'art1', 'Costs are covered by the port.')]);
    const views = await quoteViews(['q1', 'gone']);
    expect([...views.keys()]).toEqual(['q1']);
    expect(views.get('q1')).toEqual({
      quoteId: 'q1', articleId: 'art1',
      snapshot: { text: 'We will run at night.', speakerName: 'Ines Varga', articleTitle: 'Ferry vote', articleUrl: 'https://news.test/art1', siteName: 'News Test', publishedAt: '2026-03-02T00:00:00Z' },
    });
    expect((await searchQuotes('')).map((v) => v.quoteId)).toEqual(['q1', 'q2']);
    expect((await searchQuotes('PORT costs')).map((v) => v.quoteId)).toEqual(['q2']);
  });
});

describe('blank notes an earlier session left', () => {
  /** A window's localStorage, for drafts of unsaved changes. */
  function memoryStorage(): Storage {
    const items = new Map<string, string>();
    return {
      get length() { return items.size; },
      clear: () => items.clear(),
      getItem: (k) => items.get(k) ?? null,
      key: (i) => [...items.keys()][i] ?? null,
      removeItem: (k) => void items.delete(k),
      setItem: (k, v) => void items.set(k, v),
    };
  }
  const blank = (note: { title: string; editorState: string }) => (note.title === '' || note.title === 'Untitled note') && !note.editorState.includes('"text":"');

  it('are deleted, except the one open, one with unsaved changes in a draft, one with words, and this session’s', async () => {
    const storage = memoryStorage();
    const previous = globalThis.localStorage;
    Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
    try {
      const left = await createNote();
      const open = await createNote();
      const drafted = await createNote();
      const written = await createNote({ editorState: state(para(text('Call the harbour master'))) });
      const titled = await createNote({ title: 'Ferry questions' });
      writeDraft(drafted.id, { title: 'Untitled note', editorState: state(para(text('typed before the crash'))) });
      // Made in an earlier session.
      for (const note of [left, open, drafted, written, titled]) await db.notes.update(note.id, { createdAt: '2026-01-05T09:00:00.000Z' });
      const fresh = await createNote({ title: '' });
      const deleted = await deleteBlankNotes(blank, { before: '2026-02-01T00:00:00.000Z', keep: new Set([open.id]) });
      expect(deleted).toEqual([left.id]);
      expect(await getNote(left.id)).toBeUndefined();
      for (const kept of [open, drafted, written, titled, fresh]) expect(await getNote(kept.id), kept.title).toBeDefined();
      // With this session started after all of them, the new one goes too, and the open one still stays.
      expect(await deleteBlankNotes(blank, { before: '2999-01-01T00:00:00.000Z', keep: new Set([open.id]) })).toEqual([fresh.id]);
    } finally {
      Object.defineProperty(globalThis, 'localStorage', { value: previous, configurable: true });
    }
  });
});
