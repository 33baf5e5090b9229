import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePlainTextClip } from './plaintext';

const ROOT = resolve(__dirname, '../..');
const CLIPS = join(ROOT, 'tests/fixtures/clips');
const SEED = resolve(ROOT, '../shared/corpus/seed');
const read = (name: string) => readFileSync(join(CLIPS, name), 'utf8');

describe('parsePlainTextClip on clips we wrote', () => {
  it('splits headline, dateline, body, caption, furniture and a glued wire credit', () => {
    const input = read('harbour-ferry.txt');
    const clip = parsePlainTextClip(input);
    expect(clip.title).toBe("Ferry operators in Port Alder agree to restore night crossings after fare dispute");
    expect(clip.dateline).toBe('PORT ALDER');
    expect(clip.credit).toBe('ALDER WIRE');
    expect(clip.captions.map((c) => c.text)).toEqual(['Harbour Master Ines Calloway said the night service "will run again from Monday".']);
    expect(clip.furniture.map((f) => f.text)).toEqual([
      "Sign up now: Get the Alder Courier's morning newsletter in your inbox",
      'PHOTO: ALDER COURIER',
      'Follow topic:',
      'Read more: Council votes to review harbour fees',
    ]);
    expect(clip.paragraphs[0]!.text.startsWith('The three companies')).toBe(true);
    expect(clip.paragraphs.at(-1)!.text).toBe('"We listened, and we moved," Mr Oduya said.');
    expect(clip.paragraphs).toHaveLength(6);
  });

  it('takes the author line before the text as the byline', () => {
    const clip = parsePlainTextClip('Tolls rise on the Ostrand bridge\nBy Nora Fell and Ari van Lund | Alder Gazette\n\nTolls on the bridge rise by a crown from Monday, the council said.');
    expect(clip.byline).toBe('Nora Fell and Ari van Lund');
    expect(clip.paragraphs.map((p) => p.text)).toEqual(['Tolls on the bridge rise by a crown from Monday, the council said.']);
    expect(parsePlainTextClip('Tolls rise\nTolls on the bridge rise by a crown from Monday, the council said.').byline).toBeNull();
  });

  it('keeps the paragraph after a lone photo credit in the text unless it reads like a caption', () => {
    const story = [
      'Harbour council keeps the night ferry',
      'The council voted on Tuesday to keep the night ferry running until the spring review.',
      'Sign up for our newsletter',
      'Photo: Alder Gazette',
      'The union welcomed the vote. "Our crews have kept this route alive for thirty years," its secretary Piet Olden told reporters.',
    ].join('\n');
    const clip = parsePlainTextClip(story);
    expect(clip.paragraphs.map((p) => p.text.slice(0, 28))).toEqual(['The council voted on Tuesday', 'The union welcomed the vote.']);
    expect(clip.captions).toEqual([]);
    // A short descriptive line after the credit is still the photo's caption.
    const captioned = parsePlainTextClip(story.replace(/The union welcomed[^\n]*/, 'Ferry crews at the Ostrand pier on Tuesday morning.\nThe union welcomed the vote, its secretary said on Tuesday evening.'));
    expect(captioned.captions.map((c) => c.text)).toEqual(['Ferry crews at the Ostrand pier on Tuesday morning.']);
  });

  it('gives every piece offsets into the input exactly as pasted', () => {
    const input = read('harbour-ferry.txt');
    const clip = parsePlainTextClip(input);
    for (const span of [...clip.paragraphs, ...clip.captions, ...clip.furniture, clip.titleSpan!]) {
      expect(input.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it('keeps offsets right with CRLF line ends, a BOM and blank lines', () => {
    const input = '\uFEFF' + read('harbour-ferry.txt').replace(/\n/g, '\r\n\r\n');
    const clip = parsePlainTextClip(input);
    expect(clip.dateline).toBe('PORT ALDER');
    for (const p of clip.paragraphs) expect(input.slice(p.start, p.end)).toBe(p.text);
  });

  it('takes a caption that carries its own credit and a credit on its own last line', () => {
    const clip = parsePlainTextClip(read('market-fire.txt'));
    expect(clip.captions.map((c) => c.text)).toHaveLength(1);
    expect(clip.captions[0]!.text).toMatch(/^Stallholders watch/);
    expect(clip.credit).toBe('Reuters');
    expect(clip.furniture.map((f) => f.text)).toEqual(['Share this article', 'Advertisement', '- Reuters']);
    expect(clip.dateline).toBeNull();
    expect(clip.paragraphs).toHaveLength(4);
  });

  it('leaves an article without furniture alone (Markdown headline marks stripped)', () => {
    const clip = parsePlainTextClip(read('no-dateline.txt'));
    expect(clip.title).toBe('Why the Linden Valley orchards bloomed a month early');
    expect(clip.dateline).toBeNull();
    expect(clip.credit).toBeNull();
    expect(clip.furniture).toEqual([]);
    expect(clip.captions).toEqual([]);
    expect(clip.paragraphs).toHaveLength(3);
  });

  it('does not take an ordinary opening sentence or acronym for a dateline or credit', () => {
    const clip = parsePlainTextClip('Title\nThe mayor said: the bridge opens in May and stays open all year.\nShe spoke to the BBC.\nIt will cost less than planned, she told the UN.');
    expect(clip.dateline).toBeNull();
    expect(clip.paragraphs[0]!.text).toMatch(/^The mayor said/);
    expect(clip.credit).toBeNull();
  });

  it('returns an empty clip for empty input and never throws on any text', () => {
    expect(parsePlainTextClip('').title).toBe('');
    expect(parsePlainTextClip('  \n\n').paragraphs).toEqual([]);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => {
        const clip = parsePlainTextClip(s);
        for (const p of [...clip.paragraphs, ...clip.captions, ...clip.furniture]) expect(s.slice(p.start, p.end)).toBe(p.text);
      }),
      { numRuns: 300 },
    );
  });
});

describe.skipIf(!existsSync(SEED))('parsePlainTextClip on the labelled seed clip (skipped: ../shared/corpus absent)', () => {
  it('matches every label: title, dateline, credit, furniture, caption', () => {
    const name = '000_bfa12665d6f3c7e0';
    const input = readFileSync(join(SEED, `${name}.txt`), 'utf8');
    const labels = JSON.parse(readFileSync(join(SEED, `${name}.labels.json`), 'utf8')) as {
      title: string; dateline: string; credit: string; furniture: string[]; caption: string;
    };
    const clip = parsePlainTextClip(input);
    expect(clip.title).toBe(labels.title);
    expect(clip.dateline).toBe(labels.dateline);
    expect(clip.credit).toBe(labels.credit);
    expect(clip.furniture.map((f) => f.text)).toEqual(labels.furniture);
    expect(clip.captions.map((c) => c.text)).toEqual([labels.caption]);
    const bodyText = clip.paragraphs.map((p) => p.text).join('\n');
    for (const f of labels.furniture) expect(bodyText).not.toContain(f);
    expect(bodyText).not.toContain(labels.caption);
    expect(bodyText).not.toMatch(new RegExp(`${labels.credit}\\s*$`));
    expect(clip.paragraphs[0]!.text.startsWith(labels.dateline)).toBe(false);
  });
});

describe('parsePlainTextClip: the lines between headline and first paragraph', () => {
  it('takes short unpunctuated lines before the prose for furniture, but keeps a caption beside its credit', () => {
    const clip = parsePlainTextClip(
      'River wall to rise\nThe county says it cannot pay this year\nAda Pell\nWorkers on the river wall at Vell on Monday\nPHOTO: VELL HERALD\nThe committee in Vell agreed on Monday that the river wall must be raised by a metre.\nShort line without a stop\nIt will cost 2 million.',
    );
    expect(clip.furniture.map((f) => f.text)).toEqual(['The county says it cannot pay this year', 'Ada Pell', 'PHOTO: VELL HERALD']);
    expect(clip.captions.map((c) => c.text)).toEqual(['Workers on the river wall at Vell on Monday']);
    // After the first paragraph, short lines are article text (a subheading, a list item).
    expect(clip.paragraphs.map((p) => p.text)).toEqual(['The committee in Vell agreed on Monday that the river wall must be raised by a metre.', 'Short line without a stop', 'It will cost 2 million.']);
  });

  it('does not take the paragraph before a "(Reporting by …)" credit for a caption', () => {
    const clip = parsePlainTextClip('Title\nThe committee met on Monday and agreed to raise the wall.\nIt will cost two million.\n(Reporting by Ada Pell; Editing by Rui Sato)');
    expect(clip.captions).toEqual([]);
    expect(clip.paragraphs).toHaveLength(2);
    expect(clip.furniture.map((f) => f.text)).toEqual(['(Reporting by Ada Pell; Editing by Rui Sato)']);
  });
});
