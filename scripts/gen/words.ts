/**
 * Invented language for synthetic notebooks: words, people, organisations, places and outlets
 * made from syllables, so no text comes from anywhere else. A few words and names carry
 * diacritics (é, ö, å, ñ...) so search has accents to fold.
 */
import type { Rng } from './random';

const ONSETS = ['b', 'br', 'c', 'ch', 'd', 'dr', 'f', 'g', 'gr', 'h', 'k', 'l', 'm', 'n', 'p', 'pr', 'r', 's', 'st', 't', 'tr', 'v', 'w', 'z', 'sh', 'th', 'pl', 'kl'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'io', 'ou'];
const ACCENTED = ['é', 'è', 'ö', 'ü', 'å', 'á', 'ñ', 'ç', 'ø', 'í'];
const CODAS = ['', '', '', 'n', 'r', 'l', 's', 'm', 'nd', 'rt', 'st', 'x', 'ck'];

function syllable(rng: Rng, accent: boolean): string {
  const vowel = accent ? rng.pick(ACCENTED) : rng.pick(VOWELS);
  return rng.pick(ONSETS) + vowel + rng.pick(CODAS);
}

/** One invented word of 1–3 syllables; `accentChance` of containing a marked letter. */
export function inventWord(rng: Rng, accentChance: number, minSyllables = 1, maxSyllables = 3): string {
  const n = rng.int(minSyllables, maxSyllables);
  const accentAt = rng.chance(accentChance) ? rng.int(0, n - 1) : -1;
  let w = '';
  for (let k = 0; k < n; k++) w += syllable(rng, k === accentAt);
  return w;
}

export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** `count` distinct invented words. */
export function inventDistinct(rng: Rng, count: number, accentChance: number, minSyllables: number, maxSyllables: number, avoid: Set<string> = new Set()): string[] {
  const out: string[] = [];
  const seen = new Set(avoid);
  let guard = 0;
  while (out.length < count) {
    const w = inventWord(rng, accentChance, minSyllables, maxSyllables);
    if (w.length < 3 || seen.has(w)) {
      if (++guard > count * 50) throw new Error('could not invent enough distinct words');
      continue;
    }
    seen.add(w);
    out.push(w);
  }
  return out;
}

/** Short function words keep sentences readable and give search common words to rank down. */
export const FUNCTION_WORDS = ['the', 'a', 'of', 'and', 'to', 'in', 'that', 'on', 'for', 'with', 'was', 'by', 'at', 'from', 'its', 'as', 'not', 'but', 'after', 'before', 'would', 'could', 'their', 'this', 'which', 'over', 'into'];

export const ORG_SUFFIXES = ['Council', 'Institute', 'Agency', 'Bank', 'Union', 'Party', 'Authority', 'Trust', 'Foundation', 'Commission', 'Group', 'Ministry'];
export const PLACE_SUFFIXES = ['ford', 'vik', 'ano', 'berg', 'mouth', 'ville', 'stad', 'haven'];
export const OUTLET_KINDS = ['Courier', 'Ledger', 'Post', 'Herald', 'Gazette', 'Observer', 'Tribune', 'Record'];
export const ROLES = ['minister', 'spokesperson', 'mayor', 'director', 'chair', 'senator', 'economist', 'analyst', 'union leader', 'prosecutor', 'chief executive', 'professor', 'councillor', 'judge', 'ambassador'];
export const TAGS = ['budget', 'housing', 'transport', 'energy', 'courts', 'health', 'schools', 'elections', 'trade', 'water', 'ports', 'climate', 'labour', 'policing', 'media', 'farming'];
export const SAY_VERBS = ['said', 'told reporters', 'argued', 'warned', 'added', 'insisted', 'explained'];
