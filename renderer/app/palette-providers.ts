import { createStore, useStore } from './store';

/** An entry in the command palette: a command, or a search result from a provider. */
export interface PaletteItem {
  id: string;
  group: string;
  title: string;
  subtitle?: string;
  shortcut?: string;
  /**
   * What the item opens ("actor:<id>"), when a provider knows: results of several providers that
   * open the same thing are listed once (mergeProviderResults).
   */
  target?: string;
  run: () => void;
}

/** Supplies palette items for a query (e.g. notebook search). Results are shown grouped by `group`. */
export type PaletteProvider = (query: string) => Promise<PaletteItem[]>;

const providers = new Set<PaletteProvider>();

export function registerPaletteProvider(provider: PaletteProvider): () => void {
  providers.add(provider);
  return () => providers.delete(provider);
}

export function paletteProviders(): PaletteProvider[] {
  return [...providers];
}

/**
 * The results of all providers as the palette lists them: one item per target (the first
 * provider's), and each group together, groups in the order they first appear.
 */
export function mergeProviderResults(lists: readonly (readonly PaletteItem[])[]): PaletteItem[] {
  const seen = new Set<string>();
  const groups = new Map<string, PaletteItem[]>();
  for (const item of lists.flat()) {
    if (item.target !== undefined) {
      if (seen.has(item.target)) continue;
      seen.add(item.target);
    }
    const group = groups.get(item.group) ?? [];
    group.push(item);
    groups.set(item.group, group);
  }
  return [...groups.values()].flat();
}

/** How many times results were refreshed: the open palette asks its providers again when it changes. */
const revision = createStore(0);

/**
 * A provider's results may have changed for the same query (the notebook index took in a new
 * clip): an open palette asks its providers again, so what it shows follows the notebook without
 * the user retyping.
 */
export function refreshPaletteResults(): void {
  revision.set(revision.get() + 1);
}

/** The refresh count, in the palette. */
export function usePaletteResultsRevision(): number {
  return useStore(revision);
}

/** matchScore of a title that holds every typed word (as one run, or each at a word start): commands that strong come before search results. */
export const STRONG_MATCH = 500;

/**
 * Case- and accent-insensitive match score for command titles; -1 when no match. The typed text as
 * one run scores highest (1000 minus where it starts), then every typed word at the start of a
 * word of the title, in any order ("paste clip" finds "Paste a clip"; 500 to 999), then a loose
 * subsequence (below 500).
 */
export function matchScore(title: string, query: string): number {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const t = fold(title);
  const q = fold(query.trim());
  if (!q) return 0;
  const at = t.indexOf(q);
  if (at >= 0) return 1000 - at;
  const words = q.split(/\s+/);
  const starts = t.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length > 1 && words.every((w) => starts.some((s) => s.startsWith(w)))) return 700 - Math.min(words.length, 100);
  let ti = 0;
  let score = 0;
  for (const ch of q) {
    const found = t.indexOf(ch, ti);
    if (found < 0) return -1;
    score += found === ti ? 2 : 1;
    ti = found + 1;
  }
  return score;
}
