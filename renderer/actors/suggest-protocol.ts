/** Messages between the window and the suggestions worker. */
import type { KnownActor, Suggestions } from '../../shared/suggest';

export interface SuggestRequest {
  id: number;
  text: string;
  known: KnownActor[];
}

export type SuggestReply = { id: number; suggestions: Suggestions } | { id: number; error: string };
