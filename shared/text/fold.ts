/**
 * Case and diacritics folding, so "Müller", "MULLER" and "muller" match, and the typographic
 * variants users paste (curly apostrophes, non-breaking spaces, en dashes) compare equal.
 * Used for actor keys (duplicate checks, type-ahead) and for finding names in text.
 */

const COMBINING_MARKS = /\p{M}/gu;

/** Letters that do not decompose under NFD but that people type without their mark. */
const SPECIAL: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ł: 'l',
  Ł: 'l',
  ı: 'i',
  þ: 'th',
  Þ: 'th',
  ð: 'd',
  Ð: 'd',
};

/** Punctuation that comes in typographic variants; folded to the plain ASCII form. */
function foldPunctuation(ch: string): string {
  if (/[\u2018\u2019\u201a\u201b\u2032\u02bc`´]/.test(ch)) return "'";
  if (/[\u201c\u201d\u201e\u201f\u2033«»]/.test(ch)) return '"';
  if (/[\u2010-\u2015\u2212]/.test(ch)) return '-';
  if (/\s/.test(ch)) return ' ';
  return ch;
}

/** Folds one code point (given as a string) to its comparison form; may return '' or several chars. */
export function foldChar(ch: string): string {
  const special = SPECIAL[ch];
  if (special !== undefined) return special;
  const punct = foldPunctuation(ch);
  if (punct !== ch) return punct;
  return ch.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}

/**
 * The comparison key of a name: folded, whitespace collapsed, trimmed.
 * `foldKey("  José  MÜLLER ")` is `"jose muller"`.
 */
export function foldKey(s: string): string {
  let out = '';
  for (const ch of s) out += foldChar(ch);
  return out.replace(/\s+/g, ' ').trim();
}

/** Folded text and, for each of its UTF-16 units, the offset of the unit in the original it came from. */
export interface FoldedText {
  folded: string;
  /** `map[i]` is the original offset of folded unit i; `map[folded.length]` is the original length. */
  map: number[];
}

/**
 * Folds a whole text keeping a map back to original offsets, so a match found in the folded
 * text can be reported in the coordinates of the text the user sees. Whitespace is not collapsed.
 */
export function foldText(text: string): FoldedText {
  let folded = '';
  const map: number[] = [];
  let offset = 0;
  for (const ch of text) {
    const f = foldChar(ch);
    for (let i = 0; i < f.length; i++) map.push(offset);
    folded += f;
    offset += ch.length;
  }
  map.push(text.length);
  return { folded, map };
}

/** The folded keys of an actor's name and aliases, deduplicated, empty ones dropped. */
export function actorKeys(name: string, aliases: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const s of [name, ...aliases]) {
    const k = foldKey(s);
    if (k) keys.add(k);
  }
  return [...keys];
}
