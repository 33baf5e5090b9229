import { describe, expect, it } from 'vitest';
import { scoreTokens, tokenize } from './score';

describe('tokenize', () => {
  it('splits on punctuation and lower-cases, keeping any script', () => {
    expect(tokenize('Mayor Ösel said: “Déjà vu,” twice — 2 times!')).toEqual(['mayor', 'ösel', 'said', 'déjà', 'vu', 'twice', '2', 'times']);
    expect(tokenize('東京 café')).toEqual(['東京', 'café']);
  });
});

describe('scoreTokens', () => {
  it('is perfect for identical bags whatever the order', () => {
    expect(scoreTokens('b a c', 'a b c')).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('counts repeated tokens only as often as the truth has them', () => {
    const s = scoreTokens('the the the harbour', 'the harbour');
    expect(s.precision).toBeCloseTo(2 / 4);
    expect(s.recall).toBe(1);
    expect(s.f1).toBeCloseTo((2 * 0.5) / 1.5);
  });

  it('penalises furniture (precision) and missing paragraphs (recall) separately', () => {
    const truth = 'the ferry left at dawn with forty passengers';
    const withFurniture = scoreTokens(`${truth} sign up for our newsletter`, truth);
    expect(withFurniture.recall).toBe(1);
    expect(withFurniture.precision).toBeLessThan(1);
    const cut = scoreTokens('the ferry left at dawn', truth);
    expect(cut.precision).toBe(1);
    expect(cut.recall).toBeCloseTo(5 / 8);
  });

  it('gives 0 when one side is empty and 1 when both are', () => {
    expect(scoreTokens('', 'words here').f1).toBe(0);
    expect(scoreTokens('words', '').f1).toBe(0);
    expect(scoreTokens('', '').f1).toBe(1);
  });
});
