import { findQuotations } from '../../shared/suggest';
import { quotationHighlight } from '../../shared/suggest/highlight-span';
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
 * range from the first part's first word to the last part's last word, less a trailing comma
 * that belongs to the attribution (“…running,” she said).
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
  // Highlighted without the comma that joins the quotation to its attribution, as accepted speakers are.
  for (const d of out) {
    const span = quotationHighlight(d.text, d.start);
    d.end = span.end;
    d.text = span.exact;
  }
  return out;
}

/** Detected quotations not already highlighted (a highlight on the same words, give or take spaces and marks). */
export function unhighlighted(detected: readonly DetectedQuotation[], placed: Iterable<Placement>): DetectedQuotation[] {
  const ranges = [...placed];
  return detected.filter((d) => !ranges.some((r) => r.start <= d.start + 1 && r.end >= d.end - 1));
}
