import { beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Article, ArticleBody, Quote } from '../../shared/model';
import { MENTION_NODE_TYPE } from '../../shared/model/note-nodes';
import { openDossierDb, type DossierDb } from './schema';
import { useDatabase } from './db';
import { createActor, deleteActor, getActor, restoreSnapshot, setQuoteSpeaker } from './actors';
import { deleteArticle, getArticle, getArticleBody, restoreArticle, saveClip } from './articles';
import { createNote, deleteNote, getNote, restoreNote } from './notes';
import { deleteQuote, getQuote, restoreQuote, updateQuote } from './quotes';
import { StorageError } from './errors';
import { dexieNotebookSource } from './export-source';
import { readBackup, restoreBackup, writeBackup } from './backup';
import { countDeleted, deleteForever, emptyRecentlyDeleted, getDeleted, KEEP_DAYS, listDeleted, purgeOldDeleted, restoreDeleted } from './recently-deleted';

const TEXT = 'The harbour board froze ferry fares for a year, said Mira Tallis.';

function clip(id: string, title: string): { article: Article; body: ArticleBody; quote: Quote } {
  const start = TEXT.indexOf('froze ferry fares');
  return {
    article: {
      id, url: null, canonicalUrl: null, title, byline: null, siteName: null, publishedAt: null,
      clippedAt: '2026-11-01T00:00:00.000Z', lang: null, excerpt: null, leadImageId: null, wordCount: 12, readingMinutes: 1,
      tags: [], actorIds: [], quoteCount: 1, source: 'text', dateline: null, credit: null, previousVersionId: null,
    },
    body: { articleId: id, html: `<p>${TEXT}</p>`, text: TEXT, captions: [] },
    quote: {
      id: `${id}-q`, articleId: id, text: 'froze ferry fares', quoteSelector: { type: 'TextQuoteSelector', exact: 'froze ferry fares', prefix: '', suffix: '' },
      positionSelector: { type: 'TextPositionSelector', start, end: start + 17 }, unplaced: false, color: 'yellow', comment: '',
      speakerId: null, mentionIds: [], tags: [], createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z',
    },
  };
}

async function clipWithQuote(id: string, title: string) {
  const c = clip(id, title);
  await saveClip(c.article, c.body, [], [c.quote]);
  return c;
}

const mentionState = (actorId: string, name: string) =>
  JSON.stringify({ root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [{ type: MENTION_NODE_TYPE, version: 1, actorId, name }] }] } });

/** Heads and payloads hold the same entries: no payload is left behind, none is missing. */
async function entryIds(): Promise<string[]> {
  const heads = (await db.trash.toCollection().primaryKeys()).sort();
  expect((await db.trashPayloads.toCollection().primaryKeys()).sort()).toEqual(heads);
  return heads;
}

let db: DossierDb;
let n = 0;
beforeEach(() => {
  db = openDossierDb(`recently-deleted-${++n}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  useDatabase(db);
});

describe('every deletion is kept in Recently deleted', () => {
  it('an article with its highlight: listed with kind, title and time; restoring it brings back the article, body and highlight, and takes the entry away', async () => {
    const c = await clipWithQuote('a1', 'Ferry fares frozen');
    const before = { article: await getArticle('a1'), body: await getArticleBody('a1') };
    await deleteArticle('a1');
    const [head] = await listDeleted();
    expect(head).toMatchObject({ kind: 'article', label: 'Ferry fares frozen' });
    expect(Date.now() - Date.parse(head!.deletedAt)).toBeGreaterThanOrEqual(0);

    const restored = await restoreDeleted(head!.id);
    expect(restored.message).toBe('Restored the article “Ferry fares frozen” with its highlight.');
    expect(await getArticle('a1')).toEqual(before.article);
    expect(await getArticleBody('a1')).toEqual(before.body);
    expect(await getQuote(c.quote.id)).toEqual(c.quote);
    expect(await entryIds()).toEqual([]);
  });

  it('Undo from the toast takes the entry away too (article, note, highlight, actor)', async () => {
    await clipWithQuote('a1', 'Ferry fares frozen');
    await clipWithQuote('a2', 'Second story');
    const note = await createNote({ title: 'Harbour notes' });
    const actor = await createActor({ name: 'Mira Tallis' });
    const article = await deleteArticle('a1');
    const quote = await deleteQuote('a2-q');
    const deletedNote = await deleteNote(note.id);
    const snapshot = await deleteActor(actor.id);
    expect((await listDeleted()).map((e) => e.kind).sort()).toEqual(['actor', 'article', 'highlight', 'note']);
    expect(await entryIds()).toHaveLength(4);

    await restoreArticle(article!);
    await restoreQuote(quote!);
    await restoreNote(deletedNote!);
    await restoreSnapshot(snapshot!, actor.id);
    expect(await entryIds()).toEqual([]);
    expect(await getActor(actor.id)).toEqual(actor);
    expect(await getNote(note.id)).toEqual(note);
  });

  it('lists newest first', async () => {
    for (const id of ['a1', 'a2', 'a3']) {
      await clipWithQuote(id, `Story ${id}`);
      await deleteArticle(id);
      await new Promise((r) => setTimeout(r, 2));
    }
    expect((await listDeleted()).map((e) => e.label)).toEqual(['Story a3', 'Story a2', 'Story a1']);
  });

  it('a blank note let go quietly is not kept', async () => {
    const note = await createNote();
    await deleteNote(note.id, { keep: false });
    expect(await countDeleted()).toBe(0);
  });
});

describe('restoring what can no longer be restored as it was', () => {
  it('a highlight whose article was deleted later is refused with a clear message and kept; once the article is back, it restores', async () => {
    const c = await clipWithQuote('a1', 'Ferry fares frozen');
    await deleteQuote(c.quote.id);
    await deleteArticle('a1');
    const entries = await listDeleted();
    const highlight = entries.find((e) => e.kind === 'highlight')!;
    const article = entries.find((e) => e.kind === 'article')!;

    const refusal = restoreDeleted(highlight.id);
    await expect(refusal).rejects.toBeInstanceOf(StorageError);
    await expect(refusal).rejects.toThrow(/its article is no longer in the notebook. Restore the article first/);
    expect(await getDeleted(highlight.id)).toBeDefined();
    expect(await getQuote(c.quote.id)).toBeUndefined();

    await restoreDeleted(article.id);
    expect((await getArticle('a1'))?.quoteCount).toBe(0);
    await restoreDeleted(highlight.id);
    expect(await getQuote(c.quote.id)).toEqual(c.quote);
    expect((await getArticle('a1'))?.quoteCount).toBe(1);
    expect(await countDeleted()).toBe(0);
  });

  it('an item that is in the notebook again (a backup brought it back) is never overwritten: refused, entry kept', async () => {
    const c = await clipWithQuote('a1', 'Ferry fares frozen');
    await deleteArticle('a1');
    const newer = { ...c.article, title: 'Ferry fares frozen (from the backup)' };
    await saveClip(newer, c.body);
    const [entry] = await listDeleted();
    await expect(restoreDeleted(entry!.id)).rejects.toThrow(/in the notebook again/);
    expect((await getArticle('a1'))?.title).toBe('Ferry fares frozen (from the backup)');
    expect(await getDeleted(entry!.id)).toBeDefined();
  });

  it('an actor restored long after gets its links back into the rows as they are now, without undoing later edits', async () => {
    const c = await clipWithQuote('a1', 'Ferry fares frozen');
    await clipWithQuote('a2', 'Deleted later');
    const actor = await createActor({ name: 'Mira Tallis' });
    await setQuoteSpeaker(c.quote.id, actor.id);
    await setQuoteSpeaker('a2-q', actor.id);
    const mentioning = await createNote({ title: 'Mentions her', editorState: mentionState(actor.id, 'Mira Tallis') });
    await deleteActor(actor.id);
    // Later: the quote gets a comment, the other article is deleted.
    await updateQuote(c.quote.id, { comment: 'Check the date' });
    await deleteArticle('a2');

    const entry = (await listDeleted()).find((e) => e.kind === 'actor')!;
    const restored = await restoreDeleted(entry.id);
    expect(await getActor(actor.id)).toEqual(actor);
    expect(await getQuote(c.quote.id)).toMatchObject({ speakerId: actor.id, comment: 'Check the date' });
    expect((await getArticle('a1'))?.actorIds).toEqual([actor.id]);
    expect((await getNote(mentioning.id))?.actorIds).toEqual([actor.id]);
    // The deleted article's quote and the article itself could not be linked; the message says so.
    expect(restored.message).toMatch(/^Restored “Mira Tallis”\. 2 quotes, articles, notes or actors it was linked to are no longer in the notebook/);
  });
});

describe('deleting for good', () => {
  it('Delete forever removes one entry, Empty removes them all; the items stay deleted', async () => {
    for (const id of ['a1', 'a2', 'a3']) {
      await clipWithQuote(id, `Story ${id}`);
      await deleteArticle(id);
    }
    const [first] = await listDeleted();
    await deleteForever(first!.id);
    expect(await countDeleted()).toBe(2);
    expect(await entryIds()).not.toContain(first!.id);
    await emptyRecentlyDeleted();
    expect(await entryIds()).toEqual([]);
    expect(await db.articles.count()).toBe(0);
  });

  it(`the purge removes entries older than ${KEEP_DAYS} days and keeps the rest`, async () => {
    for (const id of ['old', 'recent']) {
      await clipWithQuote(id, `Story ${id}`);
      await deleteArticle(id);
    }
    const now = Date.now();
    const old = (await db.trash.toArray()).find((e) => e.itemId === 'old')!;
    await db.trash.update(old.id, { deletedAt: new Date(now - (KEEP_DAYS + 1) * 86_400_000).toISOString() });
    const recent = (await db.trash.toArray()).find((e) => e.itemId === 'recent')!;
    await db.trash.update(recent.id, { deletedAt: new Date(now - (KEEP_DAYS - 1) * 86_400_000).toISOString() });
    expect(await purgeOldDeleted(now)).toBe(1);
    expect((await listDeleted()).map((e) => e.label)).toEqual(['Story recent']);
    expect(await entryIds()).toEqual([recent.id]);
  });
});

describe('when the entry cannot be kept', () => {
  it('a full disk refuses the deletion as a whole: nothing is deleted, and the error says so', async () => {
    const c = await clipWithQuote('a1', 'Ferry fares frozen');
    db.trash.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const failed = deleteArticle('a1');
    await expect(failed).rejects.toMatchObject({ kind: 'quota' });
    await expect(failed).rejects.toThrow(/Could not delete the article: .*no room left.*Recently deleted/);
    expect(await getArticle('a1')).toBeDefined();
    expect(await getQuote(c.quote.id)).toEqual(c.quote);
    expect(await entryIds()).toEqual([]);
  });
});

describe('what is deleted stays out of the export', () => {
  it('the notebook the Markdown export reads holds no deleted article, highlight, note or actor', async () => {
    await clipWithQuote('a1', 'Deleted');
    await clipWithQuote('a2', 'Kept');
    const note = await createNote({ title: 'Gone' });
    const actor = await createActor({ name: 'Gone Actor' });
    await deleteArticle('a1');
    await deleteQuote('a2-q');
    await deleteNote(note.id);
    await deleteActor(actor.id);
    const source = dexieNotebookSource(db);
    expect((await source.articles()).map((a) => a.id)).toEqual(['a2']);
    expect(await source.quotes()).toEqual([]);
    expect(await source.noteHeads()).toEqual([]);
    expect(await source.actors()).toEqual([]);
  });
});

describe('backups leave Recently deleted out', () => {
  const backupOf = async (of: DossierDb) => {
    let text = '';
    await writeBackup(async (chunk) => void (text += chunk), { appVersion: 'test', createdAt: '2026-12-01T00:00:00.000Z', db: of });
    return text;
  };

  it('a backup holds no entry; backup, restore into an empty notebook, backup again: identical', async () => {
    await clipWithQuote('a1', 'Kept');
    await clipWithQuote('a2', 'Deleted');
    await deleteArticle('a2');
    await deleteQuote('a1-q');
    const first = await backupOf(db);
    expect(first).not.toContain('"Deleted"');
    expect(first).not.toContain('a1-q');
    expect(first).toContain('"Kept"');
    const target = openDossierDb(`recently-deleted-target-${n}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    let sent = false;
    await restoreBackup(await readBackup(async () => (sent ? { text: '', done: true } : ((sent = true), { text: first, done: false }))), 'empty', { db: target });
    expect(await target.trash.count()).toBe(0);
    expect(await target.trashPayloads.count()).toBe(0);
    expect(await backupOf(target)).toBe(first);
    target.close();
  });
});
