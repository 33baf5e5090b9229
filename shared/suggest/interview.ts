/**
 * Answers in a question-and-answer interview written with quotation marks: "Q: What changed?", then
 * a paragraph that is only a quotation, which names nobody because the whole piece is one person's
 * answers. Those quotations are the interviewee's: the one person the headline names, else the one
 * person most quotations already go to.
 */
import type { ProposedActor } from './actors';
import { paragraphsOf, type Paragraph, type Quotation } from './quotations';

interface Attributed {
  start: number;
  speaker: string | null;
  speakerIndex: number | null;
  confidence: number;
  evidence: string[];
}

/** "Q: …", "Question: …": a question line of an interview. */
const QUESTION_LINE = /^[\s*_]*(?:Q|Question)\s*[:.–—-]\s*\S/;
/** A line between a question and its answer that describes the answering ("She pauses before answering."). */
const MAX_ASIDE_WORDS = 20;


/** The interviewee: the one person the headline (the first line) names, else the one most quotations go to. */
function interviewee(text: string, quotes: readonly Attributed[], actors: readonly ProposedActor[]): number | null {
  const headlineEnd = text.indexOf('\n') < 0 ? text.length : text.indexOf('\n');
  const inHeadline = actors.flatMap((a, i) => (a.kind === 'person' && a.occurrences.some((o) => o.start < headlineEnd) ? [i] : []));
  if (inHeadline.length === 1) return inHeadline[0]!;
  if (inHeadline.length > 1) return null;
  const counts = new Map<number, number>();
  for (const q of quotes) if (q.speakerIndex !== null && actors[q.speakerIndex]!.kind === 'person') counts.set(q.speakerIndex, (counts.get(q.speakerIndex) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked.length && ranked[0]![1] >= 2 && (ranked.length === 1 || ranked[0]![1] > ranked[1]![1]) ? ranked[0]![0] : null;
}

export function giveInterviewAnswers(text: string, quotes: Attributed[], quotations: readonly Quotation[], actors: readonly ProposedActor[]): void {
  const paragraphs = paragraphsOf(text);
  const isQuestion = (p: Paragraph) => QUESTION_LINE.test(text.slice(p.start, p.end));
  if (paragraphs.filter(isQuestion).length < 2) return;
  const who = interviewee(text, quotes, actors);
  if (who === null) return;
  const name = actors[who]!.name;
  /** The quotation that opens paragraph `p`, as Dossier attributes it now. */
  const opening = (p: Paragraph) => {
    const mark = quotations.find((m) => m.openAt === p.start);
    return mark ? quotes.find((q) => q.start === mark.start) : undefined;
  };
  for (const q of quotes) {
    if (q.speakerIndex !== null) continue;
    const at = paragraphs.findIndex((p) => p.start <= q.start && p.end >= q.start);
    if (at < 0 || opening(paragraphs[at]!) !== q) continue;
    // Back over at most one line about the answering, to the question or to the answer this one goes on from.
    let answers = false;
    for (let k = at - 1, asides = 0; k >= 0; k--) {
      const p = paragraphs[k]!;
      if (isQuestion(p)) {
        answers = true;
        break;
      }
      const before = opening(p);
      if (before) {
        answers = before.speakerIndex === who && before.evidence.some((e) => e.startsWith('an answer'));
        break;
      }
      const words = text.slice(p.start, p.end).split(/\s+/).length;
      if (asides++ > 0 || words > MAX_ASIDE_WORDS || /[“”"]/.test(text.slice(p.start, p.end))) break;
    }
    if (!answers) continue;
    q.speakerIndex = who;
    q.speaker = name;
    q.confidence = 0.6;
    q.evidence = [`an answer in a question-and-answer interview with ${name}`];
  }
}
