import { describe, expect, it } from 'vitest';
import { matchScore, mergeProviderResults, STRONG_MATCH as STRONG } from './palette-providers';

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

describe('mergeProviderResults', () => {
  const item = (id: string, group: string, target?: string) => ({ id, group, title: id, run: () => undefined, ...(target ? { target } : {}) });

  it('lists what several providers found once, and keeps each group together', () => {
    const actorsProvider = [item('actor:p1', 'Actors', 'actor:p1')];
    const search = [item('search:article:a1', 'Articles', 'article:a1'), item('search:actor:p1', 'Actors', 'actor:p1'), item('search:actor:p2', 'Actors', 'actor:p2'), item('search:note:n1', 'Notes', 'note:n1')];
    const merged = mergeProviderResults([actorsProvider, search]);
    expect(merged.map((i) => i.id)).toEqual(['actor:p1', 'search:actor:p2', 'search:article:a1', 'search:note:n1']);
  });

  it('keeps items without a target as they are', () => {
    expect(mergeProviderResults([[item('s1', 'Search'), item('s2', 'Search')]]).map((i) => i.id)).toEqual(['s1', 's2']);
  });
});
