/**
 * What the note editor reads from other features' tables: actors for @-mentions and quotes (with
 * their article and speaker) for quote nodes. Read-only except `createActorNamed`, the "Create
 * actor" entry of the mention type-ahead.
 */
import type { Actor, Article, Quote, QuoteSnapshot } from '../../shared/model';
import { newId } from '../../shared/model/ids';
import { makeActor, searchActors } from './actors';
import { foldKey } from '../../shared/text/fold';
import { emitChange } from './changes';
import { getDb } from './db';
import { guardedWrite } from './errors';

export interface ActorChoice {
  id: string;
  name: string;
  kind: Actor['kind'];
  /** The alias that matched, when it was not the name. */
  matchedAlias: string | null;
}

function choice(actor: Actor, query: string): ActorChoice {
  const nameMatches = foldKey(actor.name).includes(query);
  const alias = nameMatches ? null : (actor.aliases.find((a) => foldKey(a).includes(query)) ?? null);
  return { id: actor.id, name: actor.name, kind: actor.kind, matchedAlias: alias };
}

/**
 * Actors whose name or an alias matches what follows the `@` (the actors feature's type-ahead
 * search: prefix of a name or alias, then a later word); the most recently edited when nothing is
 * typed yet.
 */
export async function searchActorsForMention(query: string, limit = 8): Promise<ActorChoice[]> {
  const q = foldKey(query);
  const found = q ? await searchActors(query, limit) : await getDb().actors.orderBy('updatedAt').reverse().limit(limit).toArray();
  return found.sort((a, b) => a.name.localeCompare(b.name)).map((a) => choice(a, q));
}

/**
 * Creates a person with just a name, for "Create actor “…”" in the mention type-ahead, built the
 * way the actors feature builds every actor (makeActor: folded keys). The id may be chosen by the
 * caller so the mention can be inserted before the write finishes.
 */
export function createActorNamed(name: string, id: string = newId()): Promise<Actor> {
  return guardedWrite('create the actor', async () => {
    const actor: Actor = { ...makeActor({ name }), id };
    await getDb().actors.add(actor);
    emitChange({ table: 'actors', kind: 'put', ids: [actor.id] });
    return actor;
  });
}

/** Current names of the given actors; missing ids are absent from the map (the actor was deleted). */
export async function actorNames(ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await getDb().actors.bulkGet([...ids]);
  const names = new Map<string, string>();
  rows.forEach((a) => a && names.set(a.id, a.name));
  return names;
}

export interface QuoteView {
  quoteId: string;
  articleId: string;
  snapshot: QuoteSnapshot;
}

function snapshotOf(quote: Quote, article: Article | undefined, speaker: Actor | undefined): QuoteSnapshot {
  return {
    text: quote.text,
    speakerName: speaker?.name ?? null,
    articleTitle: article?.title ?? '',
    articleUrl: article?.canonicalUrl ?? article?.url ?? null,
    siteName: article?.siteName ?? null,
    publishedAt: article?.publishedAt ?? null,
  };
}

async function viewsOf(quotes: Quote[]): Promise<QuoteView[]> {
  const db = getDb();
  const articleIds = [...new Set(quotes.map((q) => q.articleId))];
  const speakerIds = [...new Set(quotes.map((q) => q.speakerId).filter((id): id is string => !!id))];
  const [articles, speakers] = await Promise.all([db.articles.bulkGet(articleIds), db.actors.bulkGet(speakerIds)]);
  const articleById = new Map(articles.filter((a): a is Article => !!a).map((a) => [a.id, a]));
  const speakerById = new Map(speakers.filter((a): a is Actor => !!a).map((a) => [a.id, a]));
  return quotes.map((q) => ({
    quoteId: q.id,
    articleId: q.articleId,
    snapshot: snapshotOf(q, articleById.get(q.articleId), q.speakerId ? speakerById.get(q.speakerId) : undefined),
  }));
}

/** The current look of each quote that still exists; deleted quotes are absent from the map. */
export async function quoteViews(ids: readonly string[]): Promise<Map<string, QuoteView>> {
  const quotes = (await getDb().quotes.bulkGet([...ids])).filter((q): q is Quote => !!q);
  return new Map((await viewsOf(quotes)).map((v) => [v.quoteId, v]));
}

/** Quotes whose text contains every word of the query (case- and accent-insensitive); newest first. */
export async function searchQuotes(query: string, limit = 30): Promise<QuoteView[]> {
  const words = foldKey(query).split(' ').filter(Boolean);
  let collection = getDb().quotes.orderBy('updatedAt').reverse();
  if (words.length) {
    collection = collection.filter((q) => {
      const hay = foldKey(q.text);
      return words.every((w) => hay.includes(w));
    });
  }
  return viewsOf(await collection.limit(limit).toArray());
}

/** An article's quotes in reading order, as quote views. */
export async function articleQuoteViews(articleId: string): Promise<QuoteView[]> {
  const quotes = await getDb().quotes.where('articleId').equals(articleId).toArray();
  quotes.sort((a, b) => a.positionSelector.start - b.positionSelector.start);
  return viewsOf(quotes);
}
