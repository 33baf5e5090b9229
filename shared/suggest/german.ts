/**
 * German text capitalises every noun, so the capitalised runs the English rules read as names
 * ("Der Patient", "Versorgung des Patienten", "in Krankenhäusern") are mostly common nouns there.
 * In a text written in German only what a stronger sign supports is kept: known places and
 * organisations, a legal form ("GmbH"), an acronym defined in brackets, a title or honorific
 * before a name, a known given name opening a name of two or three words, or a town's ending after "in".
 */
import type { Candidate } from './candidates';
import { isGivenName } from './given-names';
import { isLegalForm } from './lexicon';
import { writtenIn } from './function-words';

const GERMAN_WORDS = new Set(['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'von', 'zu', 'den', 'für', 'auf', 'sich', 'auch', 'dem', 'des', 'im', 'wird', 'werden', 'sind', 'bei', 'eine', 'einen', 'einer', 'noch', 'nach', 'über', 'wie', 'oder', 'aber']);

/** True for a text of some length written in German (its function words, not English ones). */
export function isGermanText(text: string): boolean {
  return writtenIn(text, GERMAN_WORDS, 0.08);
}

const ARTICLES = new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines']);
const STRONG = /is a known|capital of|dateline|its acronym in brackets|title “|honorific|named in the title/;

/**
 * Endings of German and Austrian town names ("Heidelberg", "Mannheim", "Göttingen", "Darmstadt"). No
 * common noun after "in" has them ("in Krankenhäusern"; "Bahnhof", "Kapital" and "Bau" end otherwise).
 */
const TOWN_ENDING = /\p{Ll}{3,}(?:berg|burg|dorf|heim|hausen|stadt|feld|furt|bach|ingen|stein|hafen|leben|rode|wald|münde|weiler|kirchen)$/u;

/** "Bauer Logistik GmbH", "Krüger Bau KGaA": a company's name with its legal form. */
function endsInLegalForm(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && isLegalForm(words[words.length - 1]!);
}

/** The candidates of a German text that a stronger sign than capitals supports. */
export function keepInGerman(candidates: readonly Candidate[]): Candidate[] {
  // "in Heidelberg": one word after "in" with a town's ending is a place.
  const town = (c: Candidate) => c.kind === 'place' && TOWN_ENDING.test(c.name) && !c.name.includes(' ') && c.evidence.some((e) => e.startsWith('after “in”'));
  const strong = (c: Candidate) => c.evidence.some((e) => STRONG.test(e));
  const givenName = (c: Candidate) => {
    const words = c.name.split(/\s+/);
    return words.length >= 2 && words.length <= 3 && !words.some((w) => ARTICLES.has(w.toLowerCase())) && isGivenName(words[0]!);
  };
  const people = candidates.filter((c) => c.kind === 'person' && !c.partial && (strong(c) || givenName(c)));
  const surnames = new Set(people.map((c) => c.name.split(/\s+/).pop()!.toLowerCase()));
  return candidates.filter((c) => {
    if (c.kind === 'person') return c.partial ? strong(c) || surnames.has(c.name.toLowerCase()) : people.includes(c);
    return strong(c) || town(c) || (c.kind === 'organisation' && endsInLegalForm(c.name));
  });
}
