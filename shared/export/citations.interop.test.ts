/**
 * The citations read back by an independent implementation: citation-js, whose BibTeX/BibLaTeX and
 * CSL parsers are what many reference tools use. Zotero itself cannot run here; this checks that
 * what Dossier writes is read as the same item (title, authors, publication, dates, address) by a
 * parser that is not Dossier's own.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { fixtureNotebook } from '../../tests/fixtures/export/notebook';
import type { Article } from '../model';
import { toBibtex, toCsl, toCslJson } from './citations';

interface ParsedItem {
  title?: string;
  author?: { given?: string; family?: string; literal?: string }[];
  'container-title'?: string;
  issued?: { 'date-parts': number[][] };
  accessed?: { 'date-parts': number[][] };
  URL?: string;
  language?: string;
}

const parse = (input: unknown): ParsedItem[] => new Cite(input).data as ParsedItem[];

/** The fields both formats carry, in CSL terms. */
function essentials(item: ParsedItem) {
  return {
    title: item.title,
    author: (item.author ?? []).map((n) => (n.literal ? { literal: n.literal } : { family: n.family, given: n.given })),
    container: item['container-title'],
    issued: item.issued?.['date-parts'][0],
    // BibLaTeX's urldate is the date an address was visited: written only with a URL.
    accessed: item.URL ? item.accessed?.['date-parts'][0] : undefined,
    URL: item.URL,
    language: item.language,
  };
}

const articles = fixtureNotebook().articles;

describe('citations read by citation-js', () => {
  it('BibLaTeX parses to the same items as Dossier’s CSL-JSON', () => {
    const fromBib = parse(toBibtex(articles)).map(essentials);
    const expected = articles.map((a) => essentials(toCsl(a) as ParsedItem));
    expect(fromBib).toEqual(expected);
    // The publication survives (an @online entry would lose it).
    expect(fromBib[0]!.container).toBe('Alder Gazette');
  });

  it('CSL-JSON is accepted as it is and cited with its title, publication and address', () => {
    const cite = new Cite(JSON.parse(toCslJson(articles)));
    expect((cite.data as ParsedItem[]).map(essentials)).toEqual(articles.map((a) => essentials(toCsl(a) as ParsedItem)));
    const text = cite.format('bibliography', { format: 'text', template: 'apa' }) as string;
    expect(text).toContain('Harbour council keeps night ferry');
    expect(text).toContain('Alder Gazette');
    expect(text).toContain('https://gazette.example/harbour/night-ferry');
  });

  it('titles and names with TeX specials come back unchanged', () => {
    const base = articles[0]!;
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z0-9 &%$#_{}~^:;,.!?'"()\\`éüß“”—«»-]{1,40}$/).filter((t) => /[A-Za-z0-9]/.test(t) && t.trim() === t && !/\s\s/.test(t)),
        fc.constantFrom('Nora Fell', 'Ana Ruiz', 'Ari van Lund'),
        (title, byline) => {
          const article: Article = { ...base, title, byline };
          const [item] = parse(toBibtex([article]));
          expect(item!.title).toBe(title);
          expect(essentials(item!).author).toEqual(essentials(toCsl(article) as ParsedItem).author);
        },
      ),
      { numRuns: 100 },
    );
  });
});
