import { useLive } from '../app/hooks';
import { getArticle } from '../db/articles';
import { countNotes, listNotes, notesMentioningActor, notesReferencingArticle, type NoteListQuery } from '../db/notes';

export function useNoteList(query: NoteListQuery) {
  return useLive(() => listNotes(query), [query.sort, query.offset, query.limit, query.search]);
}

export function useNoteCount(search?: string) {
  return useLive(() => countNotes(search), [search]);
}

/** The notes that reference an article (belong to it or embed its quotes) or mention an actor. */
export function useBacklinks(target: { articleId?: string; actorId?: string }) {
  const { articleId, actorId } = target;
  return useLive(async () => {
    if (articleId) return notesReferencingArticle(articleId);
    if (actorId) return notesMentioningActor(actorId);
    return [];
  }, [articleId, actorId]);
}

export function useArticleTitle(articleId: string | null) {
  return useLive(async () => (articleId ? ((await getArticle(articleId))?.title ?? null) : null), [articleId]);
}
