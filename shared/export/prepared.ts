/**
 * An export made ahead, all but the writing: every actor's and note's file, and every article's
 * front matter and title, with the fingerprints the manifest records. The app makes one in the
 * background when the notebook has been left alone for a while and drops it on any change, so
 * exporting an unchanged notebook only joins each article's head to its kept body and writes:
 * no note is read or converted, no article's job or fingerprint is made again.
 *
 * It is made for the paths a first export into an empty folder gets (no previous manifest); an
 * export whose plan differs (a folder exported to before, where names were kept) makes its files
 * itself, as does an export with another mention style.
 */
import { articleBodyKey, articleFingerprint, articleHead, noteMarkdown } from './documents';
import { fingerprint } from './hash';
import type { MentionStyle } from './note-markdown';
import { actorFileText, indexNotebook, planArticleJob, planExport, planKey, type NotebookSource } from './notebook';

/** A whole file made ahead, and the fingerprint of what it was made from. */
export interface PreparedFile {
  text: string;
  hash: string;
}

/** An article's file made ahead, but for its body: the export joins `head` to the kept body whose key is `bodyKey`. */
export interface PreparedArticle {
  head: string;
  bodyKey: string;
  hash: string;
  hasBody: boolean;
}

export interface PreparedExport {
  /** The plan's fingerprint (planKey): the paths every link in these files points at. */
  planKey: string;
  mentionStyle: MentionStyle;
  articles: ReadonlyMap<string, PreparedArticle>;
  actors: ReadonlyMap<string, PreparedFile>;
  notes: ReadonlyMap<string, PreparedFile>;
}

export interface PrepareOptions {
  mentionStyle: MentionStyle;
  signal?: AbortSignal;
  /** Items per batch read (default 100). */
  batchSize?: number;
  /** Awaited between batches, so a window can go on responding while a large notebook is prepared. */
  pause?: () => Promise<void>;
}

/** Prepares an export of the notebook `source` reads (see the module comment). */
export async function prepareExport(source: NotebookSource, { mentionStyle, signal, batchSize = 100, pause }: PrepareOptions): Promise<PreparedExport> {
  const [articles, actors, quotes, noteHeads, imageHeads] = await Promise.all([source.articles(), source.actors(), source.quotes(), source.noteHeads(), source.imageHeads()]);
  signal?.throwIfAborted();
  const plan = planExport({ articles, actors, quotes, noteHeads, imageHeads }, null, '');
  const { links } = plan;
  const index = indexNotebook(articles, quotes, noteHeads);
  const step = async () => {
    await pause?.();
    signal?.throwIfAborted();
  };

  const preparedArticles = new Map<string, PreparedArticle>();
  for (let i = 0; i < articles.length; i += batchSize) {
    const batch = articles.slice(i, i + batchSize);
    const bodies = await source.bodies(batch.map((a) => a.id));
    batch.forEach((article, k) => {
      const job = planArticleJob(article, bodies[k], plan, index);
      const bodyKey = articleBodyKey(job);
      preparedArticles.set(article.id, { head: articleHead(job), bodyKey, hash: articleFingerprint(job, bodyKey), hasBody: !!job.body?.html });
    });
    await step();
  }

  const preparedActors = new Map<string, PreparedFile>();
  for (let i = 0; i < actors.length; i += batchSize) {
    for (const actor of actors.slice(i, i + batchSize)) {
      const text = actorFileText(actor, index, links);
      preparedActors.set(actor.id, { text, hash: fingerprint(text) });
    }
    await step();
  }

  const preparedNotes = new Map<string, PreparedFile>();
  for (let i = 0; i < noteHeads.length; i += batchSize) {
    const notes = await source.notes(noteHeads.slice(i, i + batchSize).map((n) => n.id));
    for (const note of notes) {
      if (!note) continue;
      const text = noteMarkdown(note, plan.notePaths.get(note.id)!, links, mentionStyle);
      preparedNotes.set(note.id, { text, hash: fingerprint(text) });
    }
    await step();
  }

  return { planKey: planKey(plan), mentionStyle, articles: preparedArticles, actors: preparedActors, notes: preparedNotes };
}
