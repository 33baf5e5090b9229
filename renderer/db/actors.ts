/**
 * Actors repository: actor cards (people, organisations, places), their links to quotes (speaker,
 * mentions), articles and notes. Every write runs in one transaction, is guarded (guardedWrite) and
 * announced (emitChange) after it commits. Writes that remove or move links return a Snapshot of
 * every row they touched, so Undo (restoreSnapshot) puts the notebook back exactly.
 */
import type { Actor, ActorKind, Article, Note, Quote } from '../../shared/model';
import { newId, nowIso } from '../../shared/model/ids';
import { noteReferences } from '../../shared/notes/references';
import { actorKeys, foldKey } from '../../shared/text/fold';
import { emitChange, type TableName } from './changes';
import { getDb } from './db';
import { deleteKeeping, forgetDeleted, keepDeleted, trashTables } from './deleted-entry';
import { guardedWrite, StorageError } from './errors';
import { createQuote } from './quotes';

/** What the user types to make an actor; everything but the name has a default. */
export interface NewActor {
  name: string;
  kind?: ActorKind;
  aliases?: string[];
  role?: string | null;
  affiliationId?: string | null;
  description?: string;
  tags?: string[];
}

export type ActorEdit = Partial<Pick<Actor, 'name' | 'kind' | 'aliases' | 'role' | 'affiliationId' | 'description' | 'tags'>>;

/** Rows as they were before a write, and the actors it created, so Undo can restore them exactly. */
export interface Snapshot {
  actors: Actor[];
  /** Actors the write created (Undo deletes them). */
  createdActorIds: string[];
  quotes: Quote[];
  articles: Article[];
  notes: Note[];
}

function clean(list: readonly string[] | undefined): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of list ?? []) {
    const s = raw.replace(/\s+/g, ' ').trim();
    const k = foldKey(s);
    if (s && !seen.has(k)) {
      seen.add(k);
      out.push(s);
    }
  }
  return out;
}

/** A write refused for a reason the user can fix; passes through guardedWrite with its own message. */
function refuse(message: string): StorageError {
  return new StorageError('failed', message);
}

function requireName(name: string): string {
  const n = name.replace(/\s+/g, ' ').trim();
  if (!n) throw refuse('An actor needs a name. Type the name of the person, organisation or place.');
  return n;
}

/** Builds a complete actor row from user input (pure; `createActor` stores it). */
export function makeActor(input: NewActor, now = nowIso()): Actor {
  const name = requireName(input.name);
  const aliases = clean(input.aliases).filter((a) => foldKey(a) !== foldKey(name));
  return {
    id: newId(),
    name,
    kind: input.kind ?? 'person',
    aliases,
    role: input.role?.trim() || null,
    affiliationId: input.affiliationId ?? null,
    description: input.description ?? '',
    tags: clean(input.tags),
    keys: actorKeys(name, aliases),
    createdAt: now,
    updatedAt: now,
  };
}

function emitSnapshot(s: Snapshot, kind: 'put' | 'delete' = 'put'): void {
  const tables: [TableName, { id: string }[]][] = [
    ['actors', s.actors],
    ['quotes', s.quotes],
    ['articles', s.articles],
    ['notes', s.notes],
  ];
  for (const [table, rows] of tables) emitChange({ table, kind, ids: rows.map((r) => r.id) });
}

// ---------------------------------------------------------------------------------------------
// Reads

export function getActor(id: string): Promise<Actor | undefined> {
  return getDb().actors.get(id);
}

export async function getActors(ids: readonly string[]): Promise<Actor[]> {
  const rows = await getDb().actors.bulkGet([...ids]);
  return rows.filter((a): a is Actor => a !== undefined);
}

export interface ActorListQuery {
  kind?: ActorKind | null;
  tag?: string | null;
  offset: number;
  limit: number;
}

/** One page of actors in name order (the name index), filtered by kind and tag. */
export async function listActors(query: ActorListQuery): Promise<Actor[]> {
  let collection = getDb().actors.orderBy('name');
  const tag = query.tag ? foldKey(query.tag) : null;
  if (query.kind || tag) collection = collection.filter((a) => (!query.kind || a.kind === query.kind) && (!tag || a.tags.some((t) => foldKey(t) === tag)));
  return collection.offset(query.offset).limit(query.limit).toArray();
}

export async function countActors(query: Pick<ActorListQuery, 'kind' | 'tag'> = {}): Promise<number> {
  const db = getDb();
  if (!query.tag) return query.kind ? db.actors.where('kind').equals(query.kind).count() : db.actors.count();
  const tag = foldKey(query.tag);
  const base = query.kind ? db.actors.where('kind').equals(query.kind) : db.actors.toCollection();
  return base.filter((a) => a.tags.some((t) => foldKey(t) === tag)).count();
}

/** Every tag used on an actor, for the filter menu. */
export async function actorTags(): Promise<string[]> {
  const tags = new Map<string, string>();
  await getDb().actors.each((a) => a.tags.forEach((t) => tags.set(foldKey(t), tags.get(foldKey(t)) ?? t)));
  return [...tags.values()].sort((a, b) => a.localeCompare(b));
}

/**
 * Type-ahead: actors whose name or an alias starts with what was typed (case and diacritics
 * ignored) from the *keys index, then, to fill the list, actors with a later word of a name or
 * alias starting with it ("bess" finds "Scott Bessent").
 */
export async function searchActors(typed: string, limit = 8, kind?: ActorKind | null): Promise<Actor[]> {
  const q = foldKey(typed);
  if (!q) return [];
  const db = getDb();
  const byPrefix = await db.actors.where('keys').startsWith(q).distinct().limit(limit * 2).toArray();
  const out = byPrefix.filter((a) => !kind || a.kind === kind).slice(0, limit);
  if (out.length < limit) {
    const have = new Set(out.map((a) => a.id));
    const more = await db.actors
      .filter((a) => !have.has(a.id) && (!kind || a.kind === kind) && a.keys.some((k) => k.split(/[\s-]+/).some((w) => w.startsWith(q))))
      .limit(limit - out.length)
      .toArray();
    out.push(...more);
  }
  return out;
}

/** Actors that are likely the same as this name and aliases: a folded name or alias in common. */
export async function findLikelyDuplicates(name: string, aliases: readonly string[] = [], excludeId?: string): Promise<Actor[]> {
  const keys = actorKeys(name, aliases);
  if (!keys.length) return [];
  const rows = await getDb().actors.where('keys').anyOf(keys).distinct().toArray();
  return rows.filter((a) => a.id !== excludeId);
}

export interface TimelineEntry {
  quote: Quote;
  article: Article | undefined;
  /** The date the entry is ordered by: the article's published date, else when it was clipped. */
  when: string;
}

function timeline(quotes: Quote[], articles: Map<string, Article>): TimelineEntry[] {
  return quotes
    .map((quote) => {
      const article = articles.get(quote.articleId);
      return { quote, article, when: article?.publishedAt ?? article?.clippedAt ?? quote.createdAt };
    })
    .sort((a, b) => a.when.localeCompare(b.when) || a.quote.positionSelector.start - b.quote.positionSelector.start);
}

export interface ActorPage {
  actor: Actor;
  affiliation: Actor | undefined;
  /** Quotes the actor spoke, oldest first. */
  spoken: TimelineEntry[];
  /** Quotes that mention the actor, oldest first. */
  mentionedIn: TimelineEntry[];
  /** Articles linked to the actor, newest first. */
  articles: Article[];
}

/** Everything the actor page shows, read in one go. */
export async function loadActorPage(id: string): Promise<ActorPage | null> {
  const db = getDb();
  const actor = await db.actors.get(id);
  if (!actor) return null;
  const [spoken, mentioning, linked, affiliation] = await Promise.all([
    db.quotes.where('speakerId').equals(id).toArray(),
    db.quotes.where('mentionIds').equals(id).toArray(),
    db.articles.where('actorIds').equals(id).toArray(),
    actor.affiliationId ? db.actors.get(actor.affiliationId) : Promise.resolve(undefined),
  ]);
  const articleIds = new Set([...spoken, ...mentioning].map((q) => q.articleId));
  const byId = new Map(linked.map((a) => [a.id, a]));
  const missing = [...articleIds].filter((a) => !byId.has(a));
  for (const a of await db.articles.bulkGet(missing)) if (a) byId.set(a.id, a);
  const articles = [...new Map([...linked, ...[...articleIds].map((a) => byId.get(a)).filter((a): a is Article => !!a)].map((a) => [a.id, a])).values()];
  articles.sort((a, b) => (b.publishedAt ?? b.clippedAt).localeCompare(a.publishedAt ?? a.clippedAt));
  return { actor, affiliation, spoken: timeline(spoken, byId), mentionedIn: timeline(mentioning, byId), articles };
}

// ---------------------------------------------------------------------------------------------
// Writes

/** `id` may be chosen by the caller (a note inserts the mention before the write finishes). */
export function createActor(input: NewActor, id?: string): Promise<Actor> {
  return guardedWrite('create the actor', async () => {
    const actor = id ? { ...makeActor(input), id } : makeActor(input);
    await getDb().actors.add(actor);
    emitChange({ table: 'actors', kind: 'put', ids: [actor.id] });
    return actor;
  });
}

/** Saves edits; keys and updatedAt follow the name and aliases. Returns the updated actor. */
export function updateActor(id: string, edit: ActorEdit): Promise<Actor> {
  const db = getDb();
  return guardedWrite('save the actor', async () => {
    const updated = await db.transaction('rw', db.actors, async () => {
      const actor = await db.actors.get(id);
      if (!actor) throw refuse('This actor was deleted. Nothing was saved.');
      if (edit.affiliationId === id) throw refuse('An actor cannot be its own affiliation.');
      const name = edit.name === undefined ? actor.name : requireName(edit.name);
      const aliases = clean(edit.aliases ?? actor.aliases).filter((a) => foldKey(a) !== foldKey(name));
      const next: Actor = {
        ...actor,
        ...edit,
        name,
        aliases,
        role: edit.role === undefined ? actor.role : edit.role?.trim() || null,
        tags: edit.tags ? clean(edit.tags) : actor.tags,
        keys: actorKeys(name, aliases),
        updatedAt: nowIso(),
      };
      await db.actors.put(next);
      return next;
    });
    emitChange({ table: 'actors', kind: 'put', ids: [id] });
    return updated;
  });
}

/**
 * Puts back every row of a snapshot and removes the actors the write created. Given the id of the
 * actor a deletion removed (the Undo of deleteActor), also takes it out of Recently deleted, and
 * refuses when an actor with that id is in the notebook again.
 */
export function restoreSnapshot(snapshot: Snapshot, deletedActorId?: string): Promise<void> {
  const db = getDb();
  return guardedWrite('undo', async () => {
    await db.transaction('rw', [db.actors, db.quotes, db.articles, db.notes, ...trashTables(db)], async () => {
      if (deletedActorId) {
        const again = await db.actors.get(deletedActorId);
        if (again) throw actorAlreadyThere(again.name);
        await forgetDeleted(db, 'actor', deletedActorId);
      }
      if (snapshot.createdActorIds.length) await db.actors.bulkDelete(snapshot.createdActorIds);
      if (snapshot.actors.length) await db.actors.bulkPut(snapshot.actors);
      if (snapshot.quotes.length) await db.quotes.bulkPut(snapshot.quotes);
      if (snapshot.articles.length) await db.articles.bulkPut(snapshot.articles);
      if (snapshot.notes.length) await db.notes.bulkPut(snapshot.notes);
    });
    emitSnapshot(snapshot);
    emitChange({ table: 'actors', kind: 'delete', ids: snapshot.createdActorIds });
  });
}

/** Rows that point at `id`: quotes (speaker, mentions), articles, notes and affiliated actors. */
async function linkedRows(id: string) {
  const db = getDb();
  const [speaking, mentioning, articles, notes, affiliated] = await Promise.all([
    db.quotes.where('speakerId').equals(id).toArray(),
    db.quotes.where('mentionIds').equals(id).toArray(),
    db.articles.where('actorIds').equals(id).toArray(),
    db.notes.where('actorIds').equals(id).toArray(),
    db.actors.where('affiliationId').equals(id).toArray(),
  ]);
  const quotes = [...new Map([...speaking, ...mentioning].map((q) => [q.id, q])).values()];
  return { quotes, articles, notes, affiliated };
}

function actorAlreadyThere(name: string): StorageError {
  return refuse(`“${name}” is in the notebook again (a backup may have brought it back), so the deleted copy was not restored over it. It stays in Recently deleted.`);
}

/**
 * Deletes an actor and unlinks it everywhere (quote speaker and mentions, article and note links,
 * other actors' affiliation). Returns the snapshot Undo restores, or null if it was already gone;
 * the snapshot is kept in Recently deleted too (restoreDeletedActor).
 */
export function deleteActor(id: string): Promise<Snapshot | null> {
  const db = getDb();
  return guardedWrite('delete the actor', async () => {
    const snapshot = await deleteKeeping('the actor', () =>
      db.transaction('rw', [db.actors, db.quotes, db.articles, db.notes, ...trashTables(db)], async () => {
        const actor = await db.actors.get(id);
        if (!actor) return null;
        const { quotes, articles, notes, affiliated } = await linkedRows(id);
        const now = nowIso();
        await db.quotes.bulkPut(quotes.map((q) => ({ ...q, speakerId: q.speakerId === id ? null : q.speakerId, mentionIds: q.mentionIds.filter((m) => m !== id), updatedAt: now })));
        await db.articles.bulkPut(articles.map((a) => ({ ...a, actorIds: a.actorIds.filter((x) => x !== id) })));
        await db.notes.bulkPut(notes.map((n) => ({ ...n, actorIds: n.actorIds.filter((x) => x !== id) })));
        await db.actors.bulkPut(affiliated.map((a) => ({ ...a, affiliationId: null })));
        await db.actors.delete(id);
        const deleted: Snapshot = { actors: [actor, ...affiliated], createdActorIds: [], quotes, articles, notes };
        await keepDeleted(db, { kind: 'actor', itemId: id, label: actor.name, deletedAt: now, payload: deleted });
        return deleted;
      }),
    );
    if (snapshot) {
      emitChange({ table: 'actors', kind: 'delete', ids: [id] });
      emitSnapshot({ ...snapshot, actors: snapshot.actors.filter((a) => a.id !== id) });
    }
    return snapshot;
  });
}

/** What restoring an actor from Recently deleted could not link again. */
export interface ActorRestore {
  /** Links to quotes, articles, notes and actors that are no longer in the notebook. */
  gone: number;
}

/**
 * Brings a deleted actor back from Recently deleted, possibly long after: the actor as it was, and
 * its links put back into the rows as they are now, never over them (a quote edited since keeps its
 * edits and gets its speaker or mention back; a quote whose speaker was set to someone else keeps
 * that). A note gets the link back only while its text still mentions the actor. Rows deleted since
 * cannot be linked: they are counted, for the message. Refused when the actor is in the notebook
 * again.
 */
export function restoreDeletedActor(snapshot: Snapshot, actorId: string): Promise<ActorRestore> {
  const db = getDb();
  return guardedWrite('restore the actor', async () => {
    const result = await db.transaction('rw', [db.actors, db.quotes, db.articles, db.notes, ...trashTables(db)], async () => {
      const actor = snapshot.actors.find((a) => a.id === actorId);
      if (!actor) throw refuse('This entry of Recently deleted holds no actor to restore.');
      const again = await db.actors.get(actorId);
      if (again) throw actorAlreadyThere(again.name);
      await forgetDeleted(db, 'actor', actorId);
      let gone = 0;
      const affiliation = actor.affiliationId ? await db.actors.get(actor.affiliationId) : undefined;
      if (actor.affiliationId && !affiliation) gone++;
      await db.actors.put({ ...actor, affiliationId: affiliation ? actor.affiliationId : null });
      const changed = { actors: [] as string[], quotes: [] as string[], articles: [] as string[], notes: [] as string[] };
      for (const was of snapshot.actors.filter((a) => a.id !== actorId && a.affiliationId === actorId)) {
        const now = await db.actors.get(was.id);
        if (!now) gone++;
        else if (now.affiliationId === null) {
          await db.actors.update(was.id, { affiliationId: actorId });
          changed.actors.push(was.id);
        }
      }
      for (const was of snapshot.quotes) {
        const now = await db.quotes.get(was.id);
        if (!now) {
          gone++;
          continue;
        }
        const speakerId = was.speakerId === actorId && now.speakerId === null ? actorId : now.speakerId;
        const mentionIds = was.mentionIds.includes(actorId) && !now.mentionIds.includes(actorId) ? [...now.mentionIds, actorId] : now.mentionIds;
        if (speakerId !== now.speakerId || mentionIds !== now.mentionIds) {
          await db.quotes.put({ ...now, speakerId, mentionIds, updatedAt: nowIso() });
          changed.quotes.push(now.id);
        }
      }
      for (const was of snapshot.articles) {
        const now = await db.articles.get(was.id);
        if (!now) gone++;
        else if (!now.actorIds.includes(actorId)) {
          await db.articles.put({ ...now, actorIds: [...now.actorIds, actorId] });
          changed.articles.push(now.id);
        }
      }
      for (const was of snapshot.notes) {
        const now = await db.notes.get(was.id);
        if (!now) gone++;
        else if (!now.actorIds.includes(actorId) && noteReferences(now.editorState).actorIds.includes(actorId)) {
          await db.notes.put({ ...now, actorIds: [...now.actorIds, actorId] });
          changed.notes.push(now.id);
        }
      }
      return { gone, changed };
    });
    emitChange({ table: 'actors', kind: 'put', ids: [actorId, ...result.changed.actors] });
    for (const table of ['quotes', 'articles', 'notes'] as const) emitChange({ table, kind: 'put', ids: result.changed[table] });
    return { gone: result.gone };
  });
}

/**
 * Merges `mergedId` into `survivorId`: the merged actor's name and aliases become the survivor's
 * aliases, its role, affiliation and description fill the survivor's empty fields, its tags are
 * added, and every link to it (quote speaker and mentions, articles, notes, affiliations) moves to
 * the survivor. The merged actor is deleted. Returns the snapshot Undo restores.
 */
export function mergeActors(survivorId: string, mergedId: string): Promise<{ survivor: Actor; snapshot: Snapshot }> {
  if (survivorId === mergedId) return Promise.reject(refuse('Choose two different actors to merge.'));
  const db = getDb();
  return guardedWrite('merge the actors', async () => {
    const result = await db.transaction('rw', [db.actors, db.quotes, db.articles, db.notes], async () => {
      const [survivor, merged] = await db.actors.bulkGet([survivorId, mergedId]);
      if (!survivor || !merged) throw refuse('One of the two actors was deleted; nothing was merged.');
      const { quotes, articles, notes, affiliated } = await linkedRows(mergedId);
      const now = nowIso();
      const swap = (id: string) => (id === mergedId ? survivorId : id);
      const uniq = (ids: string[]) => [...new Set(ids.map(swap))];
      await db.quotes.bulkPut(
        quotes.map((q) => ({ ...q, speakerId: q.speakerId === mergedId ? survivorId : q.speakerId, mentionIds: uniq(q.mentionIds), updatedAt: now })),
      );
      await db.articles.bulkPut(articles.map((a) => ({ ...a, actorIds: uniq(a.actorIds) })));
      await db.notes.bulkPut(notes.map((n) => ({ ...n, actorIds: uniq(n.actorIds) })));
      const others = affiliated.filter((a) => a.id !== survivorId);
      await db.actors.bulkPut(others.map((a) => ({ ...a, affiliationId: survivorId })));
      const aliases = clean([...survivor.aliases, merged.name, ...merged.aliases]).filter((a) => foldKey(a) !== foldKey(survivor.name));
      const next: Actor = {
        ...survivor,
        aliases,
        role: survivor.role ?? merged.role,
        affiliationId: survivor.affiliationId ?? (merged.affiliationId === survivorId ? null : merged.affiliationId),
        description: survivor.description || merged.description,
        tags: clean([...survivor.tags, ...merged.tags]),
        keys: actorKeys(survivor.name, aliases),
        updatedAt: now,
      };
      await db.actors.put(next);
      await db.actors.delete(mergedId);
      const snapshot: Snapshot = { actors: [survivor, merged, ...others], createdActorIds: [], quotes, articles, notes };
      return { survivor: next, snapshot };
    });
    emitChange({ table: 'actors', kind: 'delete', ids: [mergedId] });
    emitSnapshot({ ...result.snapshot, actors: result.snapshot.actors.filter((a) => a.id !== mergedId) });
    return result;
  });
}

/** Adds actors to an article's links (accepted suggestions, quote links); returns the ids added. */
export function linkActorsToArticle(articleId: string, actorIds: readonly string[]): Promise<string[]> {
  const db = getDb();
  return guardedWrite('link the actors to the article', async () => {
    const added = await db.transaction('rw', db.articles, async () => {
      const article = await db.articles.get(articleId);
      if (!article) throw refuse('This article was deleted.');
      const fresh = [...new Set(actorIds)].filter((id) => !article.actorIds.includes(id));
      if (fresh.length) await db.articles.update(articleId, { actorIds: [...article.actorIds, ...fresh] });
      return fresh;
    });
    emitChange({ table: 'articles', kind: 'put', ids: added.length ? [articleId] : [] });
    return added;
  });
}

export interface QuoteActors {
  /** At most one speaker; null for none. */
  speakerId?: string | null;
  mentionIds?: string[];
}

/**
 * Sets a quote's speaker and/or mentioned actors. The article's actor links gain every actor now
 * linked to one of its quotes; unlinking a quote leaves the article link (the article still names
 * the actor; remove it from the article explicitly). Returns the snapshot Undo restores.
 */
export function setQuoteActors(quoteId: string, change: QuoteActors): Promise<{ quote: Quote; snapshot: Snapshot }> {
  const db = getDb();
  return guardedWrite('link the quote to actors', async () => {
    const result = await db.transaction('rw', [db.actors, db.quotes, db.articles], async () => {
      const quote = await db.quotes.get(quoteId);
      if (!quote) throw refuse('This quote was deleted; nothing was linked.');
      const speakerId = change.speakerId === undefined ? quote.speakerId : change.speakerId;
      const mentionIds = change.mentionIds === undefined ? quote.mentionIds : [...new Set(change.mentionIds)];
      const wanted = [...(speakerId ? [speakerId] : []), ...mentionIds];
      const found = await db.actors.bulkGet(wanted);
      if (found.some((a) => !a)) throw refuse('An actor you chose was deleted; nothing was linked.');
      const next: Quote = { ...quote, speakerId, mentionIds, updatedAt: nowIso() };
      await db.quotes.put(next);
      const article = await db.articles.get(quote.articleId);
      const articles: Article[] = [];
      if (article) {
        const fresh = wanted.filter((id) => !article.actorIds.includes(id));
        if (fresh.length) {
          articles.push(article);
          await db.articles.put({ ...article, actorIds: [...new Set([...article.actorIds, ...fresh])] });
        }
      }
      return { quote: next, snapshot: { actors: [], createdActorIds: [], quotes: [quote], articles, notes: [] } };
    });
    emitChange({ table: 'quotes', kind: 'put', ids: [quoteId] });
    emitChange({ table: 'articles', kind: 'put', ids: result.snapshot.articles.map((a) => a.id) });
    return result;
  });
}

export function setQuoteSpeaker(quoteId: string, speakerId: string | null) {
  return setQuoteActors(quoteId, { speakerId });
}

export function setQuoteMentions(quoteId: string, mentionIds: string[]) {
  return setQuoteActors(quoteId, { mentionIds });
}

/** The quote's speaker and mentioned actors, for the editor. */
export async function quoteActors(quoteId: string): Promise<{ quote: Quote; speaker: Actor | undefined; mentions: Actor[] } | null> {
  const db = getDb();
  const quote = await db.quotes.get(quoteId);
  if (!quote) return null;
  const [speaker, mentions] = await Promise.all([quote.speakerId ? db.actors.get(quote.speakerId) : Promise.resolve(undefined), getActors(quote.mentionIds)]);
  return { quote, speaker, mentions };
}

/** Every actor as the suggestion engine needs it (known actors are found by name and alias). */
export async function knownActors(): Promise<{ id: string; name: string; kind: ActorKind; aliases: string[]; role: string | null }[]> {
  const rows = await getDb().actors.toArray();
  return rows.map((a) => ({ id: a.id, name: a.name, kind: a.kind, aliases: a.aliases, role: a.role }));
}

/** The quotes of an article, in reading order, for suggestions (which quotes are already highlighted). */
export function articleQuotes(articleId: string): Promise<Quote[]> {
  return getDb().quotes.where('[articleId+positionSelector.start]').between([articleId, -Infinity], [articleId, Infinity]).toArray();
}

/** The quote of an article whose highlight covers exactly [start, end), if there is one. */
export async function quoteAt(articleId: string, start: number, end: number): Promise<Quote | undefined> {
  const rows = await getDb().quotes.where('[articleId+positionSelector.start]').equals([articleId, start]).toArray();
  return rows.find((q) => q.positionSelector.end === end && !q.unplaced);
}

/**
 * The quote at [start, end) of the article, highlighted now (createQuote: exact words and W3C
 * selectors from the stored body text, quote count in step) if it was not: what accepting a
 * speaker suggestion needs.
 */
export async function ensureQuoteAt(articleId: string, start: number, end: number): Promise<Quote> {
  return (await quoteAt(articleId, start, end)) ?? createQuote({ articleId, start, end });
}
