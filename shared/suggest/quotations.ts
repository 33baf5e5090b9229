/**
 * Direct quotations in a text: the words between quotation marks, with UTF-16 offsets, and the
 * paragraph a lead-in ending in "said:" sets apart without marks.
 *
 * Handles straight and curly double quotes, curly and straight single quotes used as quotation marks
 * (told apart from apostrophes: "China’s", "it’s", "the ministers’ plan"), guillemets and low-9
 * openers, quotes nested inside quotes (reported as one outer quotation), and quotes that run over
 * paragraphs: a paragraph that opens a quote without closing it, followed by a paragraph that
 * reopens one, continues the same quotation (each paragraph's part is reported with `partOf`).
 */

import { readSpeechVerb } from './verbs';

export interface Quotation {
  /** Quoted words, without the marks and without surrounding spaces. */
  exact: string;
  start: number;
  end: number;
  /** Offset of the opening mark (or the paragraph start for a continued part that did not reopen). */
  openAt: number;
  /** Offset just after the closing mark, or the paragraph end when the quote is left open there. */
  closeAt: number;
  /** False when the paragraph ended before the quote closed (multi-paragraph or cut-short text). */
  closed: boolean;
  /** Index of the first part when this quotation continues one opened in an earlier paragraph. */
  partOf: number | null;
  /** Start and end of the paragraph (line) holding the quote. */
  paragraphStart: number;
  paragraphEnd: number;
}

type Mark = 'double' | 'single' | 'guillemet' | 'low9';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const OPEN_CONTEXT = /[\s([{\u2014\u2013\-/:;—–"“‘'«„]/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && LETTER_OR_DIGIT.test(ch);
}

/** Before a mark that opens: start of paragraph, space, or opening punctuation. */
function opensAt(text: string, i: number, paragraphStart: number): boolean {
  if (i === paragraphStart) return true;
  const prev = text[i - 1]!;
  return OPEN_CONTEXT.test(prev);
}

/** After a mark that closes: end, space or punctuation — never a letter (that is an apostrophe). */
function closesAt(text: string, i: number, paragraphEnd: number): boolean {
  const next = i + 1 < paragraphEnd ? text[i + 1] : undefined;
  return !isWordChar(next);
}

interface Open {
  mark: Mark;
  at: number;
}

export interface Paragraph {
  start: number;
  end: number;
}

/** The text's lines that hold any words, as offset ranges (a paragraph per line). */
export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      if (text.slice(start, i).trim()) out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

/** Trims spaces from both ends of [start, end) and returns the trimmed range. */
function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

interface Scan {
  /** Top-level quotations closed in this paragraph. */
  found: { openAt: number; closeAt: number; start: number; end: number }[];
  /** The top-level quote still open at the paragraph's end, if any. */
  open: Open | null;
}

/** Scans one paragraph; `carried` is a quote that started in an earlier paragraph and continues here. */
function scanParagraph(text: string, p: Paragraph, carried: Mark | null): Scan {
  const stack: Open[] = carried ? [{ mark: carried, at: p.start }] : [];
  const found: Scan['found'] = [];
  const close = (openAt: number, contentStart: number, i: number) => {
    found.push({ openAt, closeAt: i + 1, start: contentStart, end: i });
  };
  // A continued quote usually reopens with its mark at the paragraph's start: swallow it.
  let i = p.start;
  if (carried) {
    while (i < p.end && /\s/.test(text[i]!)) i++;
    const ch = text[i];
    if ((carried === 'double' && (ch === '“' || ch === '"')) || (carried === 'low9' && ch === '„') || (carried === 'single' && (ch === '‘' || ch === "'")) || (carried === 'guillemet' && ch === '«')) {
      stack[0] = { mark: carried, at: i };
      i++;
    }
  }
  const contentStartOf = (o: Open) => (isMarkAt(text, o.at) ? o.at + 1 : o.at);
  for (; i < p.end; i++) {
    const ch = text[i]!;
    const low9 = lastIndexOfMark(stack, 'low9');
    if (ch === '“' && low9 >= 0 && !/\s/.test(text[i - 1] ?? ' ')) {
      // German style „…“: the high-6 mark closes a low-9 opener.
      const o = stack[low9]!;
      stack.length = low9;
      if (low9 === 0) close(o.at, contentStartOf(o), i);
    } else if (ch === '“') {
      stack.push({ mark: 'double', at: i });
    } else if (ch === '„') {
      stack.push({ mark: 'low9', at: i });
    } else if (ch === '”') {
      const idx = Math.max(lastIndexOfMark(stack, 'double'), low9);
      if (idx >= 0) {
        const o = stack[idx]!;
        stack.length = idx;
        if (idx === 0) close(o.at, contentStartOf(o), i);
      }
    } else if (ch === '«') {
      stack.push({ mark: 'guillemet', at: i });
    } else if (ch === '»') {
      const idx = lastIndexOfMark(stack, 'guillemet');
      if (idx >= 0) {
        const o = stack[idx]!;
        stack.length = idx;
        if (idx === 0) close(o.at, contentStartOf(o), i);
      }
    } else if (ch === '"') {
      // Straight double quotes look the same both ways: the context decides.
      const idx = lastIndexOfMark(stack, 'double');
      const canClose = idx >= 0 && !/\s/.test(text[i - 1] ?? ' ') && closesAt(text, i, p.end);
      if (canClose) {
        const o = stack[idx]!;
        stack.length = idx;
        if (idx === 0) close(o.at, contentStartOf(o), i);
      } else if (opensAt(text, i, p.start)) {
        stack.push({ mark: 'double', at: i });
      }
    } else if (ch === '‘' || ch === "'" || ch === '’') {
      const prevWord = isWordChar(text[i - 1]);
      const nextWord = isWordChar(text[i + 1]);
      // Letter on both sides: an apostrophe (it’s, China’s, O’Brien).
      if (prevWord && nextWord) continue;
      const singleOpen = lastIndexOfMark(stack, 'single');
      if (ch !== '‘' && singleOpen >= 0 && closesAt(text, i, p.end) && !/\s/.test(text[i - 1] ?? ' ') && !pluralPossessive(text, i, p.end)) {
        // A plural possessive ("the ministers’ plan") also looks like this; a quote is only closed
        // when one is open, and inside one a possessive is told apart by what follows (pluralPossessive).
        const o = stack[singleOpen]!;
        stack.length = singleOpen;
        if (singleOpen === 0) close(o.at, contentStartOf(o), i);
      } else if (ch !== '’' && opensAt(text, i, p.start) && (nextWord || /[“"‘]/.test(text[i + 1] ?? ''))) {
        // ’ never opens: leading elisions ("’90s", "’em") use it.
        stack.push({ mark: 'single', at: i });
      }
    }
  }
  // Quotes nested inside an unclosed outer quote belong to it; keep only the outermost.
  return { found, open: stack[0] ?? null };
}

/** Words after a closing mark that attribute the quote ("…workers’ he said"), not a possessive's noun. */
const AFTER_CLOSE_WORDS = new Set(['said', 'says', 'he', 'she', 'they', 'we', 'i', 'it', 'added', 'asked', 'told', 'according', 'and', 'but', 'or', 'as', 'in', 'on', 'at']);

/**
 * "‘They will pay this out of their customers’ bills. That’s not all.’": a mark after "s", then a
 * space and a word in lower case that does not attribute the quote, with a mark further on in the
 * paragraph that can close it, is a plural possessive, not the quote's end.
 */
function pluralPossessive(text: string, i: number, end: number): boolean {
  if (text[i - 1] !== 's') return false;
  const next = /^ (\p{Ll}+)/u.exec(text.slice(i + 1, i + 24));
  if (!next || AFTER_CLOSE_WORDS.has(next[1]!)) return false;
  for (let j = i + 1; j < end; j++) {
    if ((text[j] === "'" || text[j] === '’') && !/\s/.test(text[j - 1]!) && closesAt(text, j, end)) return true;
  }
  return false;
}

function isMarkAt(text: string, i: number): boolean {
  return /["“„‘'«]/.test(text[i] ?? '');
}

function lastIndexOfMark(stack: Open[], mark: Mark): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.mark === mark) return k;
  return -1;
}

/**
 * A lead-in that sets a quotation apart, as press releases and statements do: a paragraph ending in
 * a speech verb and a colon ("Environment Secretary Rachel Morrow said:", "She told the Gazette:").
 */
function isLeadIn(text: string, p: Paragraph): boolean {
  const words = text.slice(p.start, p.end).trimEnd();
  if (!words.endsWith(':')) return false;
  return words.slice(0, -1).split(/\s+/).slice(-5).some((w) => readSpeechVerb(w.replace(/[^\p{L}]/gu, ''), true) !== null);
}

/** A paragraph that reads as speech: four words or more, not itself a lead-in nor a heading ("What Does Stadia Offer?"). */
function isSpeech(text: string, p: Paragraph): boolean {
  const para = text.slice(p.start, p.end).trim();
  const words = para.split(/\s+/);
  const long = words.filter((w) => /^\p{L}{4,}/u.test(w));
  const heading = words.length <= 12 && long.length >= 2 && long.every((w) => /^\p{Lu}/u.test(w));
  return words.length >= 4 && !para.endsWith(':') && !heading;
}

/**
 * Every top-level direct quotation in `text`, in order. A paragraph without marks after a lead-in
 * ("… said:") is a quotation too: on the page it was a block quotation.
 */
export function findQuotations(text: string): Quotation[] {
  const out: Quotation[] = [];
  let carried: { mark: Mark; firstIndex: number } | null = null;
  const paragraphs = paragraphsOf(text);
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi]!;
    // A carried quote continues only when this paragraph reopens it with the same mark.
    if (carried && !reopens(text, p, carried.mark)) carried = null;
    const scan = scanParagraph(text, p, carried?.mark ?? null);
    if (!carried && !scan.found.length && !scan.open && pi > 0 && isLeadIn(text, paragraphs[pi - 1]!) && isSpeech(text, p)) {
      const [s, e] = trimRange(text, p.start, p.end);
      out.push({ exact: text.slice(s, e), start: s, end: e, openAt: p.start, closeAt: p.end, closed: true, partOf: null, paragraphStart: p.start, paragraphEnd: p.end });
      continue;
    }
    let partOf: number | null = carried ? carried.firstIndex : null;
    for (const f of scan.found) {
      const [s, e] = trimRange(text, f.start, f.end);
      if (e <= s) continue;
      out.push({ exact: text.slice(s, e), start: s, end: e, openAt: f.openAt, closeAt: f.closeAt, closed: true, partOf, paragraphStart: p.start, paragraphEnd: p.end });
      partOf = null;
    }
    if (scan.open) {
      const contentStart = isMarkAt(text, scan.open.at) ? scan.open.at + 1 : scan.open.at;
      const [s, e] = trimRange(text, contentStart, p.end);
      if (e > s) {
        const index = out.length;
        out.push({ exact: text.slice(s, e), start: s, end: e, openAt: scan.open.at, closeAt: p.end, closed: false, partOf, paragraphStart: p.start, paragraphEnd: p.end });
        carried = { mark: scan.open.mark, firstIndex: partOf ?? index };
      } else {
        carried = null;
      }
    } else {
      carried = null;
    }
  }
  return out;
}

function reopens(text: string, p: Paragraph, mark: Mark): boolean {
  let i = p.start;
  while (i < p.end && /\s/.test(text[i]!)) i++;
  const ch = text[i];
  if (mark === 'double') return ch === '“' || ch === '"';
  if (mark === 'low9') return ch === '„';
  if (mark === 'single') return ch === '‘' || ch === "'";
  return ch === '«';
}

/** A transcript or Q&A answer: "Roe: We will not sell." — speech after a name and a colon, without marks. */
export interface ColonAnswer {
  exact: string;
  start: number;
  end: number;
  /** Where the name before the colon is written. */
  nameStart: number;
  nameEnd: number;
}

const COLON_ANSWER = /^([ \t]*)(\p{Lu}[\p{L}’'.-]*(?:[ \t]+(?:\p{Lu}[\p{L}’'.-]*|van|von|de|der|den|la|le|du|da|del|al|el|bin|ibn)){0,3}):[ \t]+(?![“"‘'«„])(\S[^\n]*)$/gmu;

/**
 * Paragraphs that open with a name and a colon followed by at least three words of speech, with no
 * quotation marks. Only a name: the caller keeps the answers whose name is a person the text names
 * ("Photo: …", "Related: …" are page furniture and name nobody).
 */
export function findColonAnswers(text: string): ColonAnswer[] {
  const out: ColonAnswer[] = [];
  for (const m of text.matchAll(COLON_ANSWER)) {
    const nameStart = m.index + m[1]!.length;
    const nameEnd = nameStart + m[2]!.length;
    const body = m[3]!.trimEnd();
    if (body.split(/\s+/).length < 3) continue;
    const start = m.index + m[0].length - m[3]!.length;
    out.push({ exact: body, start, end: start + body.length, nameStart, nameEnd });
  }
  return out;
}
