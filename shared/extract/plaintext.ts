/**
 * The plain-text clip format: what a user gets by selecting an article on a page and copying it.
 * Line 1 is the headline, the following lines are the article with the page's furniture still in
 * it (newsletter prompts, "PHOTO: AFP", "Follow topic:"), a photo caption next to its credit,
 * a dateline opening the first paragraph ("WASHINGTON –") and the wire credit glued to the end of
 * the last sentence ("...he said.BLOOMBERG").
 *
 * Every piece comes back with its [start, end) offsets in UTF-16 code units of the input exactly
 * as given (no normalisation first), so other code (speaker attribution, quote anchors) can map
 * what it finds back to the text the user pasted. A paragraph's text is always
 * `input.slice(start, end)`.
 */
import { DECK_WORDS, endsLikeSentence, furnitureKind, isInfoBox, readsLikeClause, readsLikeDeck, WIRE, wordCount, type FurnitureKind } from './furniture';
import { joinWrappedLines } from './hard-wrap';
import { bylineOfLine, namesAsWritten, parseDateText, UPDATED } from './visible-meta';
import { NEWSROOM_JOB_LINE } from '../text/newsroom-jobs';

export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

export interface FurnitureLine extends TextSpan {
  kind: FurnitureKind;
}

export interface PlainTextClip {
  title: string;
  titleSpan: TextSpan | null;
  /** Place name that opened the first paragraph ("WASHINGTON"); removed from that paragraph. */
  dateline: string | null;
  /** Wire or agency credit found at the end of the article ("BLOOMBERG"); removed from the body. */
  credit: string | null;
  /**
   * The author line before the text ("By Nora Fell" gives "Nora Fell"), or a name on its own line
   * over a job title ("Nora Fell" / "Health reporter"); removed from the body.
   */
  byline: string | null;
  /** The publication date a line before the text prints ("Published 2 December 2026"), as YYYY-MM-DD. */
  published: string | null;
  /**
   * The deck (standfirst, subheadline) under the headline: "Ministers split over how fast to cut
   * the levy". Not one of the paragraphs; the clip pipeline makes it the article's excerpt (as a
   * page's description is for HTML clips) and the body's opening paragraph.
   */
  deck: TextSpan | null;
  paragraphs: TextSpan[];
  captions: TextSpan[];
  furniture: FurnitureLine[];
}

/** Non-empty lines with their trimmed spans. */
function lines(input: string): TextSpan[] {
  const out: TextSpan[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(input); m; m = re.exec(input)) {
    const raw = m[0];
    const lead = raw.length - raw.replace(/^[\s\uFEFF]+/, '').length;
    const trimmed = raw.trim().replace(/^\uFEFF/, '').trim();
    if (!trimmed) continue;
    const start = m.index + lead;
    out.push({ text: input.slice(start, start + trimmed.length), start, end: start + trimmed.length });
  }
  return out;
}

/**
 * "WASHINGTON –", "NEW YORK (Reuters) -", "KUALA LUMPUR, Oct 18 —", "BEIJING:", "Paris, France —".
 * Group 1 is the place. The place is upper case, or Title Case followed by a dash (a colon
 * after a capitalised word is too common in ordinary sentences to trust).
 */
const DATELINE = new RegExp(
  [
    '^(',
    "[\\p{Lu}][\\p{Lu}\\p{M}.'’ -]{1,40}?", // WASHINGTON, NEW YORK, ST. LOUIS
    '|',
    "[\\p{Lu}][\\p{Ll}\\p{M}'’.-]+(?: [\\p{Lu}][\\p{Ll}\\p{M}'’.-]+){0,2}(?=\\s*(?:,[^–—-]{1,30})?\\s*[–—-]\\s)", // Paris —
    ')',
    '(?:\\s*,\\s*([\\p{L}.]+(?: [\\p{L}\\d.]+){0,3}))?', // , Oct 18 / , France / , Calif. (group 2)
    '(?:\\s*\\(([\\p{L}.& ]{2,30})\\))?', // (Reuters) (group 3)
    '\\s*(?:[–—]|-{1,2}|:)\\s+',
  ].join(''),
  'u',
);

/** All-caps agency names after the last sentence's closing punctuation: "said.BLOOMBERG", "said.” REUTERS". */
const GLUED_CREDIT = /([.!?…]["”’»)]?)\s*((?:[\p{Lu}][\p{Lu}&.'-]*[\p{Lu}.])(?:(?:\s*(?:,|\/|and)\s*|\s+)[\p{Lu}][\p{Lu}&.'-]*[\p{Lu}.])*)\s*$/u;
/** A last line that is only an agency credit: "REUTERS", "AFP, AP", "– Bloomberg". */
const CREDIT_LINE = /^[–—-]?\s*((?:[\p{Lu}][\p{Lu}&.'-]*[\p{Lu}.])(?:(?:\s*(?:,|\/|and)\s*|\s+)[\p{Lu}][\p{Lu}&.'-]*[\p{Lu}.]){0,3})$/u;

const QUOTE_MARK = /["“”«»„]/;
/** "Image caption,", "Photo caption:": a label printed before a caption, which is the next line. */
const CAPTION_LABEL = /^(?:image|photo|picture|video)\s+caption\s*[,:]?$/i;

/** "By Nora Fell", "BY NORA FELL AND ARI LUND | Alder Gazette": the names, without the word "by" or what follows a bar or dash. */
function bylineNames(line: string): string {
  // Read as a page's byline is where it can be ("By Jane Roe, Reuters" names Jane Roe); else the words after the first.
  const raw = bylineOfLine(line) ?? line
    .replace(/^\S+\s+/, '')
    .split(/\s+[|/–—-]\s+/)[0]!
    .replace(/[,;:]+$/, '')
    .trim();
  return namesAsWritten(raw);
}

/**
 * "Caption text. PHOTO: AFP", "Cyclists on Mill Road. Photograph: Ian Cole/The Courier",
 * "A blade on a truck.Credit...Jenna Ruiz for The Ledger" on one line: the caption carries its own credit.
 */
const CAPTION_WITH_CREDIT =
  /[.!?]\s*Credit\s*(?:\.{3}|…)\s*\p{Lu}[\p{L}\p{N} .,'’&/-]{1,80}$|\s(?:PHOTOS?|PICTURES?|IMAGES?|FILE PHOTO|ILLUSTRATION)\s*:\s*[\p{Lu}\p{N}][\p{L}\p{N} ,/.&'-]{1,60}$|\s[\p{Lu}]{2,}(?:\/[\p{Lu}][\p{L} .'-]+){1,2}$|[.!?]\s+(?:Photograph|Photo|Picture|Image|Illustration)s?\s*:\s*\p{Lu}[\p{L}\p{N} .,'’&-]{1,60}(?:\/[\p{L}\p{N} .,'’&-]{2,40})?$/u;

/** Credits for the people who reported and edited, not for a picture. */
const STAFF_CREDIT = /^\(?(reporting|additional reporting|writing|editing|compiled|written|edited|research)\b/i;

/** Sentence-final punctuation other than "?": a deck may be a question, a paragraph ends like this. */
const FULL_STOP = /[.!…:;]["”’»)\]]*$/u;
/** A sentence ends inside the line and another begins: "… pay half. The board says …". */
const SENTENCE_BREAK = /(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Jr|Sr|Inc|Corp|Ltd|Co|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|\p{Lu}))[.!?…]["”’»)]*\s+["“‘«]?\p{Lu}/u;
/** Emoji and pictographs a paragraph may end on after its full stop ("… on KLOOK! 🙂"). */
const TRAILING_PICTOGRAPHS = /(?:\s|\p{Extended_Pictographic}|\u200D|\uFE0F)+$/u;
/** Furniture that stands right under a deck: the author and the date. */
const META_KINDS: ReadonlySet<FurnitureKind> = new Set(['byline', 'timestamp']);

/**
 * Between the headline and the first paragraph of prose a copied page carries its deck
 * (standfirst), the author's name on a line of its own, a date, a section label. The deck is the
 * first line there that reads like a clause (readsLikeDeck) and does not end with a full stop:
 * decks end bare or with "?". A deck that does end with a full stop is told from a first
 * paragraph by what follows it: the byline or date lines. Other short lines there that do not end
 * like a sentence are furniture (the HTML extractor trims the same lines at a body's top).
 * Prose starts at the first other line that ends like a sentence, runs longer than a deck, opens
 * with a dateline, or reads like a clause of a deck's length (a second deck-like line, a line of
 * several sentences that lost its full stop); from there on every line that is not furniture by
 * its words is article text. Nothing is taken from the lead-in when no prose follows it: then
 * those lines are all the article there is.
 * Returns the index of the deck in `rest`, or -1; marks the lead-in's furniture in `kinds`.
 */
function markLeadIn(rest: TextSpan[], kinds: (FurnitureKind | null)[], captions: Set<number>): number {
  const labels: number[] = [];
  let deck = -1;
  let prose = -1;
  for (let i = 0; i < rest.length && prose < 0; i++) {
    if (kinds[i] !== null || captions.has(i)) continue;
    const text = rest[i]!.text;
    const words = wordCount(text);
    const opensWithDateline = DATELINE.exec(text);
    if (words > DECK_WORDS.max || (opensWithDateline && wordCount(text.slice(opensWithDateline[0].length)) >= 5)) prose = i;
    else if (deck < 0 && readsLikeDeck(text) && (looksUnfinished(text) || metaFollows(rest, kinds, captions, i))) deck = i;
    else if (endsLikeSentence(text.replace(TRAILING_PICTOGRAPHS, '')) || words > LEAD_IN_WORDS || (words >= DECK_WORDS.min && readsLikeClause(text) && !isInfoBox(text))) prose = i;
    else labels.push(i);
  }
  if (prose < 0) return -1;
  for (const i of labels) kinds[i] = 'label';
  return deck;
}
const LEAD_IN_WORDS = 14;

/**
 * Ends as a deck does and a paragraph does not: bare or with "?", as one sentence. A line that
 * ends with a full stop (after emoji, too) or holds several sentences is a paragraph unless the
 * byline or date lines under it say otherwise.
 */
function looksUnfinished(text: string): boolean {
  return !FULL_STOP.test(text.replace(TRAILING_PICTOGRAPHS, '')) && !SENTENCE_BREAK.test(text);
}

/** The lines after `i`, up to the next line of text (a photo's caption is not text here), include the author's or the date line. */
function metaFollows(rest: TextSpan[], kinds: (FurnitureKind | null)[], captions: Set<number>, i: number): boolean {
  for (let j = i + 1; j < rest.length && (kinds[j] !== null || captions.has(j)); j++) {
    if (META_KINDS.has(kinds[j]!)) return true;
  }
  return false;
}

export function parsePlainTextClip(input: string): PlainTextClip {
  const all = lines(input);
  const [first, ...lineSpans] = all;
  // (Hard-wrapped text, from a PDF or an e-mail: each paragraph's lines are one paragraph again.)
  const rest = joinWrappedLines(lineSpans, input);
  const title = first ? first.text.replace(/^#{1,6}\s+/, '') : '';
  const titleSpan = first ? { text: title, start: first.end - title.length, end: first.end } : null;

  const furniture: FurnitureLine[] = [];
  const captions: TextSpan[] = [];
  const body: TextSpan[] = [];
  const creditIdx: number[] = [];

  // A last line that is only an agency name ("REUTERS", "- Reuters") is the wire credit.
  let credit: string | null = null;
  const lastLine = rest.length > 1 ? rest[rest.length - 1]! : null;
  let creditLine: FurnitureLine | null = null;
  if (lastLine) {
    const bare = lastLine.text.replace(/^[–—-]\s*/, '');
    const m = CREDIT_LINE.exec(lastLine.text);
    if (m || WIRE.test(bare)) {
      credit = m ? m[1]! : bare;
      creditLine = { ...lastLine, kind: 'credit' };
      rest.pop();
    }
  }
  const kinds = rest.map((l) => furnitureKind(l.text));
  // "Sign up for our morning briefing" / "Get the news you need to start your day": a short line under
  // a prompt that speaks to the reader, with no full stop, is the prompt's own pitch.
  for (let i = 1; i < rest.length; i++) {
    const text = rest[i]!.text;
    if (kinds[i - 1] === 'prompt' && kinds[i] === null && wordCount(text) <= 12 && !endsLikeSentence(text) && /\byou(?:r)?\b/i.test(text)) kinds[i] = 'prompt';
  }
  // Only a picture's credit has a caption beside it; "(Reporting by …; Editing by …)" credits people.
  // ("(Photo: Janet Moore / Family handout)": a credit in brackets on its own line stands for a picture
  // that has no caption; the line before it is the story's.)
  rest.forEach((l, i) => {
    if (kinds[i] === 'credit' && !STAFF_CREDIT.test(l.text) && !/^\(.*\)$/.test(l.text)) creditIdx.push(i);
  });

  // A caption is the line next to a photo credit: before it (the usual copy order), else after it.
  // After it only when the line reads like one (short, nothing quoted): the line after a lone
  // credit is more often the article going on, and a paragraph taken for a caption leaves the text.
  const captionIdx = new Set<number>();
  for (const i of creditIdx) {
    const isCandidate = (j: number) => j >= 0 && j < rest.length && kinds[j] === null && !captionIdx.has(j) && wordCount(rest[j]!.text) <= 60;
    // "Image source, Getty Images" / "Image caption," / the caption: a label says the caption follows it.
    if (CAPTION_LABEL.test(rest[i]!.text)) {
      if (isCandidate(i + 1)) captionIdx.add(i + 1);
      continue;
    }
    if (i + 1 < rest.length && CAPTION_LABEL.test(rest[i + 1]!.text)) continue;
    // ("Image caption," / "Teachers marched in Cardiff" / "Getty Images": the credit closes the caption a label opened.)
    if (captionIdx.has(i - 1)) continue;
    if (isCandidate(i - 1)) captionIdx.add(i - 1);
    else if (isCandidate(i + 1) && wordCount(rest[i + 1]!.text) <= 30 && !QUOTE_MARK.test(rest[i + 1]!.text)) captionIdx.add(i + 1);
  }
  // A caption that carries its own credit ("… on Monday. PHOTO: AFP") is a caption wherever it stands.
  rest.forEach((l, i) => {
    if (kinds[i] === null && wordCount(l.text) <= 60 && CAPTION_WITH_CREDIT.test(l.text)) captionIdx.add(i);
  });
  const deckIdx = markLeadIn(rest, kinds, captionIdx);
  const deck = deckIdx >= 0 ? { ...rest[deckIdx]! } : null;
  rest.forEach((l, i) => {
    const kind = kinds[i];
    if (i === deckIdx) return;
    if (kind) furniture.push({ ...l, kind });
    else if (captionIdx.has(i)) captions.push(l);
    else body.push(l);
  });

  dropLinkList(body, furniture);
  if (creditLine) furniture.push(creditLine);
  // The author line, if one comes before the article's first paragraph.
  const firstBody = body[0]?.start ?? Infinity;
  const authorLine = furniture.find((f) => f.kind === 'byline' && f.start < firstBody && /^\p{L}+\s/u.test(f.text) && !/^(written|posted|published|view|email)\b/i.test(f.text));
  const byline = authorLine ? bylineNames(authorLine.text) || null : nameOverJobTitle(furniture, firstBody);
  const published = printedDate(furniture, firstBody);
  const last = body[body.length - 1];
  if (last && !credit) {
    const glued = GLUED_CREDIT.exec(last.text);
    if (glued && !/^(I|A|OK)$/.test(glued[2]!)) {
      credit = glued[2]!;
      const cut = glued.index + glued[1]!.length;
      body[body.length - 1] = { text: last.text.slice(0, cut), start: last.start, end: last.start + cut };
    }
  }

  let dateline: string | null = null;
  const lead = body[0];
  if (lead) {
    const m = DATELINE.exec(lead.text);
    // The rest of the paragraph must read as a sentence, or the "dateline" was the sentence.
    if (m && wordCount(lead.text.slice(m[0].length)) >= 5) {
      // "SAN JOSE, Calif. (AP) —": the state or country is part of the place, a date is not; the
      // agency in brackets is the wire credit when the end of the story gave none.
      const region = m[2] && !/\d/.test(m[2]) ? `, ${m[2].trim()}` : '';
      dateline = m[1]!.trim().replace(/[,.]$/, '') + region;
      credit ??= m[3]?.trim() || null;
      const skip = m[0].length;
      body[0] = { text: lead.text.slice(skip), start: lead.start + skip, end: lead.end };
    }
  }

  // "Reporting from Harlow Creek, Iowa" under the byline says where the story was filed from.
  dateline ??= furniture.find((f) => f.start < firstBody && REPORTING_FROM.test(f.text))?.text.replace(REPORTING_FROM, '').replace(/[.,;]$/, '') ?? null;
  if (byline) dropAuthorNote(body, furniture, byline);
  furniture.sort((a, b) => a.start - b.start);

  return { title, titleSpan, dateline, credit, byline, published, deck, paragraphs: body, captions, furniture };
}
const REPORTING_FROM = /^[Rr]eporting from\s+/;

/**
 * "Martin Keel is a national correspondent covering the rural Midwest.": the note on the author
 * that ends a copied page, a paragraph opening with a byline's name and "is", "covers", "writes"…
 */
function dropAuthorNote(body: TextSpan[], furniture: FurnitureLine[], byline: string): void {
  const names = byline.split(/\s*(?:,|\band\b|&)\s*/).filter((n) => n.includes(' '));
  const last = body[body.length - 1];
  if (!last || body.length < 2 || wordCount(last.text) > 60) return;
  const isNote = names.some((n) => last.text.startsWith(n) && /^\s+(?:is|was|covers|writes|reports|has covered|has been)\b/.test(last.text.slice(n.length)));
  if (!isNote) return;
  furniture.push({ ...last, kind: 'byline' });
  body.pop();
}

/**
 * "Related topics" / "Social care" / "Care homes" at the end of a copied page: the short unpunctuated
 * lines after a links label that ends the article are its links, not text. Moved to `furniture`.
 */
function dropLinkList(body: TextSpan[], furniture: FurnitureLine[]): void {
  const lastText = body.findLastIndex((l) => endsLikeSentence(l.text) || wordCount(l.text) > LEAD_IN_WORDS);
  const label = furniture.filter((f) => f.kind === 'link' && f.start > (body[lastText]?.end ?? Infinity)).sort((a, b) => a.start - b.start)[0];
  if (!label) return;
  const links = body.filter((l) => l.start > label.start);
  if (links.some((l) => endsLikeSentence(l.text) || wordCount(l.text) > LEAD_IN_WORDS)) return;
  for (const l of links) furniture.push({ ...l, kind: 'link' });
  body.splice(body.length - links.length, links.length);
}

/**
 * "Nora Fell" on its own line over "Health reporter" or over the date: the author, as some sites
 * print the byline without "By".
 */
function nameOverJobTitle(furniture: readonly FurnitureLine[], firstBody: number): string | null {
  const lead = furniture.filter((f) => f.start < firstBody).sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < lead.length; i++) {
    const [name, next] = [lead[i]!, lead[i + 1]!];
    if (name.kind === 'label' && PERSON_NAME_LINE.test(name.text) && ((next.kind === 'label' && (NEWSROOM_JOB_LINE.test(next.text) || OUTLET_PLACE_LINE.test(next.text) || OUTLET_LINE.test(next.text))) || next.kind === 'timestamp')) return name.text;
    // "Severin Carrell Scotland editor" over the date: the name and the job on one line, as a copied page runs them together.
    const joined = name.kind === 'label' && next.kind === 'timestamp' ? nameThenJob(name.text) : null;
    if (joined) return joined;
  }
  return null;
}

/** "Severin Carrell Scotland editor" → "Severin Carrell": a name of two or three words, then a newsroom job that opens with a capital. */
export function nameThenJob(line: string): string | null {
  const words = line.trim().split(/\s+/);
  for (let n = 2; n <= 3 && n < words.length; n++) {
    const name = words.slice(0, n).join(' ');
    const job = words.slice(n).join(' ');
    if (PERSON_NAME_LINE.test(name) && /^\p{Lu}/u.test(job) && NEWSROOM_JOB_LINE.test(job) && !NEWSROOM_JOB_LINE.test(name)) return name;
  }
  return null;
}
const PERSON_NAME_LINE = /^\p{Lu}[\p{Ll}'’-]+(?: (?:van|von|de|der|den|du|da|di|la|le|del|bin|al|el) )?(?: \p{Lu}[\p{Ll}'’-]+){1,3}$/u;
/** "BBC Scotland News", "Sky News", "ITV Wales": an outlet's name alone, on the line under the name. */
const OUTLET_LINE = /^\p{Lu}[\p{L}&'’.]*(?: \p{Lu}[\p{L}&'’.]*){0,3} (?:News|Radio|TV|Television|Online|Media|Wales|Scotland)$|^(?:BBC|ITV|CNN|Reuters|AP|AFP|Bloomberg|PA|PA Media)$/u;
/** "BBC News, Orkney", "Reuters, London": the outlet and where the writer files from, on the line under the name. */
const OUTLET_PLACE_LINE = /^\p{Lu}[\p{L}&'’.]*(?: \p{Lu}[\p{L}&'’.]*){0,3}, \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}$/u;

/**
 * The date printed before the text: "Published 2 December 2026", "Published" over "2 December
 * 2026", "Thu 12 Mar 2026 14.05 GMT". A date after "Updated" is a later one, used only when no other
 * is printed.
 */
function printedDate(furniture: readonly FurnitureLine[], firstBody: number): string | null {
  const lead = furniture.filter((f) => f.start < firstBody && f.kind === 'timestamp').sort((a, b) => a.start - b.start);
  let fallback: string | null = null;
  for (let i = 0; i < lead.length; i++) {
    const line = lead[i]!.text;
    const date = parseDateText(line);
    if (!date) continue;
    // ("Updated" alone on the line before a date is that date's label.)
    const updated = updateWordFirst(line) || (i > 0 && updateWordFirst(lead[i - 1]!.text) && !parseDateText(lead[i - 1]!.text));
    if (!updated) return date;
    fallback ??= date;
  }
  return fallback;
}

/** "Updated 3 December 2026", "Last updated" over a date: an update's word before any date on the line. */
function updateWordFirst(line: string): boolean {
  const word = UPDATED.exec(line);
  return !!word && parseDateText(line.slice(0, word.index)) === null;
}
