/**
 * What accepting a suggestion does. An accepted actor is created (or, when an actor with the same
 * folded name or alias exists, that one is used) and linked to the article; an accepted speaker
 * highlights the quotation if it was not highlighted yet and sets its speaker.
 */
import type { ProposedActor, SuggestedQuote } from '../../shared/suggest';
import { foldKey } from '../../shared/text/fold';
import type { Actor } from '../../shared/model';
import { createActor, ensureQuoteAt, findLikelyDuplicates, getActor, linkActorsToArticle, setQuoteActors, updateActor } from '../db/actors';

/** Mentions worth keeping as aliases: names and honorific forms, not role phrases ("the company"). */
export function aliasesOf(p: ProposedActor): string[] {
  return p.mentions.filter((m) => foldKey(m) !== foldKey(p.name) && !/^(the|this|that|its|his|her|their)\s/i.test(m) && /^\p{Lu}/u.test(m));
}

/** The notebook actor for a proposal: the known one, one with the same folded name, or a new card. */
export async function actorFor(p: ProposedActor): Promise<Actor> {
  const known = p.knownId ? await getActor(p.knownId) : undefined;
  if (known) return known;
  const [same] = await findLikelyDuplicates(p.name);
  return same ?? createActor({ name: p.name, kind: p.kind, role: p.role, aliases: aliasesOf(p) });
}

export async function acceptActor(articleId: string, p: ProposedActor): Promise<Actor> {
  let actor = await actorFor(p);
  // A card without a role takes the one this article gives (shown with the suggestion).
  if (!actor.role && p.role) actor = await updateActor(actor.id, { role: p.role });
  await linkActorsToArticle(articleId, [actor.id]);
  return actor;
}

export async function acceptSpeaker(articleId: string, q: SuggestedQuote, speaker: ProposedActor): Promise<void> {
  const actor = await acceptActor(articleId, speaker);
  const quote = await ensureQuoteAt(articleId, q.start, q.end);
  await setQuoteActors(quote.id, { speakerId: actor.id });
}
