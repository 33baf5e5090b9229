/** Word tokens with offsets, capitalisation and sentence starts: what the name patterns walk over. */

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Every letter upper-case and at least two letters ("NATO", "WASHINGTON"). */
  upper: boolean;
  /** First word of a sentence, paragraph or quotation: capitalised for grammar, not for being a name. */
  sentenceStart: boolean;
  /** Lower-cased text with typographic apostrophes folded, for lexicon look-ups. */
  lower: string;
}

/** Words, and "&" standing alone ("Kessler & Moor" is one name; the run builder joins over it). */
const WORD = /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*\.?|&/gu;
/** Titles and honorifics written with a full stop before a name ("Mr.", "Sens.", "Gen."), which ends no sentence. */
const TITLE_ABBREVIATIONS = 'mr|mrs|ms|dr|eng|engr|prof|st|sen|rep|gov|sens|reps|drs|profs|govs|messrs|gen|lt|col|sgt|capt|cmdr|adm|maj|brig|cpl|pvt|amb|supt|insp|det|jr|sr|no|vs';
/** Abbreviations whose full stop does not end a sentence: the titles, companies' legal forms, months, initials. */
const ABBREVIATIONS = new RegExp(`^(${TITLE_ABBREVIATIONS}|inc|ltd|corp|co|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|[a-z])\\.$`, 'i');

const JOINED_PARTICLE = /^(?:al|el|ad|ed|ar|as|ash|at|az|an|abu|bin|ibn|ben|d|l)[-'’]\p{Lu}\p{Ll}/u;

/** E-mail addresses and web addresses: their words ("dana@…", "www.orchard…") are no words of the prose. */
const ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\bhttps?:\/\/\S+|\bwww\.[\w-]+(?:\.[\w-]+)+\S*/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const addresses = [...text.matchAll(ADDRESS)].map((a) => ({ start: a.index, end: a.index + a[0].length }));
  let m: RegExpExecArray | null;
  WORD.lastIndex = 0;
  while ((m = WORD.exec(text))) {
    let raw = m[0];
    let start = m.index;
    if (addresses.length && addresses.some((a) => start >= a.start && start < a.end)) continue;
    // A trailing full stop belongs to the word only for abbreviations ("Mr.", "U.S.").
    if (raw.endsWith('.') && !ABBREVIATIONS.test(raw) && !/^(?:\p{L}\.)+$/u.test(raw)) raw = raw.slice(0, -1);
    // Possessive "’s" is split off so "Bessent’s" names "Bessent".
    const poss = /^(.{2,}|\d)(['’]s)$/u.exec(raw);
    const parts = poss ? [poss[1]!, poss[2]!] : [raw];
    for (const part of parts) {
      const end = start + part.length;
      const first = part[0]!;
      const letters = part.replace(/[^\p{L}]/gu, '');
      tokens.push({
        text: part,
        start,
        end,
        // "Ahmed el-Idrissi", "Yusuf al-Amin": a lower-case particle joined to a surname continues a
        // capitalised name (alone, "al-Tanf" is more often a place than a person: left as it is).
        cap: /\p{Lu}/u.test(first) || (JOINED_PARTICLE.test(part) && !!tokens.length && tokens[tokens.length - 1]!.cap && /^[ \t]+$/.test(text.slice(tokens[tokens.length - 1]!.end, start))),
        upper: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
        sentenceStart: false,
        lower: part.toLowerCase().replace(/’/g, "'").replace(/\.$/, ''),
      });
      start = end;
    }
  }
  markSentenceStarts(text, tokens);
  return tokens;
}

/** ", Calif.", ", New Mexico": the state or country a dateline's place in capitals may carry. */
export const DATELINE_REGION = String.raw`,\s*\p{Lu}[\p{Ll}.]*(?:\s\p{Lu}[\p{Ll}.]*)?`;
/** A dateline's line up to its last word in capitals (the place, or the agency in brackets). */
const BEFORE_DATELINE_END = new RegExp(String.raw`(^|\n)[\p{Lu}\s,.]*(?:${DATELINE_REGION})?\s*\(?$`, 'u');

function markSentenceStarts(text: string, tokens: Token[]): void {
  let prevEnd = 0;
  let prev: Token | null = null;
  for (const t of tokens) {
    const gap = text.slice(prevEnd, t.start);
    if (!prev || gap.includes('\n')) t.sentenceStart = true;
    else if (/(^|\s)[“"‘«]\s*$/.test(gap)) t.sentenceStart = true; // a quotation's first word
    else if (/[.!?]/.test(gap)) t.sentenceStart = true;
    else if (prev.text.endsWith('.') && !ABBREVIATIONS.test(prev.text) && gap.trim() === '' && !(INITIALISM.test(prev.text) && !SENTENCE_OPENERS.has(t.text.toLowerCase()))) t.sentenceStart = true;
    // After a dateline: "WASHINGTON –", "SAN JOSE, Calif. (AP) —" (a state or country, then the agency in brackets).
    if (prev && /[–—-]\s*$/.test(gap) && prev.upper && BEFORE_DATELINE_END.test(text.slice(Math.max(0, prev.start - 40), prev.start))) t.sentenceStart = true;
    prevEnd = t.end;
    prev = t;
  }
}

/** "U.S.", "U.K.": a full stop that ends a sentence only when a sentence opener follows ("… in the U.S. The …"). */
const INITIALISM = /^(?:\p{L}\.){2,}$/u;
const SENTENCE_OPENERS = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'but', 'and', 'this', 'that', 'there', 'in', 'on', 'at', 'for', 'his', 'her', 'its', 'their', 'our', 'if', 'when', 'while', 'as', 'after', 'before', 'some', 'many', 'most', 'officials', 'meanwhile', 'however', 'still', 'yet', 'so']);

/** Text ending with an abbreviation whose full stop ends no sentence: "Mr.", "Sen.", "M." (Monsieur), an initial. */
const TITLE_ABBREVIATION_END = new RegExp(`(?:^|\\s)(${TITLE_ABBREVIATIONS}|[A-Z])\\.$`, 'i');

/** Whether the word at `at` follows such an abbreviation and its spaces ("M. Marchal"), so that it opens no sentence. */
export function afterAbbreviation(text: string, at: number): boolean {
  return TITLE_ABBREVIATION_END.test(text.slice(Math.max(0, at - 10), at).trimEnd());
}

/** Sentence boundaries: [start, end) ranges covering the text, split at . ! ? and line breaks. */
export function sentenceRanges(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  const re = /([.!?]+[”"’']?)(?=\s+[“"‘'«]?[\p{Lu}\p{N}])|\n+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const end = m.index + m[0].length;
    // "Mr. Smith": an abbreviation's full stop does not end the sentence.
    const before = text.slice(Math.max(start, m.index - 6), m.index + 1);
    if (m[0] !== '\n' && !m[0].includes('\n') && TITLE_ABBREVIATION_END.test(before)) continue;
    if (m[0] === '.' && /(?:^|\s)(?:\p{L}\.){2,}$/u.test(text.slice(Math.max(start, m.index - 8), m.index + 1))) {
      const next = /^\s+[“"‘'«]?([\p{L}]+)/u.exec(text.slice(end));
      if (next && !SENTENCE_OPENERS.has(next[1]!.toLowerCase())) continue;
    }
    if (end > start) out.push({ start, end });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/**
 * The initials of a name's capitalised words, hyphenated parts each counting: "International
 * Committee of the Red Cross" is "ICRC"; with `withOf`, "Bureau of Meteorology" is "BOM".
 */
export function initials(name: string, withOf = false): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w) || (withOf && w === 'of'))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/** Whether `small` is `big` with letters left out (in order), as many as `dropped` at most. */
function within(small: string, big: string, dropped: number): boolean {
  if (small.length > big.length || big.length - small.length > dropped) return false;
  let k = 0;
  for (const c of big) if (c === small[k]) k++;
  return k === small.length;
}

/**
 * Whether an acronym abbreviates initials (upper case): the same first letter, then the initials with
 * up to two words left out ("HELP" for Health, Education, Labor and Pensions Committee), or one letter
 * more taken from inside a word ("BALPA" for British Air Line Pilots' Association written "Airline").
 */
export function abbreviates(acronym: string, letters: string): boolean {
  const a = acronym.toUpperCase();
  if (!a || a[0] !== letters[0]) return false;
  return a === letters || within(a, letters, 2) || within(letters, a, 1);
}

