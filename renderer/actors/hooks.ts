import { useEffect, useState } from 'react';
import type { ActorKind } from '../../shared/model';
import { useLive } from '../app/hooks';
import { actorTags, countActors, findLikelyDuplicates, getActor, loadActorPage, quoteActors, searchActors } from '../db/actors';

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
