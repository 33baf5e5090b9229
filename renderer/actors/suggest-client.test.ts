import { describe, expect, it } from 'vitest';
import { suggest } from '../../shared/suggest';
import { requestSuggestions, suggestionsEngine } from './suggest-client';

// Invented article for this test.
const TEXT = 'Harbour deal agreed\nHarbour Commissioner Tamsin Rook met the union on Monday. “Night shifts will be voluntary,” Ms Rook said.';

describe('requestSuggestions', () => {
  it('where workers cannot run (Node here), reads the article in the window and answers what suggest answers', async () => {
    expect(typeof Worker).toBe('undefined');
    expect(suggestionsEngine()).toBe('window');
    const known = [{ id: 'a1', name: 'Tamsin Rook', kind: 'person' as const, aliases: [], role: null }];
    expect(await requestSuggestions(TEXT, known)).toEqual(suggest(TEXT, { known }));
  });

  it('reads an article once for the panel and the type-aheads asking with the same known actors', async () => {
    const known = [{ id: 'a1', name: 'Tamsin Rook', kind: 'person' as const, aliases: [], role: null }];
    const first = await requestSuggestions(TEXT, known);
    expect(await requestSuggestions(TEXT, [...known])).toBe(first);
    expect(await requestSuggestions(TEXT, [])).not.toBe(first);
  });
});
