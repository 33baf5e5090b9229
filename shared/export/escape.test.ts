import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeInline, wikiLabel } from './escape';

/** The escapes without their fast paths: what they must always give. */
const slowInline = (text: string) =>
  text
    .replace(/[\\`*_[\]<>$]/g, '\\$&')
    .replace(/==/g, '\\=\\=')
    .replace(/~~/g, '\\~\\~')
    .replace(/%%/g, '\\%\\%')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
const slowLabel = (text: string) => text.replace(/[[\]|\n]/g, ' ').replace(/\s+/g, ' ').trim();

/** Strings rich in the characters that matter, and any other text. */
const tricky = fc.oneof(
  fc.string(),
  fc.array(fc.constantFrom('a', 'Z', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', '[', ']', '|', '\\', '`', '*', '_', '<', '>', '$', '=', '~', '%', '&', '#', ';', 'amp', '1'), { maxLength: 30 }).map((parts) => parts.join('')),
);

describe('escape fast paths', () => {
  it('escapeInline gives what the full set of replacements gives', () => {
    fc.assert(fc.property(tricky, (text) => {
        expect(escapeInline(text)).toBe(slowInline(text));
      }), { numRuns: 3000 });
  });

  it('wikiLabel gives what the full set of replacements gives', () => {
    fc.assert(fc.property(tricky, (text) => {
        expect(wikiLabel(text)).toBe(slowLabel(text));
      }), { numRuns: 3000 });
  });

  it.each([
    ['Ada Vell', 'Ada Vell'],
    ['Ada  Vell ', 'Ada Vell'],
    ['[[x|y]]', 'x y'],
    ['a\u00a0b', 'a b'],
  ])('wikiLabel(%j) is %j', (input, label) => expect(wikiLabel(input)).toBe(label));
});
