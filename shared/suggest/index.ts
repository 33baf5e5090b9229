/**
 * Suggestions for an article's text: the actors it names and the speaker of each quotation.
 * Pure: runs the same in the app (renderer), the CLI and tests. Offsets are UTF-16 code units of
 * the text after `normaliseInput` (BOM removed, CRLF and CR turned into LF).
 */
import { buildActors, type KnownActor, type ProposedActor } from './actors';
import { findCandidates } from './candidates';
import { clipLayout, type ClipLayout, type Range } from './clip-layout';
import { giveInterviewAnswers } from './interview';
import { addNicknameMentions, closeUpName, maskNicknames } from './nicknames';
import { normaliseInput } from './normalise';
import { findColonAnswers, findQuotations, type Quotation } from './quotations';
import { attributeSpeakers } from './speakers';

export { findQuotations, type Quotation } from './quotations';
export { quotationHighlight, type HighlightSpan } from './highlight-span';
export { normaliseInput } from './normalise';
export type { KnownActor, ProposedActor } from './actors';
export { clipLayout, type ClipLayout } from './clip-layout';

export interface SuggestedQuote {
  exact: string;
  start: number;
  end: number;
  /** The speaker's name (a proposed or known actor), or null. */
  speaker: string | null;
  /** Index into `actors` of the speaker. */
  speakerIndex: number | null;
  confidence: number;
  evidence: string[];
  /** True for a quote inside a photo caption. */
  inCaption: boolean;
}

export interface Suggestions {
  /** The normalised text every offset refers to. */
  text: string;
  actors: ProposedActor[];
  quotes: SuggestedQuote[];
  layout: ClipLayout;
}

export interface SuggestOptions {
  /** Actors already in the notebook: found by name and alias, and preferred to new proposals. */
  known?: readonly KnownActor[];
  /** Page furniture and credits to skip; by default found with clipLayout (plain-text clips). */
  layout?: ClipLayout;
}

export function suggest(input: string, options: SuggestOptions = {}): Suggestions {
  const text = normaliseInput(input);
  const layout = options.layout ?? clipLayout(text);
  const skip: Range[] = [...layout.furniture, ...(layout.credit ? [layout.credit] : [])];
  // Names and quotations are read with nicknames blanked out (same offsets); what is quoted is the text's own.
  const masked = maskNicknames(text);
  const candidates = findCandidates(masked, { skip });
  const { actors, references } = buildActors(masked, candidates, options.known ?? []);
  if (masked !== text) {
    for (const a of actors) closeUpNames(a);
    addNicknameMentions(text, actors, references, skip);
  }
  const quotations: Quotation[] = findQuotations(masked).filter((q) => !skip.some((s) => q.start >= s.start && q.end <= s.end));
  const guesses = attributeSpeakers(masked, quotations, actors, references, skip);
  const quotes = quotations.map((q, i) => {
    const g = guesses[i]!;
    return {
      exact: text.slice(q.start, q.end),
      start: q.start,
      end: q.end,
      speaker: g.actor === null ? null : actors[g.actor]!.name,
      speakerIndex: g.actor,
      confidence: g.confidence,
      evidence: g.evidence,
      inCaption: layout.captions.some((c) => q.start >= c.start && q.end <= c.end),
    };
  });
  // Q&A and transcript answers ("Roe: We will not sell."), in paragraphs with no quotation marks.
  const answers: SuggestedQuote[] = [];
  for (const a of findColonAnswers(masked)) {
    if (skip.some((s) => a.start >= s.start && a.start < s.end)) continue;
    if (quotations.some((q) => q.paragraphStart <= a.start && q.paragraphEnd >= a.end)) continue;
    const ref = references.find((r) => r.start === a.nameStart && r.end <= a.nameEnd + 1 && actors[r.actor]!.kind === 'person');
    if (!ref) continue;
    answers.push({ exact: text.slice(a.start, a.end), start: a.start, end: a.end, speaker: actors[ref.actor]!.name, speakerIndex: ref.actor, confidence: 0.8, evidence: [`answer after “${text.slice(a.nameStart, a.nameEnd)}:”`], inCaption: false });
  }
  quotes.push(...answers);
  givePullQuotes(quotes, answers, quotations, actors);
  giveInterviewAnswers(masked, quotes, quotations, actors);
  giveRepeatedWords(quotes, actors, text.indexOf('\n') < 0 ? text.length : text.indexOf('\n'));
  quotes.sort((a, b) => a.start - b.start);
  return { text, actors, quotes, layout };
}

/** An actor read from text whose nicknames were blanked: its names without the blanks' spaces. */
function closeUpNames(actor: ProposedActor): void {
  actor.name = closeUpName(actor.name);
  actor.mentions = [...new Set(actor.mentions.map(closeUpName))];
}

/**
 * A pull quote in an interview: a paragraph that is only a quotation, with nobody named, set
 * among "Name: answer" paragraphs. It is the words of the one person who answers (not the one who
 * asks), or of whoever's answer holds the same words.
 */
function givePullQuotes(quotes: SuggestedQuote[], answers: readonly SuggestedQuote[], quotations: readonly Quotation[], actors: readonly ProposedActor[]): void {
  if (answers.length < 2) return;
  const answerers = new Set(answers.filter((q) => !/\?\s*$/.test(q.exact)).map((q) => q.speakerIndex));
  for (const q of quotes) {
    if (q.speakerIndex !== null) continue;
    const mark = quotations.find((m) => m.start === q.start);
    if (!mark || mark.partOf !== null || mark.openAt !== mark.paragraphStart || mark.closeAt !== mark.paragraphEnd) continue;
    const same = answers.find((a) => squash(a.exact).includes(squash(q.exact)));
    const speaker = same?.speakerIndex ?? (answerers.size === 1 ? [...answerers][0]! : null);
    if (speaker === null) continue;
    q.speakerIndex = speaker;
    q.speaker = actors[speaker]!.name;
    q.confidence = same ? 0.8 : 0.6;
    q.evidence = [same ? `a pull quote from ${q.speaker}’s answer` : `a pull quote in an interview where only ${q.speaker} answers`];
  }
}

/** Text as its lower-case words only, to compare quotations whatever their punctuation. */
function squash(t: string): string {
  return t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * A quotation with nobody named whose words someone is quoted saying elsewhere in the text (a
 * headline's "‘We cannot keep patching the same roads’: council leader …", a pull quote) is theirs.
 * Four words at least, or three that open the other quote: a short phrase ("disappointed") may be anyone's.
 * In the headline (the text's first line, ending at `headlineEnd`), one or two words quoted exactly so in
 * the text by one speaker are theirs too: "Nurse “begged” owner …" over "… she had “begged” the owner".
 */
function giveRepeatedWords(quotes: SuggestedQuote[], actors: readonly ProposedActor[], headlineEnd: number): void {
  // Each quote's words once: every quote with nobody named is compared with all the others.
  const squashed = quotes.map((q) => squash(q.exact));
  for (const [k, q] of quotes.entries()) {
    if (q.speakerIndex !== null) continue;
    const words = squashed[k]!;
    const count = words.split(' ').length;
    if (count < 3) {
      if (q.end > headlineEnd || !words) continue;
      const same = new Set(quotes.filter((o, n) => o !== q && squashed[n] === words).map((o) => o.speakerIndex));
      const speaker = same.size === 1 ? [...same][0]! : null;
      if (speaker === null) continue;
      q.speakerIndex = speaker;
      q.speaker = actors[speaker]!.name;
      q.confidence = 0.7;
      q.evidence = [`the headline’s words are quoted as ${q.speaker}’s`];
      continue;
    }
    // (Three words only where the other quote opens with them: "‘We are stretched,’ say hospitals" and "“We are stretched, but we are coping,” he says".)
    const same = quotes.find((o, n) => o !== q && o.speakerIndex !== null && (count >= 4 ? ` ${squashed[n]} `.includes(` ${words} `) : `${squashed[n]} `.startsWith(`${words} `)));
    if (!same) continue;
    q.speakerIndex = same.speakerIndex;
    q.speaker = actors[same.speakerIndex!]!.name;
    q.confidence = 0.8;
    q.evidence = [`the same words are quoted as ${q.speaker}’s`];
  }
}
