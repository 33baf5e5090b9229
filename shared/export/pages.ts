/**
 * Actor and note files of a notebook export, made on another thread. A kept export (every article
 * body already rendered) leaves its render workers idle while its own thread assembles articles;
 * actors and notes made there meanwhile take about a third of that thread's work off it.
 *
 * A worker gets the export's PageContext once (the plan's paths and the light rows every link
 * shows), then jobs that are only an actor's id or a note's row. It makes each file with the
 * same functions and the same links the export's own thread would, so the files are the same.
 */
import type { Actor, Article, Note, Quote } from '../model';
import { actorMarkdown, exportLinks, noteMarkdown, type ActorFileActor, type ActorFileInput, type LinkedArticle, type LinkedQuote, type NoteFileInput } from './documents';
import type { ExportPlan } from './notebook';
import type { MentionStyle } from './note-markdown';

export type PageArticle = LinkedArticle & Pick<Article, 'id' | 'actorIds'>;
export type PageQuote = LinkedQuote & Pick<Quote, 'id'>;

/** Everything an export's actor and note files may link to or show, as plain data (structured-cloned to a worker). */
export interface PageContext {
  mentionStyle: MentionStyle;
  articles: PageArticle[];
  actors: ActorFileActor[];
  quotes: PageQuote[];
  noteHeads: Pick<Note, 'id' | 'title' | 'actorIds'>[];
  /** The plan's [id, value] pairs (lists, not maps: they also cross the context bridge and IPC to main). */
  articlePaths: [string, string][];
  actorPaths: [string, string][];
  notePaths: [string, string][];
  imagePaths: [string, string][];
  blockIds: [string, string][];
}

/** One file: an actor's (by id: its quotes, articles and notes come from the context), or a note's. */
export type PageJob = { kind: 'actor'; actorId: string } | { kind: 'note'; note: NoteFileInput };

export function pageContext(
  data: { articles: readonly PageArticle[]; actors: readonly Actor[]; quotes: readonly PageQuote[]; noteHeads: readonly Pick<Note, 'id' | 'title' | 'actorIds'>[] },
  plan: Pick<ExportPlan, 'articlePaths' | 'actorPaths' | 'notePaths' | 'imagePaths' | 'blockIds'>,
  mentionStyle: MentionStyle,
): PageContext {
  return {
    mentionStyle,
    // Only the fields links show: the rows' other fields (selectors, bodies, editor states) stay behind.
    articles: data.articles.map(({ id, title, url, siteName, publishedAt, actorIds }) => ({ id, title, url, siteName, publishedAt, actorIds })),
    actors: data.actors.map(({ id, name, kind, aliases, role, affiliationId, description, tags }) => ({ id, name, kind, aliases, role, affiliationId, description, tags })),
    quotes: data.quotes.map(({ id, text, speakerId, articleId }) => ({ id, text, speakerId, articleId })),
    noteHeads: data.noteHeads.map(({ id, title, actorIds }) => ({ id, title, actorIds })),
    articlePaths: [...plan.articlePaths],
    actorPaths: [...plan.actorPaths],
    notePaths: [...plan.notePaths],
    imagePaths: [...plan.imagePaths],
    blockIds: [...plan.blockIds],
  };
}

/** A note job: the fields of the row its file shows. */
export function notePageJob({ id, title, editorState, text, articleId, createdAt, updatedAt }: NoteFileInput): PageJob {
  return { kind: 'note', note: { id, title, editorState, text, articleId, createdAt, updatedAt } };
}

/**
 * Each actor's file input: the quotes it said, the articles and notes linked to it, each in the
 * order of the lists given (the export's own thread and a worker group the same lists alike).
 */
export function actorFileInputs<Q extends PageQuote, A extends Pick<Article, 'id' | 'title' | 'actorIds'>>(data: {
  quotes: readonly Q[];
  articles: readonly A[];
  noteHeads: readonly Pick<Note, 'id' | 'title' | 'actorIds'>[];
}): (actor: ActorFileActor) => ActorFileInput {
  const group = <T>(items: readonly T[], keys: (item: T) => readonly (string | null)[]) => {
    const map = new Map<string, T[]>();
    for (const item of items) for (const key of keys(item)) if (key) (map.get(key) ?? map.set(key, []).get(key)!).push(item);
    return map;
  };
  const quotes = group(data.quotes, (q) => [q.speakerId]);
  const articles = group(data.articles, (a) => a.actorIds);
  const notes = group(data.noteHeads, (n) => n.actorIds);
  return (actor) => ({ actor, quotes: quotes.get(actor.id) ?? [], articles: articles.get(actor.id) ?? [], notes: notes.get(actor.id) ?? [] });
}

/** Makes files from jobs of one context, with links built once. */
export function pageMaker(context: PageContext): (job: PageJob) => string {
  const byId = <T extends { id: string }>(rows: readonly T[]) => new Map(rows.map((row) => [row.id, row]));
  const actors = byId(context.actors);
  const notePaths = new Map(context.notePaths);
  const links = exportLinks({
    articlePaths: new Map(context.articlePaths),
    actorPaths: new Map(context.actorPaths),
    notePaths,
    imagePaths: new Map(context.imagePaths),
    blockIds: new Map(context.blockIds),
    articles: byId(context.articles),
    actors,
    quotes: byId(context.quotes),
  });
  const inputOf = actorFileInputs(context);
  return (job) => {
    if (job.kind === 'note') {
      const path = notePaths.get(job.note.id);
      if (path === undefined) throw new Error(`The note ${job.note.id} is not in this export.`);
      return noteMarkdown(job.note, path, links, context.mentionStyle);
    }
    const actor = actors.get(job.actorId);
    if (!actor) throw new Error(`The actor ${job.actorId} is not in this export.`);
    return actorMarkdown(inputOf(actor), links);
  };
}
