/**
 * Metadata a page prints but does not declare: a "Published 12 March 2025" line, a "By Jane Roe"
 * line. Used only when the page's JSON-LD and <meta> tags say nothing, which is common on old
 * CMS templates, print views and small sites. Dates are read in English, French, German,
 * Spanish, Portuguese, Italian and Dutch, the languages whose month names the team's users clip most.
 */
import { WIRE, wordCount } from './furniture';
import { escapeRegExp } from '../text/regexp';

/** Month names and common abbreviations, lower case without accents, to 1–12. */
const MONTHS: Record<string, number> = {};
const MONTH_NAMES: string[][] = [
  ['january', 'jan', 'janvier', 'janv', 'januar', 'jänner', 'enero', 'ene', 'janeiro', 'gennaio', 'gen', 'januari'],
  ['february', 'feb', 'fevrier', 'fevr', 'fev', 'februar', 'febrero', 'fevereiro', 'febbraio', 'februari'],
  ['march', 'mar', 'mars', 'marz', 'maerz', 'marzo', 'marco', 'maart', 'mrt'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile'],
  ['may', 'mai', 'mayo', 'maio', 'maggio', 'mag', 'mei'],
  ['june', 'jun', 'juin', 'juni', 'junio', 'junho', 'giugno', 'giu'],
  ['july', 'jul', 'juillet', 'juil', 'juli', 'julio', 'julho', 'luglio', 'lug'],
  ['august', 'aug', 'aout', 'agosto', 'ago', 'augustus'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setembro', 'set', 'settembre'],
  ['october', 'oct', 'octobre', 'oktober', 'okt', 'octubre', 'outubro', 'out', 'ottobre', 'ott'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dec', 'decembre', 'dezember', 'dez', 'diciembre', 'dic', 'dezembro', 'dicembre'],
];
MONTH_NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

const fold = (s: string) => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

const MONTH_WORD = '([\\p{L}]{3,10})\\.?';
/** "12 mars 2025", "12. März 2025", "1er mars 2025", "12 de marzo de 2025". */
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:er|st|nd|rd|th|º)?\\.?\\s+(?:de\\s+)?${MONTH_WORD},?\\s+(?:de\\s+)?(\\d{4})\\b`, 'u');
/** "May 12, 2025", "Oct. 7 2025". */
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'u');
/** "2026-02-09", and year first with slashes or dots ("2026/02/09", "2026.2.9"): year first leaves no doubt which is the month. */
const ISO_DAY = /(?<![\d./-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d./-]*\d)/;
/**
 * "03.12.2026", "3.12.2026, 14:20 Uhr": German, Dutch, Nordic and Eastern European pages print the
 * day first with dots. (Slashed dates are left alone: "03/12/2026" is March in the US, December elsewhere.)
 */
const DOTTED_DAY = /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?![\d.]\d)/;

function isoDay(year: number, month: number | undefined, day: number): string | null {
  if (!month || day < 1 || day > 31 || year < 1990 || year > 2200) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first calendar date written in `text`, as YYYY-MM-DD, or null. Times and zones are left out on purpose: a printed time rarely says its zone. */
export function parseDateText(text: string): string | null {
  const candidates: Array<[number, string | null]> = [];
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) candidates.push([dmy.index, isoDay(+dmy[3]!, MONTHS[fold(dmy[2]!)], +dmy[1]!)]);
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) candidates.push([mdy.index, isoDay(+mdy[3]!, MONTHS[fold(mdy[1]!)], +mdy[2]!)]);
  const iso = ISO_DAY.exec(text);
  if (iso) candidates.push([iso.index, isoDay(+iso[1]!, +iso[3]!, +iso[4]!)]);
  const dotted = DOTTED_DAY.exec(text);
  if (dotted) candidates.push([dotted.index, isoDay(+dotted[3]!, +dotted[2]!, +dotted[1]!)]);
  const found = candidates.filter((c): c is [number, string] => c[1] !== null).sort((a, b) => a[0] - b[0]);
  return found[0]?.[1] ?? null;
}

/** Words that introduce the publication date, in the same languages. */
// (JavaScript's \b only knows ASCII letters, so the words end with a lookahead for any letter.)
const PUBLISHED = /\b(published|posted|first published|publi(é|e|cado|cada|cato)|veröffentlicht|erschienen|gepubliceerd)(?!\p{L})/iu;
/** Words that introduce a later date: the date after them is not the publication date. */
export const UPDATED = /\b(updated|modified|mis à jour|actualisé|aktualisiert|actualizado|atualizado|aggiornato|bijgewerkt)(?!\p{L})/iu;
/** Class/id words of the elements that hold a story's date and byline line. */
// The same words in other languages' templates: German "datum", Spanish "fecha", Italian and Portuguese "data".
const META_CLASS = /(^|[^a-z])(date|dateline|time|timestamp|pubdate|published|posted|meta|info|byline|credits?|story-?info|datum|fecha|data)([^a-z]|$)/i;


const squashSpaces = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The node's text with its spaces squashed, read only until it is longer than `max` characters:
 * exact up to `max`, past it some text longer than `max`. A line test climbs into a page's outer
 * containers, whose whole text (textContent) would otherwise be copied once for every line looked at.
 */
function textUpTo(node: Node, max: number): string {
  let raw = '';
  // Squash only now and then (when the raw text has doubled), so a long run stays linear.
  let checkAt = max + 1;
  const walk = (n: Node): boolean => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3 || c.nodeType === 4) {
        raw += c.textContent ?? '';
        if (raw.length >= checkAt) {
          if (squashSpaces(raw).length > max) return true;
          checkAt = raw.length * 2;
        }
      } else if (c.nodeType === 1 && walk(c)) return true;
    }
    return false;
  };
  if (node.nodeType === 3 || node.nodeType === 4) raw = node.textContent ?? '';
  else walk(node);
  return squashSpaces(raw);
}

/** Text with " | " between sibling elements and at <br>, so spans laid out side by side do not run together ("Par Anne Le GallPublié le…"). */
function separatedText(el: Element): string {
  let out = '';
  let prevElement = false;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1 && (c as Element).localName.toLowerCase() === 'br') {
      out += ' | ';
      prevElement = false;
    } else if (c.nodeType === 1) {
      if (prevElement) out += ' | ';
      out += separatedText(c as Element);
      prevElement = true;
    } else if (c.nodeType === 3) {
      out += c.textContent ?? '';
      if ((c.textContent ?? '').trim()) prevElement = false;
    }
  }
  return out.replace(/\s+/g, ' ').trim();
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'nav', 'footer', 'aside', 'form', 'svg', 'select', 'textarea']);
const LINE_CHARS = 160;

/** The page's visible text nodes matching `test`, in document order: one walk, navigation and hidden parts skipped. */
function matchingTextNodes(doc: Document, test: RegExp): Node[] {
  const out: Node[] = [];
  const walk = (el: Element): void => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        if (test.test(c.textContent ?? '')) out.push(c);
      } else if (c.nodeType === 1) {
        const child = c as Element;
        if (SKIP.has(child.localName.toLowerCase()) || child.hasAttribute('hidden') || child.getAttribute('aria-hidden') === 'true') continue;
        walk(child);
      }
    }
  };
  if (doc.body) walk(doc.body);
  return out;
}

/** The elements around a text node that still read as one line (up to three levels, a line's worth of text), innermost first. */
function linesAround(node: Node): Element[] {
  const out: Element[] = [];
  for (let el = node.parentElement; el && out.length < 3 && el.localName.toLowerCase() !== 'body'; el = el.parentElement) {
    const text = textUpTo(el, LINE_CHARS);
    if (text.length > LINE_CHARS || wordCount(text) > 24) break;
    out.push(el);
  }
  return out;
}

/**
 * The short lines printed right after the headline (up to three, each a line's worth of text), for
 * pages whose markup names nothing ("<div class="x7">Headline</div><div class="x8"><span>Tom
 * Hale</span> | <span>3 Dec 2026</span></div>"): where a story's byline and date sit on any template.
 */
function linesAfterTitle(doc: Document, title: string | null | undefined): Element[] {
  const want = title ? squashSpaces(title).toLowerCase() : '';
  if (!want || !doc.body) return [];
  // (Lower case is never shorter, so text read up to the headline's length decides whether it is the headline.)
  const isHeadline = (el: Element) => textUpTo(el, want.length).toLowerCase() === want;
  // The innermost element whose whole text is the headline.
  let heading: Element | null = null;
  for (const el of Array.from(doc.body.querySelectorAll('h1, h2, h3, div, span, p, header, strong'))) {
    if (isHeadline(el) && !Array.from(el.children).some(isHeadline)) {
      heading = el;
      break;
    }
  }
  const out: Element[] = [];
  for (let n: Element | null = heading; n && out.length < 3 && n !== doc.body; n = n.parentElement) {
    for (let s = n.nextElementSibling; s && out.length < 3; s = s.nextElementSibling) {
      const text = textUpTo(s, LINE_CHARS);
      if (!text) continue;
      if (text.length > LINE_CHARS || wordCount(text) > 24) return out;
      out.push(s);
    }
  }
  return out;
}

/**
 * The date the page prints as its publication date, as YYYY-MM-DD; `title` lets a line right after
 * the headline count. A page that prints only when it was updated ("Updated 4:12 PM UTC, March 12,
 * 2026", as wire services do) gives that date, last: it is the one date the reader is shown.
 */
export function visibleDate(doc: Document, title?: string | null): string | null {
  let fromMetaClass: string | null = null;
  let updatedOnly: string | null = null;
  /** The date before "Updated" in a line, else (kept as the last resort) the one after it. */
  const dateOf = (text: string): string | null => {
    const updated = UPDATED.exec(text);
    if (!updated) return parseDateText(text);
    const before = parseDateText(text.slice(0, updated.index));
    updatedOnly ??= before ? null : parseDateText(text.slice(updated.index));
    return before;
  };
  const seen = new Set<Element>();
  for (const node of matchingTextNodes(doc, /\b(19|20)\d\d\b|published|posted|publi|veröffentlicht|erschienen/i)) {
    for (const el of linesAround(node)) {
      if (seen.has(el)) continue;
      seen.add(el);
      const text = separatedText(el);
      const published = PUBLISHED.exec(text);
      if (published) {
        const after = text.slice(published.index);
        const updated = UPDATED.exec(after);
        const date = parseDateText(updated ? after.slice(0, updated.index) : after);
        if (date) return date;
      }
      if (!fromMetaClass && META_CLASS.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) fromMetaClass = dateOf(text);
    }
  }
  if (fromMetaClass) return fromMetaClass;
  for (const el of linesAfterTitle(doc, title)) {
    const date = dateOf(separatedText(el));
    if (date) return date;
  }
  return updatedOnly;
}

const WEEKDAYS = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?$|^(?:wednes|satur)day$|^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo)$/i;

/** A weekday or month name, alone: "Wednesday", "Nov", "mars". */
export function isCalendarWord(word: string): boolean {
  const w = fold(word.trim().replace(/\.$/, ''));
  return WEEKDAYS.test(w) || MONTHS[w] !== undefined;
}

/** A byline's words that start a date or a time: "February 9", "9 February", "Mon 9", "09.02.2026", "5:45pm", "Updated 3:14". */
function opensStamp(word: string, next: string | undefined): boolean {
  const numberNext = next !== undefined && /^\d/.test(next);
  if (/^\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b/.test(word) || /^\d{1,2}[:.]\d{2}(?!\d)/.test(word)) return true;
  // ("Ann May", "Li Sun": a month or a weekday with no number or month beside it is part of a name.)
  if (isCalendarWord(word)) return numberNext || (next !== undefined && isCalendarWord(next));
  if (/^\d{1,2}(?:st|nd|rd|th|er)?[.,]?$/.test(word)) return next !== undefined && isCalendarWord(next);
  // ("Jane Roe Published 9:14 AM": a byline's name pattern may take the word and leave the time behind.)
  return /^(?:published|updated|posted|aktualisiert|publié|actualizado):?$/i.test(word) && (numberNext || next === undefined);
}

/**
 * A byline without the date or time that runs straight on from its names, with no comma between,
 * as a byline block's whole text brings it: "Tess Carmody February 9 2026 - 5:45pm" gives
 * "Tess Carmody". A line that opens with its date is left as it is.
 */
export function withoutStampAfterNames(byline: string): string {
  const words = byline.split(/\s+/);
  for (let k = 1; k < words.length; k++) {
    if (!opensStamp(words[k]!, words[k + 1])) continue;
    const names = words.slice(0, k).join(' ').replace(/[\s|·•,–—-]+$/u, '');
    return /\p{Lu}/u.test(names) ? names : byline;
  }
  return byline;
}

/** A capitalised word of a name, and the particles a name holds in lower case ("Anne Le Gall", "Ari van Lund"). */
const NAME_WORD = String.raw`[\p{Lu}][\p{L}'’.-]+`;
const NAME_PARTICLE = 'de|da|di|van|von|der|den|del|la|le|du|dos|das';
/** One person's name in a byline: a capitalised word, then up to four more words or particles. */
const BYLINE_NAME = String.raw`${NAME_WORD}(?:\s+(?:${NAME_WORD}|(?:${NAME_PARTICLE})\b)){0,4}`;
/** "By Inés Navarro in Valencia and Tom Baird": where a reporter filed from, which the names leave out. */
const FILED_FROM_SOURCE = String.raw`\s+in\s+${NAME_WORD}(?:\s+${NAME_WORD})?`;
const FILED_FROM = new RegExp(FILED_FROM_SOURCE, 'gu');
/**
 * "By Jane Roe", "Par Anne Le Gall", "Von Jörg Adler": the prefix, then capitalised names, each
 * perhaps with where it was filed from. No `i` flag: it would let \p{Lu} match lower case.
 */
const BYLINE_LINE = new RegExp(String.raw`^(?:[Bb]y|BY|[Pp]ar|PAR|[Vv]on|VON|[Pp]or|POR|[Dd]i|[Dd]oor)\s+(${BYLINE_NAME}(?:${FILED_FROM_SOURCE})?(?:(?:\s*,\s*(?:and|with|et|und|y|e|&)|\s*(?:,|and|with|et|und|y|e|&))\s+${BYLINE_NAME}(?:${FILED_FROM_SOURCE})?)*)`, 'u');
/** An outlet named after a byline's names: "The Kelby Courier", "BBC News", "Sky News". */
const OUTLET_AFTER_NAMES = /^(?:The\s.+|.+\s(?:News|Media|Network|Radio|TV|Television|Newspapers?))$/;
const ROLE = /\b(staff|writer|reporter|correspondent|editor|rédaction|redaktion)\b/i;

/**
 * The names in a byline line ("By Jane Roe, Staff Writer" gives "Jane Roe"; "By Inés Navarro in
 * Valencia and Tom Baird, Reuters" gives "Inés Navarro, Tom Baird"), or null when the line is no
 * byline: a page's printed line and a plain-text clip's line are read alike.
 */
export function bylineOfLine(text: string): string | null {
  // Only a short line is a byline; the names may be followed by a role or a date.
  // ("By Jane Roe in Paris, Tom Lee in Berlin and Ana Pell in Rome": where each filed from makes it longer.)
  if (wordCount(text.split(' | ')[0]!.replace(FILED_FROM, '')) > 12) return null;
  const m = BYLINE_LINE.exec(text);
  if (!m) return null;
  // A role after a comma ("Jane Roe, Staff Writer") is not a second author.
  // "By Sherif Saed, Wednesday, 20th November 2019": a day or month after the comma is the date, not an author.
  // ("By Jane Roe, Reuters", "…, BBC News", "…, The Kelby Courier": an agency or an outlet after the names is no author.)
  // ("By Odile Marchetti with Sam Kwan": "with" joins a co-writer as "and" does.)
  const parts = m[1]!.replace(FILED_FROM, '').split(/\s*(?:,|\band\b|\bwith\b|\bet\b|\bund\b|\by\b|\be\b|&)\s*/u);
  // ("By Claire Vautrin, Paris correspondent": a last part that words in lower case go on from is a role's.)
  if (parts.length > 1 && /^\s+\p{Ll}/u.test(text.slice(m.index + m[0].length))) parts.pop();
  // ("By Jane Roe, Washington": one word after a comma, behind a full name, is where she filed from.)
  const placeAfterComma = (n: string, k: number) => k > 0 && !/\s/.test(n.trim()) && /\s/.test(parts[0]!.trim()) && new RegExp(`,\\s*${escapeRegExp(n.trim())}`).test(m[1]!);
  const names = parts.filter((n, k) => /^[\p{Lu}]/u.test(n) && !ROLE.test(n) && !isCalendarWord(n) && !placeAfterComma(n, k) && !(k > 0 && (WIRE.test(n) || OUTLET_AFTER_NAMES.test(n))));
  return names.length ? names.join(', ') : null;
}

/** "Posted on Friday, 28 November 2026 by Alun Pritchard": when a post went up, then who wrote it. */
const POSTED_BY = /^\s*(?:posted|published|written|filed)\b[^|]{0,60}?\s(by\s+\p{Lu}[^|]*?)\s*$/iu;

/**
 * A writer's credit that opens a line instead of "By", as features and magazines print it: "Words:
 * Maud Keller", "Words by …", "Text: Anna Berg" (German and Nordic pages), "Story by …". The rest
 * of the team's credits after it ("Photos: Ilan Brook") are no authors.
 */
const CREDIT_LINE = /^\s*(?:words|text|story|written)\s*(?::|\bby\b)\s*/i;

/** The byline the page prints, when a line starts with one (or with when it was posted, then "by", or with a writer's credit). */
export function visibleByline(doc: Document): string | null {
  for (const node of matchingTextNodes(doc, /^\s*(by|par|von|por|di|door)(\s|$)/i)) {
    for (const el of linesAround(node)) {
      const names = bylineOfLine(separatedText(el));
      if (names) return names;
    }
  }
  for (const node of matchingTextNodes(doc, POSTED_BY)) {
    const by = POSTED_BY.exec((node.textContent ?? '').replace(/\s+/g, ' '))![1]!;
    const names = bylineOfLine(`By${by.slice(2)}`);
    if (names) return names;
  }
  for (const node of matchingTextNodes(doc, CREDIT_LINE)) {
    for (const el of linesAround(node)) {
      // (The writer's credit is the line's first part: "Words: Maud Keller | Photos: Ilan Brook".)
      const first = separatedText(el).split(/\s+[|·•]\s+/)[0]!;
      if (!CREDIT_LINE.test(first)) continue;
      const names = bylineOfLine(`By ${first.replace(CREDIT_LINE, '')}`);
      if (names) return names;
    }
  }
  return null;
}

/**
 * A byline as the names are written: one set in capitals ("JANE ROE") in the case of a name
 * ("Jane Roe"), names joined by "AND" apart ("JANE ROE AND TOM LEE" gives "Jane Roe, Tom Lee"); an agency's or an outlet's stays in capitals ("AP", "BBC NEWS").
 */
export function namesAsWritten(byline: string): string {
  if (/\p{Ll}/u.test(byline) || !/\s/.test(byline) || WIRE.test(byline) || /\b(?:NEWS|MEDIA|PRESS|TV|RADIO|STAFF)\b/.test(byline)) return byline;
  // ("JANE ROE AND TOM LEE": the joiner in capitals is no part of a name, and parts two names.)
  const names = byline.split(/\s+(?:AND|UND|ET|&)\s+/).join(', ');
  return names.toLowerCase().replace(/(^|[\s,'’-])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

/** Last words of a publication's name ("Sioux Falls Argus Leader", "The Kelby Courier"): no person's. */
const PUBLICATION_WORD = /\b(?:leader|times|news|post|herald|tribune|gazette|journal|chronicle|courier|telegraph|guardian|press|daily|weekly|review|record|star|sun|mail|express|observer|independent|standard|register|argus|bulletin|examiner|inquirer|sentinel|magazine|media|network|radio|tv)$/i;

/** A person's name as a byline prints it without "By": two to four capitalised words. */
const NAME_ONLY = new RegExp(String.raw`^${NAME_WORD}(?:\s+(?:${NAME_WORD}|${NAME_PARTICLE})){1,3}$`, 'u');

/**
 * Words no person's name holds, in any case: "FOR IMMEDIATE RELEASE", "THE LATEST", "NEWS FROM THE
 * CITY" are all capitalised words and would pass NAME_ONLY. (Name particles such as "de" and "van"
 * are not among them.)
 */
const NOT_IN_NAMES = new Set(['for', 'the', 'of', 'to', 'in', 'on', 'at', 'from', 'with', 'and', 'or', 'a', 'an', 'by', 'release', 'immediate', 'news', 'update', 'updated', 'statement', 'press', 'media']);

/** Two to four capitalised words, none of which a name never holds. */
function looksLikeName(part: string): boolean {
  return NAME_ONLY.test(part) && !part.split(/\s+/).some((w) => NOT_IN_NAMES.has(w.toLowerCase()));
}

/**
 * A byline that names its writers without "By" ("Jane Roe and Tom Lee" in an author tag or a
 * contributors line, "Jane Roe, Tom Lee & Ann Bell"): names joined by "and", "&" or "with" are
 * apart, as they are after "By" ("Jane Roe, Tom Lee, Ann Bell"), and where each filed from is left
 * out. Only when every joined part is a person's name: "Marks and Spencer", "Harbour & Quay
 * Partners" stay as written.
 */
export function namesApart(byline: string): string {
  return byline
    .split(/\s*,\s*/)
    .flatMap((part) => {
      // ("Jane Roe in Kyiv and Tom Lee in London": where each filed from is no part of the names, as after "By".)
      const names = part.replace(FILED_FROM, '').split(/\s+(?:and|&|with)\s+/);
      return (names.length > 1 || names[0] !== part) && names.every(looksLikeName) ? names : [part];
    })
    .join(', ');
}

/**
 * "Lena Park · 14 October 2026": a meta or byline line that holds a name and the date, with no "By"
 * before the name. Only the first such line, in an element whose class says it holds the story's
 * details, so a photo credit or a reader's comment never counts. Weaker than any other byline the
 * page gives (extract.ts asks it last).
 */
export function nameBesideDate(doc: Document, title?: string | null): string | null {
  const months = new RegExp(`\\d{4}|${Object.keys(MONTHS).join('|')}`, 'iu');
  for (const node of matchingTextNodes(doc, months)) {
    for (const el of linesAround(node)) {
      if (!META_CLASS.test(el.getAttribute('class') ?? '')) continue;
      const name = nameInDateLine(el);
      if (name) return name;
    }
  }
  // Or, on a template whose classes say nothing, the line right after the headline.
  for (const el of linesAfterTitle(doc, title)) {
    const name = nameInDateLine(el);
    if (name) return name;
  }
  return null;
}

/**
 * "<a>Hannah Pryce</a> and <a>Idris Bello</a>" on a line of its own right after the headline, with no
 * "By" and no date (a live blog's contributors): two or more names joined by commas, "and" or "&",
 * each a link's whole text (to the writer's page), are the byline. Links keep a line of two section
 * names ("Middle East and North Africa") or a kicker from counting. Else null.
 */
export function namesAfterTitle(doc: Document, title?: string | null): string | null {
  for (const el of linesAfterTitle(doc, title)) {
    const text = squashSpaces(el.textContent ?? '');
    const names = text.split(/\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/);
    if (names.length < 2 || !names.every(looksLikeName)) continue;
    const linked = new Set(Array.from(el.querySelectorAll('a')).map((a) => squashSpaces(a.textContent ?? '')));
    if (names.every((n) => linked.has(n))) return names.join(', ');
  }
  return null;
}

/** A writer's credit before a name ("Words by Iain Roe"), and the credits of the rest of a team ("Photographs by …"), who are no authors. */
const WRITER_CREDIT = /^(?:words|text|story|written|reporting|reported)\s+by\s+/i;
const OTHER_CREDIT = /^(?:photos?|photographs?|photography|pictures|images|illustrations?|video|graphics|design|edited|additional reporting)\s+by\s+/i;

/** The name in a line of two to four parts of which another is a date ("Lena Park · 14 October 2026", "Words by Iain Roe · Photographs by Ann Bell · 12 October 2026"), or null. */
function nameInDateLine(el: Element): string | null {
  const parts = separatedText(el)
    .split(/\s*(?:·|•|\||—|–)\s*/)
    .filter((p) => p && !OTHER_CREDIT.test(p))
    .map((p) => p.replace(WRITER_CREDIT, ''));
  if (parts.length < 2 || parts.length > 4) return null;
  const name = parts.find((p) => looksLikeName(p) && !ROLE.test(p) && !PUBLICATION_WORD.test(p) && !parseDateText(p));
  return name && parts.some((p) => p !== name && parseDateText(p)) ? name : null;
}
