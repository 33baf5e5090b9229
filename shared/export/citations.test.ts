import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fixtureNotebook } from '../../tests/fixtures/export/notebook';
import type { Article } from '../model';
import { citationKey, parseByline, toBibtex, toCsl, toCslJson } from './citations';

const [ferry, budget, untitled] = fixtureNotebook().articles as [Article, Article, Article];

describe('CSL-JSON', () => {
  it('describes a newspaper article the way Zotero imports it', () => {
    expect(toCsl(ferry)).toEqual({
      id: 'art-ferry',
      type: 'article-newspaper',
      title: 'Harbour council keeps night ferry: “we will not sell”',
      'container-title': 'Alder Gazette',
      author: [{ family: 'Fell', given: 'Nora' }],
      issued: { 'date-parts': [[2026, 3, 10]] },
      accessed: { 'date-parts': [[2026, 3, 12]] },
      URL: 'https://gazette.example/harbour/night-ferry',
      language: 'en',
      keyword: 'transport, harbour',
    });
    expect(toCsl(untitled).type).toBe('article');
  });

  it('is a JSON array whatever the titles hold', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ title: fc.string({ unit: 'binary', maxLength: 60 }), byline: fc.option(fc.string({ unit: 'binary', maxLength: 40 }), { nil: null }) }), { maxLength: 8 }), (rows) => {
        const articles = rows.map((r, i) => ({ ...ferry, id: `a${i}`, ...r }));
        const parsed = JSON.parse(toCslJson(articles)) as { id: string; title: string }[];
        expect(parsed.map((p) => p.id)).toEqual(articles.map((a) => a.id));
      }),
      { numRuns: 30 },
    );
  });
});

describe('bylines', () => {
  it.each([
    ['By Nora Fell', [{ family: 'Fell', given: 'Nora' }]],
    ['Nora Fell and Ari van Lund', [{ family: 'Fell', given: 'Nora' }, { family: 'Lund', given: 'Ari van' }]],
    ['REUTERS', [{ literal: 'REUTERS' }]],
    ['Staff', [{ literal: 'Staff' }]],
    ['', []],
  ])('%j', (byline, names) => {
    expect(parseByline(byline)).toEqual(names);
  });
});

describe('BibTeX', () => {
  // The same article twice: the second gets the next key.
  const trickyEntry = (key: string) => [
    `@article{${key},`,
    '  entrysubtype = {newspaper},',
    '  title = {{Costs: 50\\% \\& \\{braces\\} \\#1\\_a {\\textasciitilde} {\\textasciicircum}}},',
    '  author = {Ruiz, Ana},',
    '  journaltitle = {Velmora Courier},',
    '  date = {2026-02-01},',
    '  url = {https://courier.example/velmora/budget},',
    '  urldate = {2026-03-12},',
    '  langid = {en}',
    '}',
  ];

  it('writes newspaper articles with escaped fields and unique keys', () => {
    const tricky: Article = { ...budget, id: 'x', title: 'Costs: 50% & {braces} #1_a ~ ^', byline: 'Ana Ruiz', publishedAt: '2026-02-01T00:00:00Z' };
    const twin: Article = { ...tricky, id: 'y' };
    expect(toBibtex([ferry, tricky, twin])).toBe(
      [
        '@article{fell2026,',
        '  entrysubtype = {newspaper},',
        '  title = {{Harbour council keeps night ferry: “we will not sell”}},',
        '  author = {Fell, Nora},',
        '  journaltitle = {Alder Gazette},',
        '  date = {2026-03-10},',
        '  url = {https://gazette.example/harbour/night-ferry},',
        '  urldate = {2026-03-12},',
        '  langid = {en},',
        '  keywords = {transport, harbour}',
        '}',
        '',
        ...trickyEntry('ruiz2026'),
        '',
        ...trickyEntry('ruiz2026a'),
        '',
      ].join('\n'),
    );
  });

  it('braces always balance and keys are ASCII, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.option(fc.string({ unit: 'binary' }), { nil: null }), (title, byline) => {
        const bib = toBibtex([{ ...ferry, title, byline }]);
        let depth = 0;
        for (let i = 0; i < bib.length; i++) {
          if (bib[i] === '\\') {
            i++;
            continue;
          }
          if (bib[i] === '{') depth++;
          if (bib[i] === '}') depth--;
          expect(depth).toBeGreaterThanOrEqual(0);
        }
        expect(depth).toBe(0);
        expect(citationKey({ ...ferry, title, byline })).toMatch(/^[a-z0-9]+$/);
      }),
    );
  });
});
