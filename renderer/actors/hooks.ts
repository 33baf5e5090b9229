import { useEffect, useState } from 'react';
import type { ActorKind } from '../../shared/model';
import type { KnownActor, Suggestions } from '../../shared/suggest';
import { useLive } from '../app/hooks';
import { actorTags, countActors, findLikelyDuplicates, getActor, knownActors, loadActorPage, quoteActors, searchActors } from '../db/actors';
import { getArticleBody } from '../db/articles';
import { dismissedSuggestions } from '../db/suggestion-dismissals';
import { requestSuggestions } from './suggest-client';
import { suggestedNamesOf, type SuggestedName } from './suggested-names';

export function useActorPage(id: string) {
  return useLive(() => loadActorPage(id), [id]);
}

export function useActor(id: string | null) {
  return useLive(() => (id ? getActor(id) : Promise.resolve(undefined)), [id]);
}

export function useActorCount(kind: ActorKind | null, tag: string | null) {
  return useLive(() => countActors({ kind, tag }), [kind, tag]);
}

export function useActorTags() {
  return useLive(() => actorTags(), []);
}

export function useQuoteActors(quoteId: string) {
  return useLive(() => quoteActors(quoteId), [quoteId]);
}

/** Actors sharing a folded name or alias with what is being typed (debounced). */
export function useLikelyDuplicates(name: string, aliases: readonly string[], excludeId?: string) {
  const key = JSON.stringify([name, aliases, excludeId]);
  const [found, setFound] = useState<Awaited<ReturnType<typeof findLikelyDuplicates>>>([]);
  useEffect(() => {
    let stale = false;
    const t = setTimeout(() => {
      void findLikelyDuplicates(name, aliases, excludeId).then((rows) => {
        if (!stale) setFound(rows);
      }, () => undefined);
    }, 120);
    return () => {
      stale = true;
      clearTimeout(t);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return found;
}

/** Type-ahead results for what is typed (latest query wins). */
export function useActorSearch(typed: string, limit = 8, kind?: ActorKind | null) {
  const [found, setFound] = useState<Awaited<ReturnType<typeof searchActors>>>([]);
  useEffect(() => {
    let stale = false;
    void searchActors(typed, limit, kind).then((rows) => {
      if (!stale) setFound(rows);
    }, () => undefined);
    return () => {
      stale = true;
    };
  }, [typed, limit, kind]);
  return found;
}

/**
 * An article's suggestions, read off the window's thread (suggest-client). `known` is compared by
 * content, so a live query handing back equal actors does not read the article again. While the
 * first reading runs, `suggestions` is null and `reading` true; after that the last result stays
 * until the next one arrives.
 */
export function useSuggestions(text: string, known: readonly KnownActor[]) {
  const knownKey = JSON.stringify(known);
  const [state, setState] = useState<{ suggestions: Suggestions | null; error: unknown; reading: boolean }>({ suggestions: null, error: null, reading: false });
  useEffect(() => {
    if (!text) {
      setState({ suggestions: null, error: null, reading: false });
      return;
    }
    let current = true;
    setState((s) => ({ ...s, reading: true }));
    requestSuggestions(text, JSON.parse(knownKey) as KnownActor[]).then(
      (suggestions) => current && setState({ suggestions, error: null, reading: false }),
      (error: unknown) => current && setState({ suggestions: null, error, reading: false }),
    );
    return () => {
      current = false;
    };
  }, [text, knownKey]);
  return state;
}

const NO_NAMES: SuggestedName[] = [];

/**
 * The people and organisations the suggestions of these articles name that are not in the notebook
 * yet and were not dismissed, for the speaker and mention type-aheads. Follows the notebook: a name
 * that becomes an actor leaves the list.
 */
export function useSuggestedNames(articleIds: readonly string[]): readonly SuggestedName[] {
  const key = [...new Set(articleIds)].join('\n');
  const inputs = useLive(async () => {
    const ids = key ? key.split('\n') : [];
    const [known, articles] = await Promise.all([
      knownActors(),
      Promise.all(ids.map(async (id) => ({ id, text: (await getArticleBody(id))?.text ?? '', dismissed: await dismissedSuggestions(id) }))),
    ]);
    return { known, articles };
  }, [key]).value;
  const [names, setNames] = useState<readonly SuggestedName[]>(NO_NAMES);
  useEffect(() => {
    if (!inputs) return;
    let current = true;
    const reads = inputs.articles.filter((a) => a.text).map((a) => requestSuggestions(a.text, inputs.known).then((s) => suggestedNamesOf(a.id, s, a.dismissed)));
    Promise.all(reads).then(
      (lists) => current && setNames(lists.flat()),
      () => current && setNames(NO_NAMES),
    );
    return () => {
      current = false;
    };
  }, [inputs]);
  return key ? names : NO_NAMES;
}
