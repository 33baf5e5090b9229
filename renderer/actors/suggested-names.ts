/**
 * The people and organisations an article's suggestions name that are not in the notebook yet, as
 * the speaker and mention type-aheads offer them ("Piet Olden (suggested)") before "Create actor":
 * typing part of a suggested name picks the suggestion's card (kind, role, aliases) instead of
 * making a bare duplicate.
 */
import type { ProposedActor, Suggestions } from '../../shared/suggest';
import { foldKey } from '../../shared/text/fold';
import { actorSuggestionKey, aliasesOf } from './suggestion-actions';

export interface SuggestedName {
  /** The article whose suggestions named it (choosing it accepts the suggestion there). */
  articleId: string;
  proposal: ProposedActor;
}

/** Proposals worth offering by name: people and organisations, new to the notebook, not dismissed. */
export function suggestedNamesOf(articleId: string, suggestions: Suggestions, dismissed: readonly string[]): SuggestedName[] {
  return suggestions.actors
    .filter((p) => p.knownId === null && (p.kind === 'person' || p.kind === 'organisation') && !dismissed.includes(actorSuggestionKey(p)))
    .map((proposal) => ({ articleId, proposal }));
}

const wordsOf = (text: string) => foldKey(text).split(/[\s-]+/).filter(Boolean);

/**
 * The suggested names that match what is typed: every typed word begins a word of the name or of
 * one of its name-like mentions ("Ms Olden"). One per name (two articles may suggest the same
 * person), none already offered as a notebook actor (`taken`: names as found).
 */
export function matchSuggestedNames(typed: string, names: readonly SuggestedName[], taken: readonly string[] = [], limit = 4): SuggestedName[] {
  const want = wordsOf(typed);
  if (!want.length) return [];
  const seen = new Set(taken.map(foldKey));
  const out: SuggestedName[] = [];
  for (const n of names) {
    const key = foldKey(n.proposal.name);
    if (seen.has(key)) continue;
    const forms = [n.proposal.name, ...aliasesOf(n.proposal)].map(wordsOf);
    if (!forms.some((words) => want.every((w) => words.some((x) => x.startsWith(w))))) continue;
    seen.add(key);
    out.push(n);
    if (out.length === limit) break;
  }
  return out;
}
