/**
 * Placeholder until the notes feature lands: the notes that reference an article or an actor.
 * The reader and the actor page render it.
 */
export function Backlinks(_props: { articleId?: string; actorId?: string }) {
  return null;
}
