/**
 * Which language a text is written in, told by its function words: a text of some length whose
 * words are often those of a language, and far more often than English ones, is written in it.
 */

/** English words that the other languages checked never write: a text with many of them is English, whatever else it quotes. */
const ENGLISH_WORDS = new Set(['the', 'and', 'of', 'to', 'that', 'is', 'with', 'for', 'said', 'was', 'are', 'this', 'which', 'from', 'by']);

/** True for a text of 60 words or more where `words` make up `share` of it and three times as many as English function words. */
export function writtenIn(text: string, words: ReadonlySet<string>, share: number): boolean {
  const all = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (all.length < 60) return false;
  let theirs = 0;
  let english = 0;
  for (const w of all) {
    if (words.has(w)) theirs++;
    else if (ENGLISH_WORDS.has(w)) english++;
  }
  return theirs >= all.length * share && theirs > 3 * english;
}

/** Function words of French, Spanish, Italian and Portuguese that English never writes. */
const ROMANCE_WORDS = new Set(['le', 'la', 'les', 'des', 'du', 'une', 'est', 'dans', 'pour', 'que', 'qui', 'pas', 'sur', 'avec', 'aux', 'el', 'los', 'las', 'del', 'una', 'es', 'en', 'por', 'para', 'con', 'se', 'al', 'su', 'il', 'di', 'che', 'non', 'per', 'della', 'não', 'em', 'um', 'uma', 'com', 'os', 'ao']);

/** True for a text of some length written in French, Spanish, Italian or Portuguese. */
export function isRomanceText(text: string): boolean {
  return writtenIn(text, ROMANCE_WORDS, 0.1);
}
