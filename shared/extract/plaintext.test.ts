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
    // The names as a page's byline gives them, joined by commas.
    expect(clip.byline).toBe('Nora Fell, Ari van Lund');
    // Not the agency or the role after them, and in the case of a name when set in capitals.
    expect(parsePlainTextClip('Tolls rise\nBy NORA FELL, Reuters\n\nTolls on the bridge rise by a crown from Monday, the council said.').byline).toBe('Nora Fell');
    expect(parsePlainTextClip('Tolls rise\nBy Claire Vautrin, Paris correspondent\n\nTolls on the bridge rise by a crown from Monday, the council said.').byline).toBe('Claire Vautrin');
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

  it('a credit after a caption its label opened closes that caption: the lead paragraph after it stays in the text', () => {
    const story = [
      'Teachers in Alder vote to strike over pay',
      'Image caption,',
      'Teachers marched in Ostrand last month',
      'Getty Images',
      'Teachers in Alder have voted to strike over pay, the teachers\' union has announced.',
      'Of the members who voted, 88% backed action.',
    ].join('\n');
    const clip = parsePlainTextClip(story);
    expect(clip.captions.map((c) => c.text)).toEqual(['Teachers marched in Ostrand last month']);
    expect(clip.paragraphs.map((p) => p.text.slice(0, 28))).toEqual(['Teachers in Alder have voted', 'Of the members who voted, 88']);
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

  it('takes a caption that ends with its credit in the Guardian’s form ("… Mill Road. Photograph: Ian Cole/The Courier"), and keeps the paragraph before it', () => {
    const text = 'Council approves new cycle lanes\n\nThe city council has approved plans for 12 miles of new cycle lanes, despite 600 objections.\n\nCyclists on Mill Road. Photograph: Ian Cole/The Courier\n\nCouncillor Priya Das said the scheme would make streets safer.\n';
    const clip = parsePlainTextClip(text);
    expect(clip.captions.map((c) => c.text)).toEqual(['Cyclists on Mill Road. Photograph: Ian Cole/The Courier']);
    expect(clip.paragraphs.map((p) => p.text)).toEqual(['The city council has approved plans for 12 miles of new cycle lanes, despite 600 objections.', 'Councillor Priya Das said the scheme would make streets safer.']);
    // A sentence that only mentions a photograph is article text.
    const prose = parsePlainTextClip('Head\n\nThe museum bought the print. Photograph: the only one of its kind, it cost a fortune.\n');
    expect(prose.captions).toEqual([]);
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
        for (const p of [...clip.paragraphs, ...clip.captions, ...clip.furniture, ...(clip.deck ? [clip.deck] : [])]) expect(s.slice(p.start, p.end)).toBe(p.text);
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
    // Every line between its headline and first paragraph is labelled furniture or caption: no deck.
    expect(clip.deck).toBeNull();
    const bodyText = clip.paragraphs.map((p) => p.text).join('\n');
    for (const f of labels.furniture) expect(bodyText).not.toContain(f);
    expect(bodyText).not.toContain(labels.caption);
    expect(bodyText).not.toMatch(new RegExp(`${labels.credit}\\s*$`));
    expect(clip.paragraphs[0]!.text.startsWith(labels.dateline)).toBe(false);
  });
});

describe('parsePlainTextClip: the lines between headline and first paragraph', () => {
  it('keeps the deck apart, takes the other short unpunctuated lines before the prose for furniture, and keeps a caption beside its credit', () => {
    const clip = parsePlainTextClip(
      'River wall to rise\nThe county says it cannot pay this year\nAda Pell\nWorkers on the river wall at Vell on Monday\nPHOTO: VELL HERALD\nThe committee in Vell agreed on Monday that the river wall must be raised by a metre.\nShort line without a stop\nIt will cost 2 million.',
    );
    expect(clip.deck?.text).toBe('The county says it cannot pay this year');
    expect(clip.furniture.map((f) => f.text)).toEqual(['Ada Pell', 'PHOTO: VELL HERALD']);
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

  it('takes a photo credit in brackets on its own line for furniture, and the paragraph before it stays the story\'s', () => {
    const clip = parsePlainTextClip('Title\nThe committee met on Monday and agreed to raise the wall.\nAnn Roe, 67, from Vell, was told in August that the wall would be raised, but nothing was done until October.\n(Photo: Ann Roe / Family handout)\nIt will cost two million.');
    expect(clip.captions).toEqual([]);
    expect(clip.paragraphs.map((p) => p.text.slice(0, 12))).toEqual(['The committe', 'Ann Roe, 67,', 'It will cost']);
    expect(clip.furniture.map((f) => [f.kind, f.text])).toEqual([['credit', '(Photo: Ann Roe / Family handout)']]);
  });

  it('takes the pitch under a newsletter prompt ("Get the news you need to start your day") for the prompt\'s', () => {
    const clip = parsePlainTextClip('Title\nThe committee met on Monday and agreed to raise the wall.\nSign up for our morning briefing\nGet the news you need to start your day\nIt will cost two million.\nYou can see the plans at the town hall.');
    expect(clip.paragraphs.map((p) => p.text)).toEqual(['The committee met on Monday and agreed to raise the wall.', 'It will cost two million.', 'You can see the plans at the town hall.']);
    expect(clip.furniture.map((f) => f.kind)).toEqual(['prompt', 'prompt']);
  });
});

/** A clip from its lines: headline first, joined as a paste would be. */
const paste = (...ls: string[]) => ls.join('\n');
const FIRST = 'The transport ministry will halve the freight levy from July, officials in Ostrand said on Thursday.';
const SECOND = 'Hauliers had asked for the cut since the spring, when diesel prices rose by a fifth.';
/** Lines of page furniture only, in the order a page shows them under a headline. */
const ONLY_FURNITURE = [
  'Follow topic: Trade',
  'Listen to this article',
  '4 min read',
  'Share',
  'PHOTO: AFP',
  'Advertisement',
  'Business',
  'Nora Fell and Ari van Lund in Brussels',
  'Nora Fell, our health and science correspondent',
  'Thu 12 Mar 2026 14.05 GMT',
  'This article is more than 2 years old',
];

interface LeadInCase {
  name: string;
  input: string;
  deck: string | null;
  furniture: string[];
  captions?: string[];
  paragraphs: string[];
  byline?: string | null;
}

const leadIns: LeadInCase[] = [
  {
    name: 'a deck without a full stop right under the headline, before the byline and date',
    input: paste('Freight levy to be halved', 'Ministers split over how fast to cut the levy as hauliers warn of closures', 'By Nora Fell', 'Updated 12 March 2026, 14:05 GMT', FIRST, SECOND),
    deck: 'Ministers split over how fast to cut the levy as hauliers warn of closures',
    furniture: ['By Nora Fell', 'Updated 12 March 2026, 14:05 GMT'],
    paragraphs: [FIRST, SECOND],
    byline: 'Nora Fell',
  },
  {
    name: 'a deck after the byline and the date',
    input: paste('Freight levy to be halved', 'By Nora Fell', '12 March 2026', 'Hauliers say the cut comes too late for the smallest firms', FIRST),
    deck: 'Hauliers say the cut comes too late for the smallest firms',
    furniture: ['By Nora Fell', '12 March 2026'],
    paragraphs: [FIRST],
    byline: 'Nora Fell',
  },
  {
    name: 'the writer’s name over the outlet and the place they file from ("BBC News, Orkney"), between share prompts and a picture credit',
    input: paste('Ferry firm fined over deckhand death', 'Published', '3 hours ago', 'Share', 'Save', 'Ellen Marsh', 'BBC News, Orkney', FIRST),
    deck: null,
    furniture: ['Published', '3 hours ago', 'Share', 'Save', 'Ellen Marsh', 'BBC News, Orkney'],
    paragraphs: [FIRST],
    byline: 'Ellen Marsh',
  },
  {
    name: 'the writer’s name over the outlet alone ("BBC Scotland News"), after "2 hours ago" and share prompts',
    input: paste('Ferry firm fined over deckhand death', '2 hours ago', 'Share', 'Save', 'Ellen Marsh', 'BBC Scotland News', FIRST),
    deck: null,
    furniture: ['2 hours ago', 'Share', 'Save', 'Ellen Marsh', 'BBC Scotland News'],
    paragraphs: [FIRST],
    byline: 'Ellen Marsh',
  },
  {
    name: 'a deck that asks a question',
    input: paste('The night ferry', 'Can the night ferry pay its way without the council’s subsidy?', FIRST),
    deck: 'Can the night ferry pay its way without the council’s subsidy?',
    furniture: [],
    paragraphs: [FIRST],
  },
  {
    name: 'a deck of two sentences with full stops, told from a first paragraph by the byline under it',
    input: paste('Who pays for the quay', 'The council wants the harbour board to pay half. The board says it cannot.', 'By Ari Lund', 'Published 3 hours ago', FIRST),
    deck: 'The council wants the harbour board to pay half. The board says it cannot.',
    furniture: ['By Ari Lund', 'Published 3 hours ago'],
    paragraphs: [FIRST],
    byline: 'Ari Lund',
  },
  {
    name: 'a deck in Title Case',
    input: paste('The quay', 'How the Harbour Board Lost Its Grip on the Quay', FIRST),
    deck: 'How the Harbour Board Lost Its Grip on the Quay',
    furniture: [],
    paragraphs: [FIRST],
  },
  {
    name: 'a deck among section labels, prompts, a caption and its photo credit',
    input: paste(
      'Freight levy cut',
      'World',
      'Business | Markets',
      'Follow topic: Trade',
      'Listen to this article',
      '3 min read',
      'Smaller firms say the relief comes too late to save them',
      'Share',
      'Advertisement',
      'A lorry queue at the Kessel border crossing',
      'Photograph: Jane Roe/Reuters',
      FIRST,
    ),
    deck: 'Smaller firms say the relief comes too late to save them',
    furniture: ['World', 'Business | Markets', 'Follow topic: Trade', 'Listen to this article', '3 min read', 'Share', 'Advertisement', 'Photograph: Jane Roe/Reuters'],
    captions: ['A lorry queue at the Kessel border crossing'],
    paragraphs: [FIRST],
  },
  {
    name: 'only furniture between headline and text: no deck',
    input: paste('Freight levy cut', ...ONLY_FURNITURE, FIRST),
    deck: null,
    furniture: ONLY_FURNITURE,
    paragraphs: [FIRST],
  },
  {
    name: 'a first paragraph with a full stop and nothing under it is no deck',
    input: paste('Freight levy cut', 'The council met on Monday to agree the plan.', SECOND),
    deck: null,
    furniture: [],
    paragraphs: ['The council met on Monday to agree the plan.', SECOND],
  },
  {
    name: 'a second line that reads like a clause stays a paragraph (no text is lost)',
    input: paste('Freight levy cut', 'Ministers split over how fast to cut the levy', 'Drivers at the Kessel depot expect the first savings in August', FIRST),
    deck: 'Ministers split over how fast to cut the levy',
    furniture: [],
    paragraphs: ['Drivers at the Kessel depot expect the first savings in August', FIRST],
  },
  {
    name: 'a first paragraph cut short by the copy but opening with a dateline is prose',
    input: paste('Freight levy cut', 'OSTRAND – The transport ministry will halve the freight levy from July as hauliers', SECOND),
    deck: null,
    furniture: [],
    paragraphs: ['The transport ministry will halve the freight levy from July as hauliers', SECOND],
  },
  {
    name: 'an unpunctuated line longer than any deck is prose',
    input: paste('Freight levy cut', `${'The ministry and the hauliers met for a long day of talks '.repeat(4)}and agreed nothing`, SECOND),
    deck: null,
    furniture: [],
    paragraphs: [`${'The ministry and the hauliers met for a long day of talks '.repeat(4)}and agreed nothing`, SECOND],
  },
  {
    name: 'a deck with an abbreviation in it is still one sentence',
    input: paste('Freight levy cut', 'Mr. Tenn says the cut comes too late for firms on the Kessel road', FIRST),
    deck: 'Mr. Tenn says the cut comes too late for firms on the Kessel road',
    furniture: [],
    paragraphs: [FIRST],
  },
  {
    name: 'a first paragraph of several sentences whose last lost its full stop is prose',
    input: paste('Freight levy cut', 'The ministry met the hauliers on Monday. Both sides said the talks went well', SECOND),
    deck: null,
    furniture: [],
    paragraphs: ['The ministry met the hauliers on Monday. Both sides said the talks went well', SECOND],
  },
  {
    name: 'a paragraph ending in an emoji after its full stop is prose',
    input: paste('Our trip to the quay', 'We took the night ferry to Skerrow and loved every minute of it! 🙂', SECOND),
    deck: null,
    furniture: [],
    paragraphs: ['We took the night ferry to Skerrow and loved every minute of it! 🙂', SECOND],
  },
  {
    name: 'a kicker in capitals and a disclosure with hashtags are no deck',
    input: paste('Our trip to the quay', 'WHAT THE FERRY TAUGHT US', 'This trip was paid for by the Skerrow tourist board #ad #skerrow', SECOND),
    deck: null,
    furniture: ['WHAT THE FERRY TAUGHT US'],
    paragraphs: ['This trip was paid for by the Skerrow tourist board #ad #skerrow', SECOND],
  },
  {
    name: 'a one-line body is the article, even when it reads like a deck',
    input: paste('Freight levy cut', 'Ministers split over how fast to cut the levy as hauliers warn of closures'),
    deck: null,
    furniture: [],
    paragraphs: ['Ministers split over how fast to cut the levy as hauliers warn of closures'],
  },
  {
    name: 'a one-line body with a full stop',
    input: paste('Freight levy cut', FIRST),
    deck: null,
    furniture: [],
    paragraphs: [FIRST],
  },
  {
    name: 'CRLF line ends and blank lines',
    input: ['Freight levy to be halved', '', 'Ministers split over how fast to cut the levy as hauliers warn of closures', '', 'By Nora Fell', '', FIRST, ''].join('\r\n'),
    deck: 'Ministers split over how fast to cut the levy as hauliers warn of closures',
    furniture: ['By Nora Fell'],
    paragraphs: [FIRST],
    byline: 'Nora Fell',
  },
];

describe('parsePlainTextClip: the deck under the headline', () => {
  it.each(leadIns)('$name', ({ input, deck, furniture, captions, paragraphs, byline }) => {
    const clip = parsePlainTextClip(input);
    expect({
      deck: clip.deck?.text ?? null,
      furniture: clip.furniture.map((f) => f.text),
      captions: clip.captions.map((c) => c.text),
      paragraphs: clip.paragraphs.map((p) => p.text),
    }).toEqual({ deck, furniture, captions: captions ?? [], paragraphs });
    if (byline !== undefined) expect(clip.byline).toBe(byline);
    // Offsets index the input as given, and every line but the headline lands in exactly one place.
    const spans = [...clip.paragraphs, ...clip.captions, ...clip.furniture, ...(clip.deck ? [clip.deck] : [])];
    for (const s of spans) expect(input.slice(s.start, s.end)).toBe(s.text);
    expect(spans.length).toBe(input.split(/\r?\n/).filter((l) => l.trim()).length - 1);
  });
});

describe('parsePlainTextClip: sentences that open like furniture', () => {
  it('"Published accounts show …" and "Reporting by Eva Lind, the paper found …" are article text; "Published", "Published on Thursday" and a staff credit are not', () => {
    const clip = parsePlainTextClip('Mill closes\nPublished on Thursday\nBy Friday, the mill had closed.\nPublished accounts show it lost money.\nReporting by Eva Lind, the paper found the memo.\n(Reporting by Eva Lind; Editing by Tom Hart)');
    expect(clip.paragraphs.map((p) => p.text)).toEqual(['By Friday, the mill had closed.', 'Published accounts show it lost money.', 'Reporting by Eva Lind, the paper found the memo.']);
    expect(clip.furniture.map((f) => [f.kind, f.text])).toEqual([
      ['timestamp', 'Published on Thursday'],
      ['credit', '(Reporting by Eva Lind; Editing by Tom Hart)'],
    ]);
  });
});

describe('a byline run together with the writer\'s job over the date', () => {
  it('"Sevrin Caddell Scotland editor" over "Thu 4 Dec 2026 14.20 GMT" gives the byline "Sevrin Caddell"', () => {
    const clip = parsePlainTextClip('Ferry firm fined\nOperator admits safety failings after cabin blaze\n\nSevrin Caddell Scotland editor\nThu 4 Dec 2026 14.20 GMT\nShare\n\nA ferry operator has been fined £2m after a fire on an overnight sailing from Aberdeen to Lerwick, the court heard.');
    expect(clip.byline).toBe('Sevrin Caddell');
  });
});
