/**
 * Scores actor and speaker suggestions against hand labels (the format of ../shared/corpus/seed,
 * described in its README): people and organisations count as actors, places are scored apart.
 *
 * An actor proposed by `suggest` matches a labelled one when their names, or a name and one of the
 * other's mentions, are equal after folding case and diacritics ("Mr Bessent" ~ "Scott Bessent" only
 * through the labels' mentions, never by guessing). A quote is scored by the labelled offsets: the
 * suggestion whose range overlaps the labelled one most, and its speaker must match the labelled
 * speaker's actor by the same rule.
 */
import { foldKey } from '../../shared/text/fold';
import type { Suggestions } from '../../shared/suggest';

export interface LabelActor {
  name: string;
  kind: 'person' | 'organisation' | 'place' | 'other';
  role?: string | null;
  mentions: string[];
}

export interface LabelQuote {
  exact: string;
  start: number;
  end: number;
  speaker: string | null;
  note?: string;
}

export interface Labels {
  file: string;
  actors: LabelActor[];
  quotes: LabelQuote[];
}

export interface Counts {
  truePositives: number;
  proposed: number;
  labelled: number;
}

export interface FileScore {
  file: string;
  actors: Counts & { precision: number; recall: number; missed: string[]; extra: string[] };
  places: Counts & { precision: number; recall: number; missed: string[]; extra: string[] };
  speakers: { correct: number; total: number; accuracy: number; wrong: { exact: string; expected: string | null; got: string | null }[] };
}

export interface EvalResult {
  actors: { precision: number; recall: number; truePositives: number; proposed: number; labelled: number };
  places: { precision: number; recall: number; truePositives: number; proposed: number; labelled: number };
  speakers: { correct: number; total: number; accuracy: number };
  files: FileScore[];
}

const isActorKind = (k: string) => k === 'person' || k === 'organisation';

function keysOfLabel(a: LabelActor): Set<string> {
  return new Set([a.name, ...a.mentions].map(foldKey));
}

/** True when a proposed actor (name and mentions) is the labelled actor. */
export function sameActor(proposed: { name: string; mentions: readonly string[] }, label: LabelActor): boolean {
  const keys = keysOfLabel(label);
  if (keys.has(foldKey(proposed.name))) return true;
  return proposed.mentions.some((m) => foldKey(m) === foldKey(label.name));
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

function scoreSet(proposed: Suggestions['actors'], labels: LabelActor[]) {
  const used = new Set<number>();
  let tp = 0;
  const missed: string[] = [];
  for (const l of labels) {
    const i = proposed.findIndex((p, k) => !used.has(k) && sameActor(p, l));
    if (i >= 0) {
      used.add(i);
      tp++;
    } else missed.push(l.name);
  }
  // A proposal that duplicates an actor already matched (two proposals for one person) is not a
  // true positive, but neither is it a wrong actor: it counts against precision only once matched twice.
  const extra = proposed.filter((_, k) => !used.has(k)).map((p) => p.name);
  return { truePositives: tp, proposed: proposed.length, labelled: labels.length, precision: ratio(tp, proposed.length), recall: ratio(tp, labels.length), missed, extra };
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function scoreFile(labels: Labels, suggestions: Suggestions): FileScore {
  const proposedActors = suggestions.actors.filter((a) => isActorKind(a.kind));
  const proposedPlaces = suggestions.actors.filter((a) => a.kind === 'place');
  const actors = scoreSet(proposedActors, labels.actors.filter((a) => isActorKind(a.kind)));
  const places = scoreSet(proposedPlaces, labels.actors.filter((a) => a.kind === 'place'));
  let correct = 0;
  const wrong: FileScore['speakers']['wrong'] = [];
  for (const lq of labels.quotes) {
    const best = suggestions.quotes.map((q) => ({ q, o: overlap(q, lq) })).filter((x) => x.o > 0).sort((a, b) => b.o - a.o)[0]?.q;
    const got = best?.speakerIndex != null ? suggestions.actors[best.speakerIndex]! : null;
    const expected = lq.speaker === null ? null : labels.actors.find((a) => a.name === lq.speaker) ?? { name: lq.speaker, kind: 'person' as const, mentions: [] };
    const ok = expected === null ? got === null : got !== null && sameActor(got, expected);
    if (ok && best) correct++;
    else wrong.push({ exact: lq.exact, expected: lq.speaker, got: best ? (got?.name ?? null) : '(quote not found)' });
  }
  return { file: labels.file, actors, places, speakers: { correct, total: labels.quotes.length, accuracy: ratio(correct, labels.quotes.length), wrong } };
}

export function combine(files: FileScore[]): EvalResult {
  const sum = (pick: (f: FileScore) => Counts) => {
    const tp = files.reduce((n, f) => n + pick(f).truePositives, 0);
    const proposed = files.reduce((n, f) => n + pick(f).proposed, 0);
    const labelled = files.reduce((n, f) => n + pick(f).labelled, 0);
    return { precision: ratio(tp, proposed), recall: ratio(tp, labelled), truePositives: tp, proposed, labelled };
  };
  const correct = files.reduce((n, f) => n + f.speakers.correct, 0);
  const total = files.reduce((n, f) => n + f.speakers.total, 0);
  return { actors: sum((f) => f.actors), places: sum((f) => f.places), speakers: { correct, total, accuracy: ratio(correct, total) }, files };
}
