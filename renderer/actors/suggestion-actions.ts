/**
 * What accepting a suggestion does. An accepted actor is created (or, when an actor with the same
 * folded name or alias exists, that one is used) and linked to the article; an accepted speaker
 * highlights the quotation if it was not highlighted yet (without the comma that joins it to the
 * attribution) and sets its speaker.
 */
import type { ProposedActor, SuggestedQuote } from '../../shared/suggest';
import { quotationHighlight, type HighlightSpan } from '../../shared/suggest/highlight-span';
import { foldKey } from '../../shared/text/fold';
import type { Actor } from '../../shared/model';
import { createActor, ensureQuoteAt, findLikelyDuplicates, getActor, linkActorsToArticle, quoteAt, setQuoteActors, updateActor } from '../db/actors';

/** How the Suggestions panel names an actor suggestion, and remembers it dismissed (renderer/db/suggestion-dismissals.ts). */
export function actorSuggestionKey(p: Pick<ProposedActor, 'name'>): string {
  return `actor:${foldKey(p.name)}`;
}

/** Likewise for a speaker suggestion: the quotation's place in the text, which does not change. */
export function quoteSuggestionKey(q: Pick<SuggestedQuote, 'start'>): string {
  return `quote:${q.start}`;
}

/** Mentions worth keeping as aliases: names and honorific forms, not role phrases ("the company"). */
export function aliasesOf(p: ProposedActor): string[] {
  return p.mentions.filter((m) => foldKey(m) !== foldKey(p.name) && !/^(the|this|that|its|his|her|their)\s/i.test(m) && /^\p{Lu}/u.test(m));
}

/**
 * The notebook actor for a proposal: the known one, one with the same folded name, or a new card
 * (with `newId` when given).
 */
export async function actorFor(p: ProposedActor, newId?: string): Promise<Actor> {
  const known = p.knownId ? await getActor(p.knownId) : undefined;
  if (known) return known;
  const [same] = await findLikelyDuplicates(p.name);
  return same ?? createActor({ name: p.name, kind: p.kind, role: p.role, aliases: aliasesOf(p) }, newId);
}

export async function acceptActor(articleId: string, p: ProposedActor, newId?: string): Promise<Actor> {
  let actor = await actorFor(p, newId);
  // A card without a role takes the one this article gives (shown with the suggestion).
  if (!actor.role && p.role) actor = await updateActor(actor.id, { role: p.role });
  await linkActorsToArticle(articleId, [actor.id]);
  return actor;
}

/**
 * The range a suggested quotation is highlighted at: its words without the comma that joins it to
 * the attribution (“We listened,” she said → "We listened"); the selectors are made from it.
 */
export function suggestedHighlight(q: Pick<SuggestedQuote, 'exact' | 'start'>): HighlightSpan {
  return quotationHighlight(q.exact, q.start);
}

export async function acceptSpeaker(articleId: string, q: SuggestedQuote, speaker: ProposedActor): Promise<void> {
  const actor = await acceptActor(articleId, speaker);
  const span = suggestedHighlight(q);
  // A quotation highlighted whole, comma and all (before commas were left out), is that quote: no second highlight.
  const whole = span.end !== q.end ? await quoteAt(articleId, q.start, q.end) : undefined;
  const quote = whole ?? (await ensureQuoteAt(articleId, span.start, span.end));
  await setQuoteActors(quote.id, { speakerId: actor.id });
}
