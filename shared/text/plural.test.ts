import { describe, expect, it } from 'vitest';
import { counted } from './plural';

describe('counted', () => {
  it('says one in the singular and every other count in the plural', () => {
    expect(counted(1, 'article')).toBe('1 article');
    expect(counted(0, 'image')).toBe('0 images');
    expect(counted(7, 'actor')).toBe('7 actors');
    expect(counted(2, 'body', 'bodies')).toBe('2 bodies');
    expect(counted(1, 'body', 'bodies')).toBe('1 body');
  });

  it('writes large counts as the locale does', () => {
    expect(counted(12_000, 'row')).toBe(`${(12_000).toLocaleString()} rows`);
  });
});
