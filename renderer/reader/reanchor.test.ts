import { describe, expect, it } from 'vitest';
import { describeRange } from '../../shared/anchor';
import type { Quote } from '../../shared/model';
import { planAnchors } from './reanchor';

const TEXT = 'The ferry board met on Tuesday. "We will run a night service from May," said the chair, Ilsa Varga.\n\nCritics said the budget was thin.';

function quoteOf(text: string, words: string, id = words): Quote {
  const start = text.indexOf(words);
  const { quote, position } = describeRange(text, start, start + words.length);
  return {
    id, articleId: 'a', text: words, quoteSelector: quote, positionSelector: position, unplaced: false, color: 'yellow', comment: '',
    speakerId: null, mentionIds: [], tags: [], createdAt: '', updatedAt: '',
  };
}

describe('planAnchors', () => {
  it('leaves quotes that are where they were alone', () => {
    const plan = planAnchors(TEXT, [quoteOf(TEXT, 'night service from May')]);
    expect(plan.updates).toEqual([]);
    expect(plan.unplaced).toEqual([]);
    expect([...plan.placed.values()]).toEqual([{ start: TEXT.indexOf('night service'), end: TEXT.indexOf('night service') + 'night service from May'.length }]);
  });

  it('moves a quote whose text shifted, and marks one whose words are gone unplaced without moving it', () => {
    const moved = quoteOf(TEXT, 'night service from May');
    const gone = quoteOf(TEXT, 'Critics said the budget was thin.');
    const edited = `Updated at noon. ${TEXT.replace('Critics said the budget was thin.', 'No one objected.')}`;
    const plan = planAnchors(edited, [moved, gone]);
    const at = edited.indexOf('night service from May');
    expect(plan.placed.get(moved.id)).toEqual({ start: at, end: at + 'night service from May'.length });
    expect(plan.updates).toEqual([{ id: moved.id, placement: { start: at, end: at + 'night service from May'.length } }, { id: gone.id, placement: null }]);
    expect(plan.unplaced.map((q) => q.id)).toEqual([gone.id]);
    expect(plan.placed.has(gone.id)).toBe(false);
  });

  it('does not write again a quote already marked unplaced, and places it again when its words come back', () => {
    const q = { ...quoteOf(TEXT, 'Critics said the budget was thin.'), unplaced: true };
    expect(planAnchors('Something else entirely, nothing alike.', [q]).updates).toEqual([]);
    expect(planAnchors(TEXT, [q]).updates).toEqual([{ id: q.id, placement: { start: q.positionSelector.start, end: q.positionSelector.end } }]);
  });
});
