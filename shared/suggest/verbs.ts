import { ATTRIBUTION_VERBS, FOREIGN_SPEECH_VERBS, NOT_A_TYPO, PRESENT_ATTRIBUTION_VERBS, SPEECH_VERBS } from './lexicon';

/**
 * Edit distance with adjacent transpositions (optimal string alignment), capped: returns cap + 1 as
 * soon as the distance must exceed `cap`. A swapped pair of letters ("siad") is one edit, as it is
 * one slip of the fingers.
 */
export function editDistance(a: string, b: string, cap = 2): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > cap) return cap + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

export interface VerbMatch {
  /** The verb as written. */
  written: string;
  /** The verb it is read as (differs for a typo). */
  verb: string;
  typo: boolean;
}

/**
 * Reads a word as a speech verb, tolerating a typo of one edit ("sayid", "siad" → "said", "explaned"
 * → "explained"; two edits would read real words such as "committed" or "provided" as verbs). A typo must keep the verb's first
 * letter, be at least four letters long and not be a real word listed in NOT_A_TYPO ("sad", "paid").
 * `strict` limits the match to verbs that introduce a quotation next to the speaker.
 */
export function readSpeechVerb(word: string, strict: boolean): VerbMatch | null {
  const w = word.toLowerCase();
  const verbs = strict ? ATTRIBUTION_VERBS : SPEECH_VERBS;
  if (verbs.has(w) || PRESENT_ATTRIBUTION_VERBS.has(w) || FOREIGN_SPEECH_VERBS.has(w)) return { written: word, verb: w, typo: false };
  if (w.length < 4 || NOT_A_TYPO.has(w) || SPEECH_VERBS.has(w) || ATTRIBUTION_VERBS.has(w)) return null;
  let best: { verb: string; d: number } | null = null;
  for (const v of ATTRIBUTION_VERBS) {
    if (v[0] !== w[0] || v.length < 4) continue;
    // One edit at most: two would read real words as verbs ("committed" as "commented", "provided" as "promised").
    const cap = 1;
    const d = editDistance(w, v, cap);
    if (d <= cap && (!best || d < best.d)) best = { verb: v, d };
  }
  return best ? { written: word, verb: best.verb, typo: true } : null;
}
