import { findQuotations } from '../../shared/suggest';
import type { Placement } from './reanchor';

/** A quotation detected in the article text, as one range even when it runs over paragraphs. */
export interface DetectedQuotation {
  start: number;
  end: number;
  text: string;
  /** How many paragraphs it spans. */
  paragraphs: number;
}

/**
 * Direct quotations in `text` (shared/suggest findQuotations: straight and curly marks, nested
 * quotes reported as the outer one), with the parts of a multi-paragraph quotation joined into one
 * range from the first part's first word to the last part's last word.
 */
export function detectQuotations(text: string): DetectedQuotation[] {
  const found = findQuotations(text);
  const out: DetectedQuotation[] = [];
  const byFirst = new Map<number, DetectedQuotation>();
  found.forEach((q, i) => {
    const head = q.partOf !== null ? byFirst.get(q.partOf) : undefined;
    if (head) {
      head.end = q.end;
      head.text = text.slice(head.start, head.end);
      head.paragraphs++;
      return;
    }
    const d = { start: q.start, end: q.end, text: q.exact, paragraphs: 1 };
    byFirst.set(i, d);
    out.push(d);
  });
  return out;
}

/** Detected quotations not already highlighted (a highlight on the same words, give or take spaces and marks). */
export function unhighlighted(detected: readonly DetectedQuotation[], placed: Iterable<Placement>): DetectedQuotation[] {
  const ranges = [...placed];
  return detected.filter((d) => !ranges.some((r) => r.start <= d.start + 1 && r.end >= d.end - 1));
}
