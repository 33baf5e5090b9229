/**
 * One note or one actor as a Markdown file on its own (copied to the clipboard or saved as .md).
 * Links use the names a notebook export would give the files, so a file dropped into an exported
 * vault links up; there is no folder to check against, so collisions are not numbered here.
 */
import type { Actor, Article, Note, Quote } from '../model';
import { actorMarkdown, noteMarkdown, type ExportLinks } from './documents';
import { blockIdOf } from './highlights';
import { ACTORS_FOLDER, ARTICLES_FOLDER, NOTES_FOLDER } from './layout';
import { safeFileName } from './names';
import type { MentionStyle } from './note-markdown';

export function standaloneLinks(data: { actors: readonly Actor[]; articles: readonly Article[]; quotes: readonly Quote[]; notes?: readonly Pick<Note, 'id' | 'title'>[] }): ExportLinks {
  const actors = new Map(data.actors.map((a) => [a.id, a]));
  const articles = new Map(data.articles.map((a) => [a.id, a]));
  const quotes = new Map(data.quotes.map((q) => [q.id, q]));
  const notes = new Map((data.notes ?? []).map((n) => [n.id, n]));
  return {
    articlePath: (id) => (articles.has(id) ? `${ARTICLES_FOLDER}/${safeFileName(articles.get(id)!.title, '.md', 'Untitled article')}` : undefined),
    actorPath: (id) => (actors.has(id) ? `${ACTORS_FOLDER}/${safeFileName(actors.get(id)!.name, '.md', 'Unnamed actor')}` : undefined),
    notePath: (id) => (notes.has(id) ? `${NOTES_FOLDER}/${safeFileName(notes.get(id)!.title, '.md', 'Untitled note')}` : undefined),
    imagePath: () => undefined,
    blockId: (id) => (quotes.has(id) ? blockIdOf(id) : undefined),
    actor: (id) => actors.get(id),
    article: (id) => articles.get(id),
    quote: (id) => quotes.get(id),
  };
}

/** A note as Markdown: with front matter for a .md file, or just the title and body for the clipboard. */
export function standaloneNoteMarkdown(
  data: { note: Note; actors: readonly Actor[]; articles: readonly Article[]; quotes: readonly Quote[] },
  mentionStyle: MentionStyle,
  options: { frontMatter: boolean },
): string {
  const path = `${NOTES_FOLDER}/${safeFileName(data.note.title, '.md', 'Untitled note')}`;
  const text = noteMarkdown(data.note, path, standaloneLinks(data), mentionStyle);
  return options.frontMatter ? text : text.replace(/^---\n[\s\S]*?\n---\n\n/, '');
}

export function standaloneActorMarkdown(data: {
  actor: Actor;
  actors: readonly Actor[];
  quotes: readonly Quote[];
  articles: readonly Article[];
  linkedArticleIds: ReadonlySet<string>;
  notes: readonly Pick<Note, 'id' | 'title'>[];
}): string {
  const links = standaloneLinks(data);
  return actorMarkdown({ actor: data.actor, quotes: data.quotes, articles: data.articles.filter((a) => data.linkedArticleIds.has(a.id)), notes: data.notes }, links);
}
