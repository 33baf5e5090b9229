import type { TextPositionSelector, TextQuoteSelector } from '../model/quote';
import { dmp, prefixSimilarity, similarity, suffixSimilarity } from './similarity';

/**
 * Re-anchoring a stored quote in (possibly changed) article text.
 *
 * Order: the stored position (when the exact words and their context are still there), then the
 * exact words anywhere, disambiguated by context and nearness to the old position, then a fuzzy
 * match (diff-match-patch bitap to find the place, a diff of the stored context-and-quote against
 * that part of the text to find the edited quote's boundaries). Every placement is verified; a
 * quote that cannot be placed safely is reported unplaced, never put on other words.
 */

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface Placed {
  unplaced?: false;
  start: number;
  end: number;
  method: AnchorMethod;
  /** Similarity of the placed words to the stored exact words (1 = identical). */
  similarity: number;
}

export interface Unplaced {
  unplaced: true;
  reason: string;
}

export type AnchorResult = Placed | Unplaced;

export interface AnchorSelectors {
  quote: TextQuoteSelector;
  position?: TextPositionSelector | null;
}

/**
 * The placed words must be at least this similar to the stored words (1 - edit distance / length).
 * 0.75 lets a quote survive a corrected typo, changed punctuation or one replaced word in four;
 * past that the passage no longer says what was cited, and the user must look at it again.
 */
export const QUOTE_MIN_SIMILARITY = 0.75;

/**
 * The text around a placement must match the stored prefix and suffix at least this well on
 * average, weighted by their lengths (or one side must match at least ONE_SIDE_MIN_SIMILARITY: an edit can rewrite all the
 * context on one side, and a quote at the start of the article has only a few characters before it). Without it a short quote ("the plan") could land on the same or similar words in
 * another sentence. 0.5 tolerates an edit of up to half the context next to the quote, and is far
 * above chance: measured over 4,000 random pairs of places in 113,000 characters of real news
 * text, the context similarity of unrelated places had median 0.24, p99 0.34, p99.9 0.37.
 */
export const CONTEXT_MIN_SIMILARITY = 0.5;
export const ONE_SIDE_MIN_SIMILARITY = 0.8;

/**
 * Quotes this long that occur verbatim exactly once are the same words even when everything
 * around them changed (an article re-clipped with a new lead): 24 characters is several words.
 */
export const UNIQUE_VERBATIM_LENGTH = 24;

/** Long quotes this similar are accepted without context (their own words are evidence enough). */
export const LONG_QUOTE_LENGTH = 64;
export const LONG_QUOTE_SIMILARITY = 0.9;

/** Exact occurrences scored in full; the rest are ranked by a cheap exact-context measure first. */
const MAX_SCORED = 64;

interface Candidate {
  start: number;
  end: number;
  quoteSim: number;
  /** Average of the two sides; the score. */
  contextSim: number;
  /** The better side. */
  bestSideSim: number;
}

function contextOk(c: Candidate): boolean {
  return c.contextSim >= CONTEXT_MIN_SIMILARITY || c.bestSideSim >= ONE_SIDE_MIN_SIMILARITY;
}

export function anchor(text: string, selectors: AnchorSelectors): AnchorResult {
  const { exact, prefix, suffix } = selectors.quote;
  if (!exact) return { unplaced: true, reason: 'The quote has no text to look for.' };
  const position = selectors.position ?? null;
  const expected = position ? clamp(position.start, 0, text.length) : null;

  // 1. The stored position, when the words and the context on both sides are unchanged.
  if (position && position.end - position.start === exact.length && text.startsWith(exact, position.start)) {
    const s = position.start;
    const e = position.end;
    if (text.slice(Math.max(0, s - prefix.length), s) === prefix && text.slice(e, e + suffix.length) === suffix) {
      return { start: s, end: e, method: 'position', similarity: 1 };
    }
  }

  // 2. The exact words, wherever they are, judged by their context.
  const occurrences = findAll(text, exact);
  const exactCandidates = scoreOccurrences(text, selectors.quote, occurrences, expected);
  const bestExact = pickBest(exactCandidates, expected);
  if (bestExact && (contextOk(bestExact) || (occurrences.length === 1 && exact.length >= UNIQUE_VERBATIM_LENGTH))) {
    return {
      start: bestExact.start,
      end: bestExact.end,
      method: position && bestExact.start === position.start ? 'position' : 'quote',
      similarity: 1,
    };
  }

  // 3. Fuzzy: the words changed (or moved and lost their context).
  const fuzzy = pickBest(fuzzyCandidates(text, selectors.quote, expected).filter((c) => acceptFuzzy(c, exact)), expected);
  if (fuzzy) {
    // The place is right; if the exact words are there (an edit only glued something onto them),
    // they are the better boundaries.
    const verbatim = occurrences.find((o) => o < fuzzy.end && o + exact.length > fuzzy.start);
    if (verbatim !== undefined) return { start: verbatim, end: verbatim + exact.length, method: 'quote', similarity: 1 };
    return { start: fuzzy.start, end: fuzzy.end, method: 'fuzzy', similarity: fuzzy.quoteSim };
  }

  if (occurrences.length) {
    return { unplaced: true, reason: 'The quoted words appear in the article, but not in the passage they were taken from.' };
  }
  return { unplaced: true, reason: 'The quoted words are no longer in the article text.' };
}

function acceptFuzzy(c: Candidate, exact: string): boolean {
  if (c.quoteSim < QUOTE_MIN_SIMILARITY) return false;
  if (contextOk(c)) return true;
  return exact.length >= LONG_QUOTE_LENGTH && c.quoteSim >= LONG_QUOTE_SIMILARITY;
}

/** Highest score first: words, then context; ties go to the one nearest the old position. */
function pickBest(candidates: Candidate[], expected: number | null): Candidate | null {
  let best: Candidate | null = null;
  for (const c of candidates) {
    if (!best) {
      best = c;
      continue;
    }
    const d = c.quoteSim + c.contextSim - (best.quoteSim + best.contextSim);
    if (d > 1e-9) best = c;
    else if (Math.abs(d) <= 1e-9 && expected !== null && Math.abs(c.start - expected) < Math.abs(best.start - expected)) best = c;
  }
  return best;
}

function findAll(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

function contextSimilarity(text: string, quote: TextQuoteSelector, start: number, end: number): { contextSim: number; bestSideSim: number } {
  const p = prefixSimilarity(quote.prefix, text, start);
  const s = suffixSimilarity(quote.suffix, text, end);
  // Every stored context character counts the same: a one-character suffix at the end of the
  // article must not outweigh a 32-character prefix. An empty side counts as one character.
  const wp = Math.max(1, quote.prefix.length);
  const ws = Math.max(1, quote.suffix.length);
  return { contextSim: (p * wp + s * ws) / (wp + ws), bestSideSim: Math.max(p, s) };
}

function scoreOccurrences(text: string, quote: TextQuoteSelector, occurrences: number[], expected: number | null): Candidate[] {
  let chosen = occurrences;
  if (occurrences.length > MAX_SCORED) {
    // Rank by how many context characters match verbatim next to the quote, keep the nearest too.
    const cheap = (s: number): number =>
      dmp.diff_commonSuffix(quote.prefix, text.slice(Math.max(0, s - quote.prefix.length), s)) +
      dmp.diff_commonPrefix(quote.suffix, text.slice(s + quote.exact.length, s + quote.exact.length + quote.suffix.length));
    const ranked = [...occurrences].sort((a, b) => cheap(b) - cheap(a)).slice(0, MAX_SCORED);
    if (expected !== null) {
      const nearest = occurrences.reduce((a, b) => (Math.abs(b - expected) < Math.abs(a - expected) ? b : a));
      if (!ranked.includes(nearest)) ranked.push(nearest);
    }
    chosen = ranked;
  }
  return chosen.map((start) => {
    const end = start + quote.exact.length;
    return { start, end, quoteSim: 1, ...contextSimilarity(text, quote, start, end) };
  });
}

/** Places where the quote (or its context) approximately is, each turned into a verified candidate. */
function fuzzyCandidates(text: string, quote: TextQuoteSelector, expected: number | null): Candidate[] {
  const { exact, prefix, suffix } = quote;
  const max = dmp.Match_MaxBits;
  const near = expected ?? 0;
  // Keys of at most 32 characters (bitap's limit) and the offset from each key to the quote's start.
  const keys: [string, number][] = [
    [exact.slice(0, max), 0],
    [exact.slice(-max), exact.length - Math.min(max, exact.length)],
    [prefix.slice(-max), -Math.min(max, prefix.length)],
    [suffix.slice(0, max), exact.length],
  ];
  const estimates = new Set<number>();
  if (expected !== null) estimates.add(expected);
  for (const [key, offset] of keys) {
    if (key.length < 4) continue; // too short to locate anything
    for (const distance of [1000, Math.max(1000, text.length)]) {
      dmp.Match_Distance = distance;
      dmp.Match_Threshold = 0.5;
      const loc = dmp.match_main(text, key, clamp(near + offset, 0, text.length));
      if (loc !== -1) estimates.add(clamp(loc - offset, 0, text.length));
    }
  }
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  for (const estimate of estimates) {
    const placed = placeByDiff(text, quote, estimate);
    if (!placed) continue;
    const id = `${placed.start}:${placed.end}`;
    if (seen.has(id)) continue;
    seen.add(id);
    candidates.push({
      ...placed,
      quoteSim: similarity(exact, text.slice(placed.start, placed.end)),
      ...contextSimilarity(text, quote, placed.start, placed.end),
    });
  }
  return candidates;
}

/**
 * Diffs the stored prefix + exact + suffix against the text around `estimate` and maps the quote's
 * two boundaries through the diff. Insertions right outside the quote stay outside; replaced
 * characters of the quote stay inside.
 */
function placeByDiff(text: string, quote: TextQuoteSelector, estimate: number): { start: number; end: number } | null {
  const { exact, prefix, suffix } = quote;
  const slack = 8 + Math.ceil(exact.length / 3);
  const from = clamp(estimate - prefix.length - slack, 0, text.length);
  const to = clamp(estimate + exact.length + suffix.length + slack, 0, text.length);
  const window = text.slice(from, to);
  const diffs = dmp.diff_main(prefix + exact + suffix, window, false);
  let start = from + mapBoundary(diffs, prefix.length, 'start');
  let end = from + mapBoundary(diffs, prefix.length + exact.length, 'end');
  // Whitespace the stored quote does not begin or end with is not part of it.
  if (!/^\s/.test(exact)) while (start < end && /\s/.test(text[start]!)) start++;
  if (!/\s$/.test(exact)) while (end > start && /\s/.test(text[end - 1]!)) end--;
  // A quote taken on word boundaries stays on word boundaries: "fleet" corrected to "fleets" is
  // the whole new word, not "fleet" and a stray "s".
  if (WORD.test(exact[0]!) && !WORD.test(prefix.slice(-1))) {
    for (let k = 0; k < MAX_WORD_SNAP && start > 0 && WORD.test(text[start - 1]!); k++) start--;
  }
  if (WORD.test(exact.slice(-1)) && !WORD.test(suffix[0] ?? '')) {
    for (let k = 0; k < MAX_WORD_SNAP && end < text.length && WORD.test(text[end]!); k++) end++;
  }
  return end > start ? { start, end } : null;
}

const WORD = /[\p{L}\p{N}_]/u;
const MAX_WORD_SNAP = 24;

const DELETE = -1;
const INSERT = 1;

/** Maps a boundary of the old text to the new text through a diff (see placeByDiff for the rules). */
export function mapBoundary(diffs: [number, string][], loc: number, side: 'start' | 'end'): number {
  let c1 = 0;
  let c2 = 0;
  for (let k = 0; k < diffs.length; k++) {
    const [op, str] = diffs[k]!;
    const len = str.length;
    if (op === INSERT) {
      c2 += len;
      continue;
    }
    if (op === DELETE) {
      if (side === 'start' ? c1 <= loc && loc < c1 + len : c1 < loc && loc <= c1 + len) {
        // The boundary falls in deleted characters: an insertion that follows replaced them.
        const next = diffs[k + 1];
        return side === 'end' && next && next[0] === INSERT ? c2 + next[1].length : c2;
      }
      c1 += len;
      continue;
    }
    if (side === 'start' ? c1 <= loc && loc < c1 + len : c1 < loc && loc <= c1 + len) return c2 + (loc - c1);
    c1 += len;
    c2 += len;
  }
  return c2;
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, n));
}
