import { useEffect, useState } from 'react';
import { observe } from '../db/live';

export interface Live<T> {
  value: T | undefined;
  error: unknown;
  loading: boolean;
}

/** Re-runs a repository query whenever the tables it read change. `deps` decide when to re-subscribe. */
export function useLive<T>(query: () => Promise<T>, deps: readonly unknown[]): Live<T> {
  const [state, setState] = useState<Live<T>>({ value: undefined, error: null, loading: true });
  useEffect(() => {
    setState((s) => ({ ...s, loading: true }));
    return observe(
      query,
      (value) => setState({ value, error: null, loading: false }),
      (error) => setState({ value: undefined, error, loading: false }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}
