import Dexie from 'dexie';
import { describeRange } from '../../shared/anchor';
import type { HighlightColor, Quote } from '../../shared/model';
import { newId, nowIso } from '../../shared/model/ids';
import { foldKey } from '../../shared/text/fold';
import { emitChange } from './changes';
import { getDb } from './db';
import { deleteKeeping, forgetDeleted, keepDeleted, trashTables } from './deleted-entry';
import { guardedWrite, StorageError } from './errors';

/** What the reader knows when the user highlights: the range in ArticleBody.text and the choices made. */
export interface NewQuote {
  articleId: string;
  /** [start, end) in the article's normalised text (UTF-16 code units). */
  start: number;
  end: number;
  color?: HighlightColor;
  comment?: string;
  speakerId?: string | null;
  mentionIds?: string[];
  tags?: string[];
}

/** The fields a user edits on an existing quote. */
export type QuoteEdit = Partial<Pick<Quote, 'color' | 'comment' | 'tags' | 'speakerId' | 'mentionIds'>>;

/** A quote removed, kept so Undo and Recently deleted can put it back exactly. */
export interface DeletedQuote {
  quote: Quote;
}

/** Where re-anchoring put a stored quote in the current text; `null` when it could not be placed. */
export interface AnchorUpdate {
  id: string;
  placement: { start: number; end: number } | null;
}

const DEFAULT_COLOR: HighlightColor = 'yellow';

function withActors(actorIds: string[], quotes: readonly Pick<Quote, 'speakerId' | 'mentionIds'>[]): string[] {
  const ids = new Set(actorIds);
  for (const q of quotes) {
    if (q.speakerId) ids.add(q.speakerId);
    for (const m of q.mentionIds) ids.add(m);
  }
  return ids.size === actorIds.length ? actorIds : [...ids];
}

/**
 * Creates quotes of one article in one transaction: the exact words and both W3C selectors come
 * from the stored ArticleBody.text (the coordinate space of anchors), and Article.quoteCount
 * changes with them, so a count never disagrees with the rows.
 */
export function createQuotes(articleId: string, inputs: readonly Omit<NewQuote, 'articleId'>[]): Promise<Quote[]> {
  const db = getDb();
  return guardedWrite('save the highlight', async () => {
    const created = await db.transaction('rw', [db.articles, db.bodies, db.quotes], async () => {
      const article = await db.articles.get(articleId);
      const body = await db.bodies.get(articleId);
      if (!article || !body) throw new Error(`Article ${articleId} is not in the notebook.`);
      const now = nowIso();
      const quotes: Quote[] = inputs.map((input) => {
        const { quote, position } = describeRange(body.text, input.start, input.end);
        return {
          id: newId(),
          articleId,
          text: quote.exact,
          quoteSelector: quote,
          positionSelector: position,
          unplaced: false,
          color: input.color ?? DEFAULT_COLOR,
          comment: input.comment ?? '',
          speakerId: input.speakerId ?? null,
          mentionIds: [...new Set(input.mentionIds ?? [])],
          tags: [...new Set(input.tags ?? [])],
          createdAt: now,
          updatedAt: now,
        };
      });
      await db.quotes.bulkAdd(quotes);
      await db.articles.update(articleId, {
        quoteCount: (await db.quotes.where('articleId').equals(articleId).count()),
        actorIds: withActors(article.actorIds, quotes),
      });
      return quotes;
    });
    emitChange({ table: 'quotes', kind: 'put', ids: created.map((q) => q.id) });
    emitChange({ table: 'articles', kind: 'put', ids: [articleId] });
    return created;
  });
}

export async function createQuote(input: NewQuote): Promise<Quote> {
  const { articleId, ...rest } = input;
  const [quote] = await createQuotes(articleId, [rest]);
  return quote!;
}

export function getQuote(id: string): Promise<Quote | undefined> {
  return getDb().quotes.get(id);
}

export function getQuotes(ids: readonly string[]): Promise<Quote[]> {
  return getDb().quotes.bulkGet([...ids]).then((rows) => rows.filter((q): q is Quote => q !== undefined));
}

/** Changes colour, comment, tags or linked actors; returns the updated quote (undefined if it is gone). */
export function updateQuote(id: string, edit: QuoteEdit): Promise<Quote | undefined> {
  const db = getDb();
  return guardedWrite('update the highlight', async () => {
    const updated = await db.transaction('rw', [db.articles, db.quotes], async () => {
      const quote = await db.quotes.get(id);
      if (!quote) return undefined;
      const next: Quote = {
        ...quote,
        ...edit,
        ...(edit.tags ? { tags: [...new Set(edit.tags)] } : {}),
        ...(edit.mentionIds ? { mentionIds: [...new Set(edit.mentionIds)] } : {}),
        updatedAt: nowIso(),
      };
      await db.quotes.put(next);
      if (edit.speakerId !== undefined || edit.mentionIds !== undefined) {
        const article = await db.articles.get(quote.articleId);
        if (article) {
          const actorIds = withActors(article.actorIds, [next]);
          if (actorIds !== article.actorIds) await db.articles.update(article.id, { actorIds });
        }
      }
      return next;
    });
    if (updated) emitChange({ table: 'quotes', kind: 'put', ids: [id] });
    return updated;
  });
}

/**
 * Deletes a quote and lowers the article's count; returns what restoreQuote needs for Undo, and
 * keeps it in Recently deleted.
 */
export function deleteQuote(id: string): Promise<DeletedQuote | null> {
  const db = getDb();
  return guardedWrite('delete the highlight', async () => {
    const deleted = await deleteKeeping('the highlight', () =>
      db.transaction('rw', [db.articles, db.quotes, ...trashTables(db)], async () => {
        const quote = await db.quotes.get(id);
        if (!quote) return null;
        await db.quotes.delete(id);
        await db.articles.update(quote.articleId, { quoteCount: await db.quotes.where('articleId').equals(quote.articleId).count() });
        await keepDeleted(db, { kind: 'highlight', itemId: id, label: quote.text, deletedAt: nowIso(), payload: { quote } });
        return { quote };
      }),
    );
    if (deleted) {
      emitChange({ table: 'quotes', kind: 'delete', ids: [id] });
      emitChange({ table: 'articles', kind: 'put', ids: [deleted.quote.articleId] });
    }
    return deleted;
  });
}

/**
 * Puts a deleted quote back exactly as it was (same id, so notes that embed it find it again) and
 * takes it out of Recently deleted. Refused, with the quote kept there, while its article is not in
 * the notebook, and when a quote with its id is (a backup brought it back).
 */
export function restoreQuote(deleted: DeletedQuote): Promise<void> {
  const db = getDb();
  const { quote } = deleted;
  const words = `“${quote.text.length > 48 ? `${quote.text.slice(0, 48)}…` : quote.text}”`;
  return guardedWrite('restore the highlight', async () => {
    await db.transaction('rw', [db.articles, db.quotes, ...trashTables(db)], async () => {
      const article = await db.articles.get(quote.articleId);
      if (!article) {
        throw new StorageError('failed', `The highlight ${words} was not restored: its article is no longer in the notebook. Restore the article first (from Recently deleted, if it is there); the highlight stays in Recently deleted.`);
      }
      if (await db.quotes.get(quote.id)) throw new StorageError('failed', `The highlight ${words} is in the notebook again, so the deleted copy was not restored over it. It stays in Recently deleted.`);
      await forgetDeleted(db, 'highlight', quote.id);
      await db.quotes.put(quote);
      await db.articles.update(quote.articleId, { quoteCount: await db.quotes.where('articleId').equals(quote.articleId).count() });
    });
    emitChange({ table: 'quotes', kind: 'put', ids: [quote.id] });
    emitChange({ table: 'articles', kind: 'put', ids: [quote.articleId] });
  });
}

/** An article's quotes in reading order (by start position), from the compound index. */
export function listQuotesForArticle(articleId: string): Promise<Quote[]> {
  return getDb()
    .quotes.where('[articleId+positionSelector.start]')
    .between([articleId, Dexie.minKey], [articleId, Dexie.maxKey])
    .toArray();
}

/**
 * Records where re-anchoring placed an article's quotes in its current text. A moved quote gets
 * selectors describing its new place (and the words now there); a quote that could not be placed
 * keeps its words and selectors and is marked unplaced, never moved. Quotes already where they
 * were are not written.
 */
export function applyAnchors(articleId: string, updates: readonly AnchorUpdate[]): Promise<Quote[]> {
  const db = getDb();
  return guardedWrite('update the highlight positions', async () => {
    const changed = await db.transaction('rw', [db.bodies, db.quotes], async () => {
      const body = await db.bodies.get(articleId);
      if (!body) return [];
      const rows = await db.quotes.bulkGet(updates.map((u) => u.id));
      const out: Quote[] = [];
      updates.forEach((u, i) => {
        const q = rows[i];
        if (!q || q.articleId !== articleId) return;
        if (!u.placement) {
          if (!q.unplaced) out.push({ ...q, unplaced: true, updatedAt: nowIso() });
          return;
        }
        const { start, end } = u.placement;
        const { quote, position } = describeRange(body.text, start, end);
        const same = !q.unplaced && q.positionSelector.start === start && q.positionSelector.end === end && q.quoteSelector.exact === quote.exact
          && q.quoteSelector.prefix === quote.prefix && q.quoteSelector.suffix === quote.suffix;
        if (same) return;
        out.push({ ...q, text: quote.exact, quoteSelector: quote, positionSelector: position, unplaced: false, updatedAt: nowIso() });
      });
      if (out.length) await db.quotes.bulkPut(out);
      return out;
    });
    if (changed.length) emitChange({ table: 'quotes', kind: 'put', ids: changed.map((q) => q.id) });
    return changed;
  });
}

/** Filters of the All quotes view; every field is optional and they combine with AND. */
export interface QuoteFilter {
  /** Quotes whose speaker is this actor or that mention it. */
  actorId?: string;
  color?: HighlightColor;
  articleId?: string;
  tag?: string;
  /** Words to find in the quote's text or comment (case and accents ignored). */
  search?: string;
}

export interface QuotePage {
  quotes: Quote[];
  /** How many quotes match the filter in all. */
  total: number;
}

function matcher(filter: QuoteFilter): (q: Quote) => boolean {
  const words = filter.search ? foldKey(filter.search).split(' ').filter(Boolean) : [];
  return (q) => {
    if (filter.articleId && q.articleId !== filter.articleId) return false;
    if (filter.color && q.color !== filter.color) return false;
    if (filter.tag && !q.tags.includes(filter.tag)) return false;
    if (filter.actorId && q.speakerId !== filter.actorId && !q.mentionIds.includes(filter.actorId)) return false;
    if (words.length) {
      const hay = foldKey(`${q.text} ${q.comment}`);
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  };
}

function newestFirst(a: Quote, b: Quote): number {
  return a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id < b.id ? 1 : -1;
}

/**
 * One page of quotes matching `filter`, newest first. A filter on article, actor, tag or colour is
 * read from its index (the most selective first) so only those rows load; with none, the page is
 * read from the createdAt index in order.
 */
export async function listQuotes(filter: QuoteFilter, offset: number, limit: number): Promise<QuotePage> {
  const db = getDb();
  const matches = matcher(filter);
  let narrowed: Quote[] | null = null;
  if (filter.articleId) narrowed = await db.quotes.where('articleId').equals(filter.articleId).toArray();
  else if (filter.actorId) {
    const [speaker, mention] = await Promise.all([
      db.quotes.where('speakerId').equals(filter.actorId).primaryKeys(),
      db.quotes.where('mentionIds').equals(filter.actorId).primaryKeys(),
    ]);
    narrowed = await getQuotes([...new Set([...speaker, ...mention])]);
  } else if (filter.tag) narrowed = await db.quotes.where('tags').equals(filter.tag).toArray();
  else if (filter.color) narrowed = await db.quotes.where('color').equals(filter.color).toArray();
  if (narrowed) {
    const all = narrowed.filter(matches).sort(newestFirst);
    return { quotes: all.slice(offset, offset + limit), total: all.length };
  }
  const ordered = db.quotes.orderBy('createdAt').reverse();
  if (!filter.search) {
    const [quotes, total] = await Promise.all([ordered.offset(offset).limit(limit).toArray(), db.quotes.count()]);
    return { quotes, total };
  }
  const collection = ordered.filter(matches);
  const [quotes, total] = await Promise.all([collection.clone().offset(offset).limit(limit).toArray(), collection.clone().count()]);
  return { quotes, total };
}

/** Every tag used on a quote, for the All quotes filter. */
export async function listQuoteTags(): Promise<string[]> {
  const keys = await getDb().quotes.orderBy('tags').uniqueKeys();
  return keys.map(String);
}
