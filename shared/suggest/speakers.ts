/**
 * Who said each quotation. Rules, most certain first:
 *  - trailing attribution right after the closing mark: "…,” Ms Roe said", "…,” said Ms Roe", "…,” she added";
 *  - leading attribution in the quote's own sentence: "Ms Roe said: “…”", "Ms Roe said that …“…”",
 *    "The minister described it as “…”" (the subject of the last speech verb before the quote);
 *  - "according to X" in the quote's sentence;
 *  - the subject of the quote's sentence when it names someone (fragment quotes);
 *  - continuation: a quote with no attribution of its own continues the quote before it in the same
 *    paragraph, or the previous paragraph's when it opens its paragraph (or when it is a later part
 *    of a quote running over paragraphs).
 * Subjects may be names (with titles or honorifics), role references ("the Treasury chief") or
 * pronouns ("he said"), resolved to the nearest person named before, outside quotations, of a
 * matching gender when the text shows one. Speech verbs tolerate typos ("sayid").
 */
import type { ProposedActor, Reference } from './actors';
import type { Quotation } from './quotations';
import { PRONOUNS } from './lexicon';
import { sentenceRanges } from './tokens';
import { readSpeechVerb, type VerbMatch } from './verbs';

export interface SpeakerGuess {
  /** Index into the actors list, or null when no speaker could be found. */
  actor: number | null;
  confidence: number;
  evidence: string[];
  rule: 'trailing' | 'leading' | 'according' | 'subject' | 'continuation' | 'none';
}

interface Subject {
  actor: number | null;
  end: number;
  start: number;
  words: string;
  via: 'name' | 'role' | 'known' | 'pronoun';
}

const WORD_AT = /^[\p{L}’'-]+/u;
/** Words allowed between a subject and its verb: "Ms Roe later said", "he also told". */
const BETWEEN = /^(also|later|earlier|then|previously|once|again|further|repeatedly|recently|has|had|have|was|is|would|will|had\s+earlier|himself|herself|quickly|flatly|simply|firmly|bluntly|angrily|told\s+reporters|[a-z]+ly)$/;

/** A role phrase and comma before a name: "the union's general secretary, ". */
const APPOSITIVE_BEFORE = /^(?:the|its|their|his|her|our)\s+[^,.;:“”"\n]{2,60},\s*/i;
/** An appositive after a name, up to the comma before the verb: ", 52, the union's general secretary, ". */
const APPOSITIVE_AFTER = /^,\s*[^,.;:“”"\n]{1,80},\s*/;

export function attributeSpeakers(text: string, quotations: readonly Quotation[], actors: readonly ProposedActor[], references: readonly Reference[], skip: readonly { start: number; end: number }[] = []): SpeakerGuess[] {
  const inQuote = (pos: number) => quotations.some((q) => pos >= q.openAt && pos < q.closeAt);
  const refs = references.filter((r) => !inQuote(r.start) && !skip.some((s) => r.start >= s.start && r.start < s.end));
  const sentences = sentenceRanges(text);

  const subjectAt = (pos: number, limit: number): Subject | null => {
    // A reference starting here (allowing "the"/"a" before a role reference).
    const ref = refs.find((r) => r.start >= pos && r.start <= pos + 1 && r.end <= limit);
    if (ref) return { actor: ref.actor, start: ref.start, end: ref.end, words: text.slice(ref.start, ref.end), via: ref.via };
    const w = WORD_AT.exec(text.slice(pos, limit));
    if (w && PRONOUNS.has(w[0].toLowerCase()) && !['i', 'we'].includes(w[0].toLowerCase())) {
      return { actor: resolvePronoun(w[0].toLowerCase(), pos), start: pos, end: pos + w[0].length, words: w[0], via: 'pronoun' };
    }
    return null;
  };

  const subjectEndingAt = (pos: number, from: number): Subject | null => {
    const ref = [...refs].reverse().find((r) => r.end <= pos && r.start >= from && /^\s*$/.test(text.slice(r.end, pos)));
    if (ref) return { actor: ref.actor, start: ref.start, end: ref.end, words: text.slice(ref.start, ref.end), via: ref.via };
    const m = /([\p{L}]+)\s*$/u.exec(text.slice(from, pos));
    if (m && PRONOUNS.has(m[1]!.toLowerCase()) && !['i', 'we'].includes(m[1]!.toLowerCase())) {
      const start = from + m.index;
      return { actor: resolvePronoun(m[1]!.toLowerCase(), start), start, end: start + m[1]!.length, words: m[1]!, via: 'pronoun' };
    }
    return null;
  };

  const resolvePronoun = (pronoun: string, pos: number): number | null => {
    const gender = PRONOUNS.get(pronoun) ?? null;
    for (let k = refs.length - 1; k >= 0; k--) {
      const r = refs[k]!;
      if (r.start >= pos) continue;
      const a = actors[r.actor]!;
      if (pronoun === 'they' ? a.kind !== 'organisation' && a.kind !== 'person' : a.kind !== 'person') continue;
      if (gender && a.gender && a.gender !== gender) continue;
      return r.actor;
    }
    return null;
  };

  /** Skips up to two in-between words and reads a speech verb; returns it and where it ends. */
  const verbAfter = (pos: number, limit: number, strict: boolean): { verb: VerbMatch; end: number } | null => {
    let at = pos;
    for (let hops = 0; hops < 3; hops++) {
      const rest = text.slice(at, limit);
      const lead = /^\s*/.exec(rest)![0].length;
      const w = WORD_AT.exec(rest.slice(lead));
      if (!w) return null;
      const verb = readSpeechVerb(w[0], strict);
      if (verb) return { verb, end: at + lead + w[0].length };
      if (!BETWEEN.test(w[0].toLowerCase())) return null;
      at += lead + w[0].length;
    }
    return null;
  };

  const describe = (s: Subject, verb: VerbMatch | null, where: string): string[] => {
    const ev = [`${where}: “${s.words}${verb ? ` ${verb.written}` : ''}”`];
    if (verb?.typo) ev.push(`“${verb.written}” read as “${verb.verb}”`);
    if (s.via === 'role' && s.actor !== null) ev.push(`“${s.words}” is ${actors[s.actor]!.name} (${actors[s.actor]!.role})`);
    if (s.via === 'pronoun') ev.push(s.actor !== null ? `“${s.words}” refers to ${actors[s.actor]!.name}, named before` : `“${s.words}”: nobody named before`);
    return ev;
  };

  const direct = (q: Quotation, qi: number): SpeakerGuess => {
    const next = quotations[qi + 1];
    const limit = Math.min(q.paragraphEnd, next && next.openAt > q.closeAt ? next.openAt : Infinity);
    // Trailing: "…,” Ms Roe said" / "…,” said Ms Roe" / "…,” she added".
    if (q.closed) {
      const lead = /^[\s,.;:!?—–-]*/.exec(text.slice(q.closeAt, limit))![0].length;
      const pos = q.closeAt + lead;
      // "…,” the union's general secretary, Bernard Okafor, said": a role phrase before the name.
      const roleFirst = APPOSITIVE_BEFORE.exec(text.slice(pos, limit));
      const subject = subjectAt(pos, limit) ?? (roleFirst ? subjectAt(pos + roleFirst[0].length, limit) : null);
      if (subject) {
        // "…,” Bernard Okafor, the union's general secretary, said": an appositive between name and verb.
        const apposition = APPOSITIVE_AFTER.exec(text.slice(subject.end, limit));
        const v = verbAfter(subject.end, limit, true) ?? (apposition ? verbAfter(subject.end + apposition[0].length, limit, true) : null);
        if (v) return { actor: subject.actor, confidence: subject.via === 'pronoun' ? 0.75 : 0.9, evidence: describe(subject, v.verb, 'after the quote'), rule: 'trailing' };
      }
      const v = verbAfter(pos, limit, true);
      if (v && v.end - pos < 20) {
        const lead2 = /^\s*(the\s+)?/i.exec(text.slice(v.end, limit))![0].length;
        const s2 = subjectAt(v.end + lead2, limit) ?? subjectAt(v.end + /^\s*/.exec(text.slice(v.end))![0].length, limit);
        if (s2) return { actor: s2.actor, confidence: 0.9, evidence: describe({ ...s2, words: `${v.verb.written} ${s2.words}` }, null, 'after the quote'), rule: 'trailing' };
      }
    }
    const sentence = sentences.find((s) => s.start <= q.openAt && s.end > q.openAt) ?? { start: q.paragraphStart, end: q.paragraphEnd };
    const prevQuote = quotations[qi - 1];
    const from = Math.max(sentence.start, q.paragraphStart, prevQuote && prevQuote.closeAt <= q.openAt ? prevQuote.closeAt : 0);
    // Leading: the subject of the last speech verb before the quote in its sentence.
    const before = text.slice(from, q.openAt);
    const verbs = [...before.matchAll(/[\p{L}’'-]+/gu)].reverse();
    for (const w of verbs) {
      const verb = readSpeechVerb(w[0], false);
      if (!verb) continue;
      const verbStart = from + w.index;
      let subjectEnd = verbStart;
      // Step back over in-between words ("Ms Roe later said").
      for (let hops = 0; hops < 3; hops++) {
        const s = subjectEndingAt(subjectEnd, from);
        if (s) {
          const tail = /[:,]\s*$|\bthat\s*$/.test(before);
          return { actor: s.actor, confidence: tail ? 0.85 : 0.7, evidence: describe(s, verb, 'before the quote'), rule: 'leading' };
        }
        const m = /([\p{L}]+)\s*$/u.exec(text.slice(from, subjectEnd));
        if (!m || !BETWEEN.test(m[1]!.toLowerCase())) break;
        subjectEnd = from + m.index;
      }
    }
    // "according to X", before or after the quote, in its sentence.
    const sentenceText = text.slice(sentence.start, sentence.end);
    const acc = /\baccording to\s+/i.exec(sentenceText);
    if (acc) {
      const s = subjectAt(sentence.start + acc.index + acc[0].length, sentence.end);
      if (s) return { actor: s.actor, confidence: 0.8, evidence: [`“according to ${s.words}”`], rule: 'according' };
    }
    // The sentence's subject, when the quote is a fragment inside it.
    if (before.trim()) {
      const first = refs.find((r) => r.start >= from && r.end <= q.openAt && actors[r.actor]!.kind !== 'place');
      if (first && /^\W*([\p{L}]+\W+){0,4}$/u.test(text.slice(from, first.start))) {
        return { actor: first.actor, confidence: 0.55, evidence: [`subject of the sentence: “${text.slice(first.start, first.end)}”`], rule: 'subject' };
      }
    }
    return { actor: null, confidence: 0, evidence: [], rule: 'none' };
  };

  const guesses = quotations.map((q, i) => direct(q, i));
  // Continuations, in order so a chain of quotes inherits from its first attributed one.
  for (let i = 0; i < quotations.length; i++) {
    const q = quotations[i]!;
    const g = guesses[i]!;
    if (g.actor !== null) continue;
    const prev = quotations[i - 1];
    const pg = guesses[i - 1];
    if (q.partOf !== null) {
      const first = guesses[q.partOf]!;
      if (first.actor !== null) {
        guesses[i] = { actor: first.actor, confidence: Math.min(first.confidence, 0.8), evidence: ['continues a quote that runs over paragraphs'], rule: 'continuation' };
        continue;
      }
    }
    if (!prev || !pg || pg.actor === null) continue;
    const samePara = prev.paragraphStart === q.paragraphStart;
    const opensParagraph = !text.slice(q.paragraphStart, q.openAt).trim();
    // The previous paragraph must be the one just before and end with its quote (and attribution).
    const adjacent = !text.slice(prev.paragraphEnd, q.paragraphStart).trim();
    const nextPara = !samePara && opensParagraph && adjacent && prev.paragraphEnd - prev.closeAt < 60;
    if (samePara || nextPara) {
      guesses[i] = { actor: pg.actor, confidence: samePara ? 0.75 : 0.6, evidence: [samePara ? 'continues the quote before it in the paragraph' : 'opens the paragraph after a quote by the same speaker'], rule: 'continuation' };
    }
  }
  // A quote running over paragraphs often names its speaker in a later part: share it back.
  for (let i = 0; i < quotations.length; i++) {
    const q = quotations[i]!;
    if (q.partOf !== null && guesses[i]!.actor !== null && guesses[q.partOf]!.actor === null) {
      for (let k = q.partOf; k < i; k++) if (guesses[k]!.actor === null) guesses[k] = { ...guesses[i]!, evidence: ['a later part of this quote names the speaker'], rule: 'continuation' };
    }
  }
  return guesses;
}
