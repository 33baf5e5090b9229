import { createContext, useContext, useEffect, useSyncExternalStore } from 'react';
import type { ActorLive, LiveRefs, QuoteLive } from './live-refs';

/** The open note's LiveRefs; null where nodes render without an editor around them. */
export const LiveRefsContext = createContext<LiveRefs | null>(null);

const LOADING = { status: 'loading' } as const;
const noop = () => () => undefined;

export function useQuoteLive(quoteId: string): QuoteLive {
  const refs = useContext(LiveRefsContext);
  useEffect(() => refs?.retainQuote(quoteId), [refs, quoteId]);
  return useSyncExternalStore(refs?.subscribe ?? noop, () => refs?.quote(quoteId) ?? LOADING);
}

export function useActorLive(actorId: string): ActorLive {
  const refs = useContext(LiveRefsContext);
  useEffect(() => refs?.retainActor(actorId), [refs, actorId]);
  return useSyncExternalStore(refs?.subscribe ?? noop, () => refs?.actor(actorId) ?? LOADING);
}
