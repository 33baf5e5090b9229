import { describe, expect, it } from 'vitest';
import { matchScore, STRONG_MATCH as STRONG } from './palette-providers';

describe('matchScore', () => {
  it('ranks the typed text as one run first, then all typed words in any order, then a loose subsequence', () => {
    const run = matchScore('Clip Paste a clip (plain text)', 'paste a clip');
    const words = matchScore('Clip Paste a clip (plain text)', 'paste clip');
    const reordered = matchScore('Clip Paste a clip (plain text)', 'clip plain');
    const loose = matchScore('Clip Paste a clip (plain text)', 'pstclp');
    expect(run).toBeGreaterThan(words);
    expect(words).toBeGreaterThanOrEqual(STRONG);
    expect(reordered).toBeGreaterThanOrEqual(STRONG);
    expect(loose).toBeGreaterThanOrEqual(0);
    expect(loose).toBeLessThan(STRONG);
  });

  it('folds case and accents, and says -1 when the letters are not there', () => {
    expect(matchScore('Go to Übersicht', 'UBERSICHT')).toBeGreaterThanOrEqual(STRONG);
    expect(matchScore('Export notebook', 'zebra')).toBe(-1);
    expect(matchScore('Export notebook', '')).toBe(0);
  });

  it('needs every word to begin a word of the title', () => {
    expect(matchScore('Paste a clip', 'aste lip')).toBeLessThan(STRONG);
  });
});
