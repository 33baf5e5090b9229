import DiffMatchPatch from 'diff-match-patch';

/** One configured diff engine: no timeout, so results are deterministic (inputs here are bounded). */
export const dmp = new DiffMatchPatch();
dmp.Diff_Timeout = 0;

/** Edit distance (insertions, deletions, substitutions) between two strings, via diff-match-patch. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  return dmp.diff_levenshtein(dmp.diff_main(a, b, false));
}

/** 1 for equal strings, 0 for nothing in common: 1 - distance / longer length. */
export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  return 1 - editDistance(a, b) / longer;
}

/**
 * How well a stored prefix matches the text that now ends at `at` (1 = same, 0 = unrelated).
 * The alignment is anchored at the quote and free at the far end, so an edit 20 characters away
 * costs only the edited characters, not everything beyond it.
 */
export function prefixSimilarity(prefix: string, text: string, at: number): number {
  if (!prefix.length) return at === 0 ? 1 : NEUTRAL;
  const before = text.slice(Math.max(0, at - prefix.length * 2), at);
  return 1 - anchoredDistance(reverse(prefix), reverse(before)) / prefix.length;
}

/** The suffix counterpart of prefixSimilarity, for the text that now starts at `at`. */
export function suffixSimilarity(suffix: string, text: string, at: number): number {
  if (!suffix.length) return at === text.length ? 1 : NEUTRAL;
  const after = text.slice(at, at + suffix.length * 2);
  return 1 - anchoredDistance(suffix, after) / suffix.length;
}

/**
 * Cost of each new character between the quote and its old context (text inserted right next to
 * the quote): less than a full edit, since the old context is still there, just further away.
 * Tuned so unrelated places still score far below the acceptance thresholds (see anchor.ts).
 */
export const ADJACENT_GAP_COST = 0.25;

/** An empty stored context says nothing either way when the new text has more around the quote. */
const NEUTRAL = 0.5;

/**
 * Smallest edit distance between all of `pattern` and some prefix of `text`: the pattern's first
 * character is aligned with the text's first character, the text may run on past the pattern.
 */
function anchoredDistance(pattern: string, text: string): number {
  const m = pattern.length;
  const n = text.length;
  let prev = new Array<number>(n + 1);
  let cur = new Array<number>(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j * ADJACENT_GAP_COST;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    const pc = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const sub = prev[j - 1]! + (pc === text.charCodeAt(j - 1) ? 0 : 1);
      cur[j] = Math.min(sub, prev[j]! + 1, cur[j - 1]! + 1);
    }
    [prev, cur] = [cur, prev];
  }
  let best = m;
  for (let j = 0; j <= n; j++) best = Math.min(best, prev[j]!);
  return best;
}

function reverse(s: string): string {
  // Code-unit reversal is right here: both sides are reversed the same way and only compared.
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}
