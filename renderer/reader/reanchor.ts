import { anchor } from '../../shared/anchor';
import type { Quote } from '../../shared/model';
import type { AnchorUpdate } from '../db/quotes';

export interface Placement {
  start: number;
  end: number;
}

export interface AnchorPlan {
  /** Where each placed quote is in the current text. */
  placed: Map<string, Placement>;
  /** Quotes that could not be placed (kept, listed apart, never painted). */
  unplaced: Quote[];
  /** What to store: quotes that moved, became unplaced, or were unplaced and are placed again. */
  updates: AnchorUpdate[];
}

/**
 * Re-anchors an article's stored quotes in its current text (shared/anchor: position, then the exact
 * words with their context, then a fuzzy match). A quote is moved only to where anchor() verified
 * its words; one that cannot be placed keeps its stored selectors and is reported unplaced.
 */
export function planAnchors(text: string, quotes: readonly Quote[]): AnchorPlan {
  const placed = new Map<string, Placement>();
  const unplaced: Quote[] = [];
  const updates: AnchorUpdate[] = [];
  for (const q of quotes) {
    const r = anchor(text, { quote: q.quoteSelector, position: q.positionSelector });
    if (r.unplaced) {
      unplaced.push(q);
      if (!q.unplaced) updates.push({ id: q.id, placement: null });
      continue;
    }
    placed.set(q.id, { start: r.start, end: r.end });
    const same = !q.unplaced && r.start === q.positionSelector.start && r.end === q.positionSelector.end && r.method === 'position';
    if (!same) updates.push({ id: q.id, placement: { start: r.start, end: r.end } });
  }
  return { placed, unplaced, updates };
}
