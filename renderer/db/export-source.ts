/**
 * The notebook as the Markdown export reads it (shared/export/notebook NotebookSource): light lists
 * up front, bodies, notes and images in batches by id, so no step holds every body or image at once.
 */
import type { NotebookSource } from '../../shared/export/notebook';
import type { Article, Note, StoredImage } from '../../shared/model';
import { getDb } from './db';
import { renderedBodiesOf } from './rendered-bodies';
import type { DossierDb } from './schema';

export function dexieNotebookSource(db: DossierDb = getDb()): NotebookSource {
  return {
    articles: () => db.articles.toArray(),
    actors: () => db.actors.toArray(),
    quotes: () => db.quotes.toArray(),
    noteHeads: async () => {
      const heads: Pick<Note, 'id' | 'title' | 'actorIds'>[] = [];
      await db.notes.each((n) => void heads.push({ id: n.id, title: n.title, actorIds: n.actorIds }));
      return heads;
    },
    imageHeads: async () => {
      const heads: Pick<StoredImage, 'id' | 'mime'>[] = [];
      await db.images.each((i) => void heads.push({ id: i.id, mime: i.mime }));
      return heads;
    },
    bodies: (ids) => db.bodies.bulkGet(ids),
    notes: (ids) => db.notes.bulkGet(ids),
    images: (ids) => db.images.bulkGet(ids),
    renderedBodies: (ids) => renderedBodiesOf(ids, db),
  };
}

/** Articles for the citations list, newest clip first. */
export function listArticlesForCitation(): Promise<Article[]> {
  return getDb().articles.orderBy('clippedAt').reverse().toArray();
}

export function getArticlesById(ids: readonly string[]): Promise<Article[]> {
  return getDb()
    .articles.bulkGet([...ids])
    .then((rows) => rows.filter((a): a is Article => !!a));
}

/** A note and what its Markdown refers to: mentioned actors, embedded quotes and their articles and speakers. */
export async function loadNoteForExport(noteId: string, db: DossierDb = getDb()) {
  const note = await db.notes.get(noteId);
  if (!note) return null;
  const quotes = (await db.quotes.bulkGet(note.quoteIds)).filter((q) => !!q);
  const actorIds = new Set([...note.actorIds, ...quotes.flatMap((q) => (q.speakerId ? [q.speakerId] : []))]);
  const actors = (await db.actors.bulkGet([...actorIds])).filter((a) => !!a);
  const articleIds = new Set([...quotes.map((q) => q.articleId), ...(note.articleId ? [note.articleId] : [])]);
  const articles = (await db.articles.bulkGet([...articleIds])).filter((a) => !!a);
  return { note, quotes, actors, articles };
}

/** An actor, the quotes they said, the articles and notes they appear in, and the actors those refer to. */
export async function loadActorForExport(actorId: string, db: DossierDb = getDb()) {
  const actor = await db.actors.get(actorId);
  if (!actor) return null;
  const quotes = await db.quotes.where('speakerId').equals(actorId).toArray();
  const linked = await db.articles.where('actorIds').equals(actorId).toArray();
  const quoted = (await db.articles.bulkGet([...new Set(quotes.map((q) => q.articleId))])).filter((a) => !!a);
  const articles = [...new Map([...linked, ...quoted].map((a) => [a.id, a])).values()];
  const notes = (await db.notes.where('actorIds').equals(actorId).toArray()).map((n) => ({ id: n.id, title: n.title }));
  const affiliation = actor.affiliationId ? await db.actors.get(actor.affiliationId) : undefined;
  return { actor, quotes, articles, linkedArticleIds: new Set(linked.map((a) => a.id)), notes, actors: affiliation ? [actor, affiliation] : [actor] };
}
