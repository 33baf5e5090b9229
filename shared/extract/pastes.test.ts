/**
 * The plain-text clip path on invented pastes in different styles (tests/fixtures/clips/pastes):
 * each `.txt` is what a user might copy out of a page, with a `.expected.json` beside it saying
 * what the parser must return: headline, author, date, dateline, credit, deck, paragraphs, captions and furniture.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlainTextClip } from './plaintext';

const DIR = resolve(__dirname, '../../tests/fixtures/clips/pastes');

interface Expected {
  style: string;
  title: string;
  byline: string | null;
  /** YYYY-MM-DD. */
  published: string | null;
  dateline: string | null;
  credit: string | null;
  /** The deck (standfirst) under the headline, kept apart from the paragraphs. */
  deck: string | null;
  paragraphs: string[];
  captions: string[];
  furniture: string[];
}

const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => {
    const name = file.replace(/\.txt$/, '');
    return { name, input: readFileSync(join(DIR, file), 'utf8'), expected: JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as Expected };
  });

describe('parsePlainTextClip on pastes of different styles', () => {
  it('has the pastes', () => expect(cases.length).toBeGreaterThanOrEqual(4));

  describe.each(cases)('$name', ({ input, expected }) => {
    const clip = parsePlainTextClip(input);

    it('splits headline, author, date, dateline, credit, deck, paragraphs, captions and furniture', () => {
      expect({
        title: clip.title,
        byline: clip.byline,
        published: clip.published,
        dateline: clip.dateline,
        credit: clip.credit,
        deck: clip.deck?.text ?? null,
        paragraphs: clip.paragraphs.map((p) => p.text),
        captions: clip.captions.map((c) => c.text),
        furniture: clip.furniture.map((f) => f.text),
      }).toEqual({
        title: expected.title,
        byline: expected.byline,
        published: expected.published,
        dateline: expected.dateline,
        credit: expected.credit,
        deck: expected.deck,
        paragraphs: expected.paragraphs,
        captions: expected.captions,
        furniture: expected.furniture,
      });
    });

    it('gives offsets into the paste exactly as given', () => {
      for (const span of [...clip.paragraphs, ...clip.captions, ...clip.furniture, clip.titleSpan!, ...(clip.deck ? [clip.deck] : [])]) expect(input.slice(span.start, span.end)).toBe(span.text);
    });
  });
});
