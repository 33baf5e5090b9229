export type ActorKind = 'person' | 'organisation' | 'place' | 'other';
export const ACTOR_KINDS: readonly ActorKind[] = ['person', 'organisation', 'place', 'other'];

/** Someone or something that says things or is talked about. */
export interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  role: string | null;
  /** Id of another actor (a minister's ministry, a spokesperson's company). */
  affiliationId: string | null;
  description: string;
  tags: string[];
  /** Folded name and aliases (see shared/text/fold), indexed for type-ahead and duplicate checks. */
  keys: string[];
  createdAt: string;
  updatedAt: string;
}
