import { describe, expect, it } from 'vitest';
import { escapeRegExp } from './regexp';

describe('escapeRegExp', () => {
  it.each(['Mr. Roe', 'St. Ives (Cornwall)', 'a+b*c?', '[x]{2}|^$\\', 'Ó Súilleabháin'])('%s matches itself and only itself', (text) => {
    const re = new RegExp(`^${escapeRegExp(text)}$`, 'u');
    expect(re.test(text)).toBe(true);
    expect(re.test(`${text}x`)).toBe(false);
  });
});
