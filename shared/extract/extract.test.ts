import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { extractArticle, readingMinutes } from './extract';
import { wordCount } from './furniture';

const FIXTURES = resolve(__dirname, '../../tests/fixtures/extract');
const page = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

const parsers: Array<[string, (html: string) => Document]> = [
  ['linkedom', (html) => parseHTML(html).document as unknown as Document],
  ['jsdom', (html) => new JSDOM(html).window.document],
];

describe.each(parsers)('extractArticle on a news page we wrote (%s)', (_name, parse) => {
  const url = 'https://courier.alder.example/news/2025/03/harbour-board-freezes-fares?utm_source=x';
  const article = extractArticle(parse(page('harbour-board.html')), { url })!;

  it('reads the metadata the page declares', () => {
    expect(article.title).toBe('Harbour board freezes ferry fares for islanders');
    expect(article.byline).toBe('Marta Quillon, Oskar Veldt');
    expect(article.siteName).toBe('The Alder Courier');
    expect(article.publishedAt).toBe('2025-03-11T17:40:00.000Z');
    expect(article.canonicalUrl).toBe('https://courier.alder.example/news/2025/03/harbour-board-freezes-fares');
    expect(article.url).toBe(url);
    expect(article.lang).toBe('en-GB');
    expect(article.leadImage).toBe('https://courier.alder.example/images/quay-dawn.jpg');
    expect(article.excerpt).toBe("Fares on the three island routes stay at last year's level.");
  });

  it('keeps every paragraph of the article, in order', () => {
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs[0]).toMatch(/^The Alder harbour board voted on Tuesday evening/);
    expect(paragraphs.at(-1)).toBe('The board will review fares again in September, when the port authority publishes its half-year accounts.');
    for (const phrase of ['410,000 crowns', '"We heard the islanders', 'The vote was five to two', 'Ferry operator Holm Line']) expect(article.text).toContain(phrase);
  });

  it('keeps an embedded post: a quotation is what users clip for', () => {
    expect(article.text).toContain('Five to two. Fares stay where they are.');
    expect(article.text).toContain('Skarra Residents Association');
  });

  it('drops the page furniture around and inside the article', () => {
    for (const furniture of [
      'Sign up now', 'Subscribe', 'Follow topic', 'Share', 'Copy link', 'Related stories', 'New ferry timetable', 'Holm Line contract extended',
      'Most read', 'Storm closes coastal road', 'All rights reserved', 'By Marta Quillon', 'Transport', 'PHOTO: ALDER COURIER', 'Ferries',
    ]) {
      expect(article.text, furniture).not.toContain(furniture);
    }
    // The headline is the title, not the first line of the body.
    expect(article.text.startsWith('Harbour board')).toBe(false);
    expect(article.html).not.toMatch(/<(script|form|button|input|nav|aside|footer)\b/i);
  });

  it('counts words and reading time from the clean text', () => {
    expect(article.wordCount).toBe(wordCount(article.text));
    expect(article.wordCount).toBeGreaterThan(150);
    expect(article.wordCount).toBeLessThan(260);
    expect(article.readingMinutes).toBe(1);
  });
});

describe('extractArticle on pages with captions and link runs (linkedom)', () => {
  const parse = (body: string) => parseHTML(`<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`).document as unknown as Document;
  const prose = (n: number) =>
    Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of the report says the committee in Vell met for a ${i + 2}nd time and agreed that the river wall must be raised before the autumn floods arrive again.</p>`).join('');

  it('takes a caption out of the body when Readability would turn its wrapper into a paragraph', () => {
    const a = extractArticle(parse(`<article><h1>River wall</h1>${prose(3)}<div class="image-embed"><div class="image-caption">Workers repair the river wall at Vell on Monday.</div></div>${prose(3)}</article>`))!;
    expect(a.text).not.toContain('Workers repair the river wall');
    expect(a.captions).toContain('Workers repair the river wall at Vell on Monday.');
  });

  it('drops a "More:" label and the list of links after it, wherever it sits', () => {
    const a = extractArticle(parse(`<article>${prose(3)}<h4>More:</h4><ul><li><h4><a href="/a">Flood defences delayed again</a></h4></li></ul><ul><li><h4><a href="/b">Mayor visits river wall</a></h4></li></ul>${prose(3)}</article>`))!;
    expect(a.text).not.toMatch(/More:|Flood defences delayed|Mayor visits/);
    expect(a.text.split('\n\n')).toHaveLength(6);
  });

  it('drops all-capitals link teasers inside the body but keeps ordinary linked sentences', () => {
    const a = extractArticle(
      parse(`<article>${prose(3)}<p><strong><a href="/x">RIVER TOWNS BRACE FOR A WET WINTER</a></strong></p><p>The <a href="https://gov.example/report">full report</a> is published online.</p>${prose(3)}</article>`),
    )!;
    expect(a.text).not.toContain('RIVER TOWNS BRACE');
    expect(a.text).toContain('The full report is published online.');
  });

  it('reads a plain page with no metadata: title from <h1>, no byline or date', () => {
    const a = extractArticle(parse(`<h1>Only a headline</h1>${prose(4)}`))!;
    expect(a.title).toBe('Only a headline');
    expect(a.text).not.toContain('Only a headline');
    expect(a.byline).toBeNull();
    expect(a.publishedAt).toBeNull();
    expect(a.readingMinutes).toBe(readingMinutes(a.wordCount));
  });

  it('gives null for a page with no text', () => {
    expect(extractArticle(parse('<div><img src="a.jpg"></div>'))).toBeNull();
  });
});

describe('extractArticle on hostile pages', () => {
  it('terminates on a form whose controls clobber its parentNode, remove and getAttribute (as Chromium does)', () => {
    const doc = new JSDOM(
      `<!doctype html><html><body><article><h1>Clobbered</h1><p>The Velmar harbour log records that the night ferry left the north quay on time and reached Ostrand before midnight with forty passengers.</p>
       <div><form id="f"><input name="parentNode"><input name="remove"><input name="getAttribute">123</form></div><p>The harbour master signed the log and noted calm water.</p></article></body></html>`,
    ).window.document;
    // jsdom does not implement a form's named properties; give this form the ones Chromium gives it.
    const form = doc.getElementById('f')!;
    const [parentNode, remove, getAttribute] = Array.from(form.querySelectorAll('input'));
    for (const [prop, control] of [['parentNode', parentNode], ['remove', remove], ['getAttribute', getAttribute]] as const) {
      const builtIn = () => Reflect.get(Object.getPrototypeOf(form) as object, prop, form) as unknown;
      Object.defineProperty(form, prop, { configurable: true, get: () => (control!.isConnected && control!.getAttribute('name') === prop ? control : builtIn()) });
    }
    // Before defusing, the walk up from the form never reaches the body.
    expect(form.parentNode).toBe(parentNode);
    const article = extractArticle(doc)!;
    expect(article.text).toContain('night ferry left the north quay');
    expect(article.text).toContain('noted calm water');
    expect(article.html).not.toMatch(/<form|<input/);
  });
});

describe('extractArticle: rules found by the template pages (linkedom)', () => {
  const parse = (body: string, head = '<title>T</title>') => parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
  const para = (i: number) => `<p>Paragraph ${i} of the report says the committee in Vell met again and agreed that the river wall must be raised by a metre before the autumn floods arrive.</p>`;
  const prose = (from: number, n: number) => Array.from({ length: n }, (_, i) => para(from + i)).join('');
  const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

  it('builds the body from JSON-LD articleBody when the page is an app shell', () => {
    const body = 'First paragraph &amp; more: the ferry to Ostrand left on time this morning, as it has every day for forty years.\n\n<p>Second paragraph: the skipper says he will keep the early crossing and the old fare for the rest of the season.</p>';
    const a = extractArticle(parse('<div id="root"><div class="skeleton">Loading…</div></div>', ld({ '@type': 'NewsArticle', headline: 'Ferry', articleBody: body })))!;
    expect(a.text.split('\n\n')).toEqual([
      'First paragraph & more: the ferry to Ostrand left on time this morning, as it has every day for forty years.',
      'Second paragraph: the skipper says he will keep the early crossing and the old fare for the rest of the season.',
    ]);
    // Markup inside articleBody is read as structure, never kept as literal text.
    expect(a.html).not.toContain('&lt;p');
  });

  it('keeps the markup body when JSON-LD articleBody adds little to it', () => {
    const a = extractArticle(parse(`<article><h1>River wall</h1>${prose(1, 5)}</article>`, ld({ '@type': 'NewsArticle', headline: 'River wall', articleBody: 'A shorter summary of the river wall story that the page also carries in full.' })))!;
    expect(a.text).toContain('Paragraph 5 of the report');
    expect(a.text).not.toContain('shorter summary');
  });

  it('removes a pull quote that repeats the article, attribution and all, but keeps a quotation that is not a repeat', () => {
    const a = extractArticle(
      parse(`<article>${prose(1, 3)}<blockquote><p>“We will raise the wall before the floods come back,” she said at the meeting.</p><cite>Ida Varn</cite></blockquote><p>Ida Varn, who chairs the committee, put it plainly. “We will raise the wall before the floods come back,” she said at the meeting.</p><blockquote><p>The river does not read our budget, and it does not wait for our committees either.</p></blockquote>${prose(4, 2)}</article>`),
    )!;
    expect(a.text.split('We will raise the wall').length - 1).toBe(1);
    expect(a.text).not.toMatch(/^Ida Varn$/m);
    expect(a.text).toContain('The river does not read our budget');
  });

  it('keeps who is quoted, printed in a <footer> or a <cite> under a quotation, with the quotation', () => {
    const quote = (attribution: string) => extractArticle(parse(`<article>${prose(1, 3)}<blockquote class="quote"><p>“We will not give up one job at the yard without a fight.”</p>${attribution}</blockquote>${prose(4, 2)}</article>`))!;
    const footer = quote('<footer class="quote__footer">Ida Varn, works council chair</footer>');
    expect(footer.text).toContain('“We will not give up one job at the yard without a fight.”\n\nIda Varn, works council chair\n\nParagraph 4');
    // A <cite> named "author" is the quoted person, not the article's author.
    const cite = quote('<cite class="quote__author">Ida Varn</cite>');
    expect(cite.text).toMatch(/^Ida Varn$/m);
    expect(cite.byline).toBeNull();
    // A pull quote that repeats the article still goes with its footer.
    const pull = extractArticle(
      parse(`<article>${prose(1, 3)}<blockquote><p>“We will raise the wall before the floods come back,” she said at the meeting.</p><footer>Ida Varn</footer></blockquote><p>Ida Varn, who chairs the committee, put it plainly. “We will raise the wall before the floods come back,” she said at the meeting.</p>${prose(4, 2)}</article>`),
    )!;
    expect(pull.text.split('We will raise the wall').length - 1).toBe(1);
    expect(pull.text).not.toMatch(/^Ida Varn$/m);
  });

  it('removes a pull quote that adds a word or two of its own at either end ("We could not …" for "… said the town could not …")', () => {
    const a = extractArticle(
      parse(`<article>${prose(1, 3)}<p>The council leader said the town “could not afford another winter like the last one”.</p><blockquote><p>“We could not afford another winter like the last one”</p></blockquote>${prose(4, 2)}</article>`),
    )!;
    expect(a.text.split('afford another winter').length - 1).toBe(1);
    // Fewer than three quarters of its words in the article: a quotation of its own.
    const own = extractArticle(parse(`<article>${prose(1, 3)}<p>The leader said the town could not cope.</p><blockquote><p>The sea came over the wall twice in one week and took the road with it.</p></blockquote>${prose(4, 2)}</article>`))!;
    expect(own.text).toContain('The sea came over the wall twice');
  });

  it('removes a pull quote stitched from two sentences the article prints around who said them', () => {
    const a = extractArticle(
      parse(`<article>${prose(1, 3)}<p>“You do not fight the river,” he said. “You wait for it to tell you where it is going.”</p><blockquote><p>“You do not fight the river. You wait for it to tell you where it is going.”</p></blockquote>${prose(4, 2)}</article>`),
    )!;
    expect(a.text.split('You do not fight the river').length - 1).toBe(1);
    // One of its sentences the article does not print: a quotation of its own.
    const own = extractArticle(
      parse(`<article>${prose(1, 3)}<p>“You do not fight the river,” he said.</p><blockquote><p>“You do not fight the river. The sea came over the wall twice in one week.”</p></blockquote>${prose(4, 2)}</article>`),
    )!;
    expect(own.text).toContain('The sea came over the wall twice');
  });

  it('keeps the last point of a list that closes the story, short as it is', () => {
    const a = extractArticle(parse(`<article>${prose(1, 4)}<h2>What happens next</h2><ul><li>The county votes on the plan in March, after a public hearing.</li><li>Work starts in May</li></ul></article>`))!;
    expect(a.text.endsWith('The county votes on the plan in March, after a public hearing.\n\nWork starts in May')).toBe(true);
    // A list of links to other stories there still goes.
    const links = extractArticle(parse(`<article>${prose(1, 4)}<ul><li><a href="https://news.example/a">Sea wall plan delayed again</a></li><li><a href="https://other.example/b">Harbour fees to rise</a></li></ul></article>`))!;
    expect(links.text).not.toMatch(/Sea wall plan delayed|Harbour fees to rise/);
  });

  it('keeps the last of a run of labelled lines closing the story ("Attendance: 612" after the line-ups), but not a lone one', () => {
    const run = extractArticle(parse(`<article>${prose(1, 4)}<p><strong>Ashby Town:</strong> Frost; Hale, Oduya, Marsh; Doyle, Ward.</p><p><strong>Attendance:</strong> 612</p></article>`))!;
    expect(run.text.endsWith('Ashby Town: Frost; Hale, Oduya, Marsh; Doyle, Ward.\n\nAttendance: 612')).toBe(true);
    const lone = extractArticle(parse(`<article>${prose(1, 4)}<p><strong>Filed under:</strong> Harbour news</p></article>`))!;
    expect(lone.text).not.toContain('Filed under');
  });

  it('keeps subheadings whose class says "header" and entry headers inside the article', () => {
    const anchored = extractArticle(parse(`<article>${prose(1, 2)}<h2 class="header-anchor-post">What the survey found</h2>${prose(3, 2)}</article>`))!;
    expect(anchored.text).toContain('What the survey found');
    const entry = extractArticle(parse(`<article>${prose(1, 2)}<div class="entry"><header class="entry__header"><time>10:55</time><h3>Second survey</h3></header>${prose(3, 3)}</div></article>`))!;
    expect(entry.text).toContain('Second survey');
    expect(entry.text).not.toContain('10:55');
  });

  it('drops the deck named by its class, or printed from the description without a full stop', () => {
    const byClass = extractArticle(parse(`<article><h1>River wall</h1><p class="standfirst">The committee wants a metre more, and the county says it cannot pay for it this year</p>${prose(1, 4)}</article>`))!;
    expect(byClass.text).not.toContain('The committee wants a metre more');
    const byDescription = extractArticle(
      parse(`<article><h1>River wall</h1><p>The committee wants a metre more and the county says it cannot pay for it</p>${prose(1, 4)}</article>`, '<meta name="description" content="The committee wants a metre more and the county says it cannot pay for it">'),
    )!;
    expect(byDescription.text).not.toContain('The committee wants a metre more');
    // A first paragraph that doubles as the description is article text.
    const firstPara = 'The committee in Vell wants the river wall raised by a metre before the floods.';
    const kept = extractArticle(parse(`<article><h1>River wall</h1><p>${firstPara}</p>${prose(1, 4)}</article>`, `<meta name="description" content="${firstPara}">`))!;
    expect(kept.text.startsWith(firstPara)).toBe(true);
  });

  it('reads a print view laid out with a table, <font> and <br><br>', () => {
    const a = extractArticle(
      parse(`<table><tr><td><font size="5"><b>River wall to rise</b></font><br><font size="2">By Ada Pell, Staff Writer<br>Published: May 12, 2025</font><br><br>${[1, 2, 3, 4].map((i) => `Part ${i}: the committee in Vell agreed on Monday that the river wall must be raised by a metre before the floods.<br><br>`).join('')}</td></tr></table>`, '<title>Print - River wall to rise</title>'),
    )!;
    expect(a.text).not.toMatch(/River wall to rise|By Ada Pell|Published/);
    expect(a.text.split('\n\n')).toHaveLength(4);
    expect(a.publishedAt).toBe('2025-05-12');
    expect(a.byline).toBe('Ada Pell');
  });

  it('keeps every author the page prints when its metadata names only one of them', () => {
    const story = [1, 2, 3].map((i) => `<p>Part ${i}: the harbour board in Vell agreed on Monday that quay fees must rise by a tenth before the spring.</p>`).join('');
    const two = extractArticle(parse(`<article><h1>Quay fees rise</h1><p class="byline">By Tove Lind and Ola Brandt</p>${story}</article>`, '<title>Quay fees rise</title><meta name="author" content="Tove Lind">'))!;
    expect(two.byline).toBe('Tove Lind, Ola Brandt');
    // A printed line that does not name the declared author leaves the declared one.
    const other = extractArticle(parse(`<article><h1>Quay fees rise</h1><p class="byline">By Ola Brandt and Rui Sato</p>${story}</article>`, '<title>Quay fees rise</title><meta name="author" content="Tove Lind">'))!;
    expect(other.byline).toBe('Tove Lind');
  });

  it('gives only the names of a byline that brings a job, a date and the site\'s name along', () => {
    const story = [1, 2, 3].map((i) => `<p>Part ${i}: the harbour board in Vell agreed on Monday that quay fees must rise by a tenth before the spring.</p>`).join('');
    // A byline block's whole text, as the extractor finds it: name, job, <br>, date and time, site.
    const block = '<div class="story__byline-block"><span class="story__author"><a href="/p/tove-lind">Tove Lind</a>, Harbour Editor</span><br><span><time datetime="2026-03-02T21:30:00Z">Monday March 02 2026, 9.30pm GMT</time></span>, <span>The Vell Post</span></div>';
    const a = extractArticle(parse(`<article><h1>Quay fees rise</h1>${block}${story}</article>`, '<title>Quay fees rise</title><meta property="og:site_name" content="The Vell Post">'))!;
    expect(a.byline).toBe('Tove Lind');
    // An author declared with "By" and a job after a comma.
    const declared = extractArticle(parse(`<article><h1>Quay fees rise</h1>${story}</article>`, `<title>Quay fees rise</title>${ld({ '@type': 'NewsArticle', headline: 'Quay fees rise', author: { '@type': 'Person', name: 'By Ola Brandt-Sato, Local Democracy Reporter' } })}`))!;
    expect(declared.byline).toBe('Ola Brandt-Sato');
    // Another author, or an agency that is not the site, is part of the byline.
    const agency = extractArticle(parse(`<article><h1>Quay fees rise</h1>${story}</article>`, `<title>Quay fees rise</title>${ld({ '@type': 'NewsArticle', headline: 'Quay fees rise', author: { '@type': 'Person', name: 'Ola Brandt, Norland Press' } })}`))!;
    expect(agency.byline).toBe('Ola Brandt, Norland Press');
  });

  it('gives the names of a byline block that holds the date too, with no comma between ("Tess Carmody February 9 2026 - 5:45pm")', () => {
    const story = [1, 2, 3].map((i) => `<p>Part ${i}: the harbour board in Vell agreed on Monday that quay fees must rise by a tenth before the spring.</p>`).join('');
    const block = '<div class="article-meta"><div class="byline"><span class="author-name">Tess Carmody</span> <time datetime="2026-02-09T17:45:00+10:00">February 9 2026 - 5:45pm</time></div></div>';
    const a = extractArticle(parse(`<article><h1>Quay fees rise</h1>${block}${story}</article>`, '<title>Quay fees rise</title>'))!;
    expect(a.byline).toBe('Tess Carmody');
    expect(a.publishedAt?.slice(0, 10)).toBe('2026-02-09');
  });

  it.each([
    ['Jane Roe | Senior Reporter | 2 hours ago', 'Jane Roe'],
    ['Jane Roe · Vell Post · 3 min read', 'Jane Roe'],
    ['By Jane Roe Published 9:14 AM EST, Mon February 9, 2026', 'Jane Roe'],
    ['Amy Roe | Harbour Advance Media for VellPost.com', 'Amy Roe'],
    // (Local TV sites print "by: NAME" with a colon, the name in capitals.)
    ['by: JANE ROE', 'Jane Roe'],
    // (A label before the name: "Author: Jane Roe", "Autor: Jörg Adler".)
    ['Author: Jane Roe', 'Jane Roe'],
    ['Autor: Jörg Adler', 'Jörg Adler'],
  ])('gives the names of a byline whose parts a bar or a dot separates, whose time follows a "Published", or that a label opens ("%s")', (line, names) => {
    const story = [1, 2, 3].map((i) => `<p>Part ${i}: the harbour board in Vell agreed on Monday that quay fees must rise by a tenth before the spring.</p>`).join('');
    const a = extractArticle(parse(`<article><h1>Quay fees rise</h1><div class="byline">${line}</div>${story}</article>`, '<title>Quay fees rise</title><meta property="og:site_name" content="Vell Post">'))!;
    expect(a.byline).toBe(names);
  });

  it.each([
    ['Jane Roe and Tom Lee', 'Jane Roe, Tom Lee'],
    ['Jane Roe, Tom Lee & Ann Bell', 'Jane Roe, Tom Lee, Ann Bell'],
    ['Jane Roe in Kyiv and Tom Lee in London', 'Jane Roe, Tom Lee'],
    ['Jane Roe in Kyiv', 'Jane Roe'],
    // (No person's names on both sides: a firm's name stays as written.)
    ['Harbour & Quay Partners', 'Harbour & Quay Partners'],
  ])('parts the names of an author tag written without "By" ("%s")', (author, names) => {
    const story = [1, 2, 3].map((i) => `<p>Part ${i}: the harbour board in Vell agreed on Monday that quay fees must rise by a tenth before the spring.</p>`).join('');
    const a = extractArticle(parse(`<article><h1>Quay fees rise</h1>${story}</article>`, `<title>Quay fees rise</title><meta name="author" content="${author}">`))!;
    expect(a.byline).toBe(names);
  });

  it('reads a date printed year first with slashes ("2026/02/09"), and the name beside it', () => {
    const story = [1, 2, 3].map((i) => `<p>Part ${i}: the harbour board in Vell agreed on Monday that quay fees must rise by a tenth before the spring.</p>`).join('');
    const a = extractArticle(parse(`<article><h1>Quay fees rise</h1><div class="meta"><span>Jane Roe</span> <span>2026/02/09 14:05</span></div>${story}</article>`, '<title>Quay fees rise</title>'))!;
    expect(a.publishedAt).toBe('2026-02-09');
    expect(a.byline).toBe('Jane Roe');
  });

  it('reads linked names joined by "and" under the headline, with no "By", as the byline (a live blog’s contributors)', () => {
    const story = [1, 2, 3].map((i) => `<p>Part ${i}: the harbour board in Vell agreed on Monday that quay fees must rise by a tenth before the spring.</p>`).join('');
    const a = extractArticle(parse(`<main><h1>Quay fees rise</h1><div class="lb-people"><a href="/p/hp">Hannah Pryce</a> and <a href="/p/ib">Idris Bello</a></div><div class="feed">${story}</div></main>`, '<title>Quay fees rise</title>'))!;
    expect(a.byline).toBe('Hannah Pryce, Idris Bello');
    expect(a.text).not.toContain('Hannah Pryce');
  });

  it('takes no byline from an author’s bio under the story, whose class holds "author" ("Jane Roe writes about …")', () => {
    const story = [1, 2, 3].map((i) => `<p>Part ${i}: the harbour board in Vell agreed on Monday that quay fees must rise by a tenth before the spring.</p>`).join('');
    const a = extractArticle(parse(`<article><h1>Quay fees rise</h1>${story}<div class="author-bio"><p>Jane Roe writes about the harbour and the coast. Her book is out in spring.</p></div></article>`, '<title>Quay fees rise</title>'))!;
    expect(a.byline).toBeNull();
    const printed = extractArticle(parse(`<article><h1>Quay fees rise</h1><p class="byline">By Ola Brandt, Staff Writer.</p>${story}</article>`, '<title>Quay fees rise</title>'))!;
    expect(printed.byline).toBe('Ola Brandt');
  });

  it('takes no byline from a legal imprint whose class holds "author" ("Authorised by Claire Dunmore, Parliament House, Canberra.")', () => {
    const story = [1, 2, 3].map((i) => `<p>Part ${i}: the harbour board in Vell agreed on Monday that quay fees must rise by a tenth before the spring.</p>`).join('');
    const a = extractArticle(parse(`<article><h1>Quay fees rise</h1>${story}<p class="authorisation">Authorised by Claire Dunmore, Parliament House, Canberra.</p></article>`, '<title>Quay fees rise</title>'))!;
    expect(a.byline).toBeNull();
    const printed = extractArticle(parse(`<article><h1>Quay fees rise</h1><p class="byline">By Ola Brandt</p>${story}<p class="authorisation">Authorised by Claire Dunmore, Parliament House, Canberra.</p></article>`, '<title>Quay fees rise</title>'))!;
    expect(printed.byline).toBe('Ola Brandt');
  });

  it('keeps an embedded post whose social wrapper also holds its counters and buttons, and drops those', () => {
    // (Long enough that Readability strips "social" wrappers on its first pass: a short page is read again without stripping.)
    const story = [1, 2, 3, 4, 5, 6].map((i) => `<p>Part ${i}: the harbour board in Vell agreed on Monday that quay fees must rise by a tenth before the spring.</p>`).join('');
    const post = '<div class="embed embed--social"><blockquote class="social-post"><p>Quay fees rise again. We will appeal.</p><p>— Vell Ferry Users (@VellFerry) <a href="https://chirp.example/VellFerry/status/1">March 2, 2026</a></p></blockquote><div class="social-actions"><span>1,204 Likes</span> <span>311 Reposts</span> <a href="https://chirp.example/VellFerry/status/1">View on Chirp</a> <a>Copy link</a></div></div>';
    const a = extractArticle(parse(`<article><h1>Quay fees rise</h1>${story}${post}<p>Part 7: the ferry firm said it would pass the cost on to passengers from April.</p></article>`, '<title>Quay fees rise</title>'))!;
    expect(a.text).toContain('Quay fees rise again. We will appeal.');
    expect(a.text).toContain('Vell Ferry Users (@VellFerry)');
    expect(a.text).not.toMatch(/Likes|Reposts|View on Chirp|Copy link/);
  });

  it('reads the author and date on the line after the headline of a page whose classes name nothing', () => {
    const a = extractArticle(
      parse(`<div class="k1"><div class="k2">Quay fees rise again</div><div class="k3"><span>Tove Lind</span><span> | </span><span>3 Dec 2026</span></div><div class="k4">${[1, 2, 3, 4].map((i) => `<div class="k5">Part ${i}: the harbour board in Vell agreed on Monday that quay fees must rise by a tenth before the spring.</div>`).join('')}</div></div>`, '<title>Quay fees rise again - Vell Post</title>'),
    )!;
    expect(a.title).toBe('Quay fees rise again');
    expect(a.byline).toBe('Tove Lind');
    expect(a.publishedAt).toBe('2026-12-03');
    expect(a.text).not.toMatch(/Tove Lind|3 Dec 2026/);
  });

  it('keeps a live blog’s first entry heading when the body is entries under headings of one level', () => {
    const entry = (h: string, i: number) => `<h2>${h}</h2>${prose(i, 1)}`;
    const a = extractArticle(parse(`<article><h1>Floods live</h1>${entry('Wall breached at Vell', 1)}${entry('Road closed', 2)}${entry('Warning issued', 3)}</article>`))!;
    expect(a.text.startsWith('Wall breached at Vell')).toBe(true);
  });

  it('keeps the time of a live blog\'s first entry, as it keeps the times of the others', () => {
    const entry = (time: string, h: string, i: number) => `<div class="post"><time datetime="2026-11-28T${time.replace('.', ':')}:00Z">${time} GMT</time><h3>${h}</h3>${prose(i, 1)}</div>`;
    const a = extractArticle(parse(`<article><h1>Storm live</h1>${entry('11.40', 'Power cut', 1)}${entry('10.15', 'Ferries cancelled', 2)}${entry('09.02', 'Trees on the line', 3)}</article>`))!;
    expect(a.text.startsWith('11.40 GMT')).toBe(true);
    expect(a.text).toContain('10.15 GMT');
    // One date under the headline, with no entries after it, is still the page's furniture.
    const story = extractArticle(parse(`<article><h1>Storm</h1><p><time datetime="2026-11-28">11.40 GMT</time></p>${prose(1, 3)}</article>`))!;
    expect(story.text).not.toContain('11.40 GMT');
  });

  it('keeps each live entry\'s time when it sits in the entry\'s header or a link, before the entry\'s heading', () => {
    const entry = (time: string, h: string, i: number) =>
      `<article class="update"><header class="update__header"><a class="update__time" href="#u${i}"><time datetime="2026-11-28T${time}:00Z">${time}</time></a>${h ? `<h2>${h}</h2>` : ''}</header><div class="update__body">${prose(i, 2)}</div><footer><button>Share</button></footer></article>`;
    const updates = [entry('14:05', 'Ferries cancelled', 1), entry('13:40', '', 3), entry('11:20', 'Trees on the line', 5), entry('10:02', 'Warning issued', 7)];
    const a = extractArticle(parse(`<article><h1>Gale live</h1><div class="updates">${updates.join('')}</div></article>`))!;
    // The first entry's time opens the body; an entry with no heading has its time before its paragraphs.
    expect(a.text).toMatch(/^14:05\n\nFerries cancelled\n\nParagraph 1 /);
    expect(a.text).toMatch(/Paragraph 2 [^\n]*\n\n13:40\n\nParagraph 3 [\s\S]*\n\n11:20\n\nTrees on the line\n\nParagraph 5 [\s\S]*\n\n10:02\n\nWarning issued\n\n/);
    expect(a.html).toContain('<time datetime="2026-11-28T13:40:00Z">13:40</time>');
    expect(a.text).not.toContain('Share');
  });

  it('gives an ordinary story no time line: one time in its byline, or times inside its sentences', () => {
    const byline = extractArticle(parse(`<article><header class="story__header"><h1>Gale</h1><p class="byline">By Ada Lowe <time datetime="2026-11-28T14:05:00Z">14:05</time></p></header>${prose(1, 4)}</article>`))!;
    expect(byline.text).not.toContain('14:05');
    expect(byline.text.startsWith('Paragraph 1')).toBe(true);
    const said = (t: string, i: number) => `<div class="note"><p>At <time>${t}</time> the coastguard in Vell said the lifeboat had been called out again as the gale moved up the coast towards the harbour wall.</p>${prose(i, 1)}</div>`;
    const sentences = extractArticle(parse(`<article><h1>Gale</h1>${said('09:10', 1)}${said('10:20', 2)}${said('11:30', 3)}</article>`))!;
    expect(sentences.text.split('\n\n').every((p) => wordCount(p) > 5)).toBe(true);
    expect(sentences.text).toContain('At 10:20 the coastguard');
  });

  it('drops a one-paragraph author bio whose wrapper Readability would unwrap, class and all', () => {
    const bio = '<div class="author-bio"><p>Mara Quell covers the waterfront and transport for the Vell Gazette. She previously reported on the county council for a decade from its press gallery.</p></div>';
    const a = extractArticle(parse(`<article><h1>River wall</h1><div class="body">${prose(1, 3)}</div>${bio}</article>`))!;
    expect(a.text).toContain('Paragraph 3 of the report');
    expect(a.text).not.toContain('covers the waterfront');
    // A wrapper that names nothing keeps its paragraph.
    const plain = extractArticle(parse(`<article><h1>River wall</h1><div class="body">${prose(1, 3)}</div><div class="x"><p>The last paragraph of the story says the work on the wall will take two summers and cost the town four million.</p></div></article>`))!;
    expect(plain.text).toContain('two summers');
    // With the writer's headshot beside the paragraph, lazy-loaded (no src yet), as many templates print it.
    const pictured = extractArticle(parse(`<article><h1>River wall</h1><div class="body">${prose(1, 3)}</div>${bio.replace('<p>', '<img alt=""><p>')}</article>`))!;
    expect(pictured.text).toContain('Paragraph 3 of the report');
    expect(pictured.text).not.toContain('covers the waterfront');
  });

  it('keeps the story\'s last paragraph above the site\'s copyright line, though a captioned picture stands before it once the prompts between are gone', () => {
    const a = extractArticle(parse(`<article><h1>River wall</h1>${prose(1, 3)}<figure><img src="/w.jpg" alt=""><figcaption>The wall at low tide. Photo: Ann Roe/PA</figcaption></figure><p>Follow topic: Floods</p><p>The Vell council said it would publish the final plans for the wall in the new year.</p><p>© 2026 Vell Gazette. All rights reserved.</p></article>`))!;
    expect(a.text).toContain('publish the final plans');
    expect(a.captions).toEqual(['The wall at low tide. Photo: Ann Roe/PA']);
    // A line between an uncaptioned picture and its photo credit is still that picture's caption.
    const credited = extractArticle(parse(`<article><h1>River wall</h1>${prose(1, 3)}<div><img src="/w.jpg" alt=""></div><p>The wall at low tide on Monday.</p><p>Photo: Ann Roe/PA</p>${prose(4, 1)}</article>`))!;
    expect(credited.text).not.toContain('The wall at low tide');
    expect(credited.captions).toContain('The wall at low tide on Monday.');
  });

  it('drops a byline strip of words and inline elements whose wrapper names it ("story__meta"), which Readability would wrap in an anonymous paragraph', () => {
    const strip = '<div class="story__meta"><span class="byline">By <a href="/author/mara-quell">Mara Quell</a></span> <span class="role">Courts reporter</span> <time datetime="2026-11-18T16:42:00Z">18 November 2026, 4:42pm</time> <span class="updated">Updated: 19 November 2026, 9:10am</span></div>';
    const a = extractArticle(parse(`<article><h1>River wall</h1>${strip}<div class="body">${prose(1, 3)}</div></article>`))!;
    expect(a.text.startsWith('Paragraph 1 of the report')).toBe(true);
    expect(a.text).not.toContain('Courts reporter');
    // Words in a wrapper that names nothing stay.
    const plain = extractArticle(parse(`<article><h1>River wall</h1><div class="lead">The wall will take <em>two summers</em> to rebuild, the town said on Monday, and will cost four million.</div><div class="body">${prose(1, 3)}</div></article>`))!;
    expect(plain.text).toContain('two summers');
  });

  it('keeps a name whose link opens a pop-up card in the sentence ("kill Rep. Ilhan Omar (D-Minn.)"), and drops the card', () => {
    const card = '<span class="rollover-people"><a class="rollover-people-link" href="/people/ines-vale">Ines Vale</a><span class="rollover-people-block"><span><img alt=""><a class="name" href="/people/ines-vale">Ines Vale</a><a href="/x">Vale asks court for compassion in sentencing</a> <a class="more" href="/people/ines-vale">MORE</a></span></span></span>';
    const a = extractArticle(parse(`<article><h1>Man admits threats</h1><p>A man admitted threatening Rep. ${card} (D-Vell), prosecutors said on Tuesday in a statement about the case.</p>${prose(1, 3)}</article>`))!;
    expect(a.text).toContain('threatening Rep. Ines Vale (D-Vell), prosecutors said');
    expect(a.text).not.toContain('asks court for compassion');
    expect(a.text).not.toContain('MORE');
    // A furniture-named widget that stands alone (a share bar between paragraphs) still goes whole.
    const bar = extractArticle(parse(`<article><h1>Man admits threats</h1>${prose(1, 2)}<span class="share-bar"><a href="/s">Share on Kestrel</a> <a href="/e">Email</a></span>${prose(3, 2)}</article>`))!;
    expect(bar.text).not.toContain('Share on Kestrel');
    // Inside a sentence too, a widget whose link is its own label goes whole.
    const inline = extractArticle(parse(`<article><h1>Man admits threats</h1><p>The court heard the case on Tuesday and the judge adjourned it. <span class="readmore-inline"><a href="/s">Read more about the trial</a><span class="card">A card of links</span></span></p>${prose(1, 3)}</article>`))!;
    expect(inline.text).toContain('the judge adjourned it.');
    expect(inline.text).not.toContain('Read more about the trial');
  });

  it('returns only real captions: no counters, reading times or clap counts', () => {
    const a = extractArticle(
      parse(`<article>${prose(1, 3)}<figure><div class="counter">2 / 5</div><img src="a.jpg"><figcaption>Workers on the river wall at Vell.</figcaption></figure><div><img src="b.jpg"><span>1.4K</span></div>${prose(4, 2)}</article>`),
    )!;
    expect(a.captions).toEqual(['Workers on the river wall at Vell.']);
  });
});

describe('extractArticle: several complete stories on one page (linkedom)', () => {
  const parse = (body: string, title: string) => parseHTML(`<!doctype html><html><head><meta property="og:title" content="${title}"></head><body>${body}</body></html>`).document as unknown as Document;
  const story = (h: string, topic: string, n: number) =>
    `<article><h1>${h}</h1>${Array.from({ length: n }, (_, i) => `<p>Part ${i + 1} about ${topic}: the committee in Vell met again on Monday and agreed a plan that the county must still approve before winter.</p>`).join('')}</article>`;

  it('keeps the story whose headline is the page title, even when the next one is longer', () => {
    const a = extractArticle(parse(story('River wall to rise', 'the wall', 3) + story('Bypass plan delayed', 'the bypass', 6), 'River wall to rise'))!;
    expect(a.text).toContain('about the wall');
    expect(a.text).not.toContain('about the bypass');
  });

  it('leaves the page alone when no single story carries the title, or the others are only cards', () => {
    const none = extractArticle(parse(story('Flood news', 'the wall', 3) + story('Bypass plan delayed', 'the bypass', 6), 'Something else'))!;
    expect(none.text).toContain('about the bypass');
    const cards = extractArticle(parse(story('River wall to rise', 'the wall', 4) + '<article><h1>Bypass plan delayed</h1><p>A short teaser.</p></article>', 'River wall to rise'))!;
    expect(cards.text).toContain('about the wall');
  });
});

describe.each(parsers)('a lead picture and a summary box beside the body’s wrapper (%s)', (_name, parse) => {
  const prose = (n: number) =>
    Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of the story: the county council met on Tuesday and argued for two hours about the cost of the new sea wall at Pellby.</p>`).join('');
  const html = (head: string) => `<!doctype html><html><head><title>Sea wall cost rises</title></head><body><main><article>${head}<div class="story-body">${prose(5)}</div></article></main></body></html>`;

  it('moves both into the start of the body, in their order, keeping the points and the picture', () => {
    const a = extractArticle(
      parse(html('<h1>Sea wall cost rises</h1><div class="byline">By Ada Lowe</div><figure><img src="/img/wall.jpg" alt="The wall"><figcaption>The old wall in March</figcaption></figure><div class="summary-box"><h2>Key points</h2><ul><li>Cost up by a third</li><li>Work to finish in 2028</li></ul></div>')),
      { url: 'https://news.example/sea-wall' },
    )!;
    expect(a.html).toMatch(/<img[^>]*src="https:\/\/news\.example\/img\/wall\.jpg"[\s\S]*Key points[\s\S]*Cost up by a third[\s\S]*Paragraph 1 of the story/);
    expect(a.text.split('\n\n').slice(0, 4)).toEqual(['Key points', 'Cost up by a third', 'Work to finish in 2028', expect.stringMatching(/^Paragraph 1 /)]);
    expect(a.captions).toContain('The old wall in March');
  });

  it('moves a fact-check’s claim box into the start of the body: the claim, the rating (beside its picture) and their labels', () => {
    const box = '<div class="claim-box"><div class="claim"><span class="label">The claim:</span> <p>“Sea wall costs have doubled since May.”</p></div><div class="rating"><img src="/img/meter-false.png" alt="False"><span class="rating-label">Our rating: False</span><p>The cost rose by a third.</p></div></div>';
    const a = extractArticle(parse(html(`<h1>Sea wall cost rises</h1><div class="byline">By Ada Lowe</div>${box}<div class="share-tools"><a href="#">Share</a></div>`)), { url: 'https://news.example/sea-wall' })!;
    expect(a.text.split('\n\n').slice(0, 5)).toEqual(['The claim:', '“Sea wall costs have doubled since May.”', 'Our rating: False', 'The cost rose by a third.', expect.stringMatching(/^Paragraph 1 /)]);
    expect(a.captions).toEqual([]);
    // (Labelled "What was claimed" and "Our verdict", in a list of terms.)
    const listed = extractArticle(parse(html('<h1>Sea wall cost rises</h1><dl class="verdict-panel"><dt>What was claimed</dt><dd>Sea wall costs have doubled since May.</dd><dt>Our verdict</dt><dd>Wrong. The cost rose by a third.</dd></dl>')))!;
    expect(listed.text.split('\n\n').slice(0, 5)).toEqual(['What was claimed', 'Sea wall costs have doubled since May.', 'Our verdict', 'Wrong. The cost rose by a third.', expect.stringMatching(/^Paragraph 1 /)]);
  });

  it('takes a picture out of a short header holding the headline', () => {
    const a = extractArticle(parse(html('<header><h1>Sea wall cost rises</h1><figure><img src="/img/wall.jpg" alt=""></figure></header>')), { url: 'https://news.example/sea-wall' })!;
    expect(a.html).toMatch(/<img[^>]*wall\.jpg[\s\S]*Paragraph 1/);
  });

  it('leaves a story card (a picture with a linked headline) and a list under another heading', () => {
    const a = extractArticle(
      parse(html('<h1>Sea wall cost rises</h1><figure><a href="/other"><img src="/img/other.jpg" alt=""></a><figcaption><a href="/other">Harbour fees to rise</a></figcaption></figure><div><h2>Most read</h2><ul><li>Ferry strike ends</li><li>Mayor resigns</li></ul></div>')),
      { url: 'https://news.example/sea-wall' },
    )!;
    expect(a.html).not.toContain('other.jpg');
    expect(a.text).not.toContain('Ferry strike ends');
  });
});

describe.each(parsers)('captions (%s)', (_name, parse) => {
  it('keeps a space between a caption’s blocks, and no template comments', () => {
    const body = Array.from({ length: 4 }, () => '<p>The county council met on Tuesday and argued for two hours about the cost of the new sea wall at Pellby harbour.</p>').join('');
    const a = extractArticle(parse(`<!doctype html><html><head><title>Sea wall</title></head><body><article><h1>Sea wall</h1>${body}<figure><img src="https://news.example/w.jpg" alt=""><figcaption><!-- caption.tpl --><p>Ada Lowe | Pellby Post</p><p>The old wall in March</p></figcaption></figure>${body}</article></body></html>`))!;
    expect(a.captions).toEqual(['Ada Lowe | Pellby Post The old wall in March']);
  });

  it('lists no label named as a caption above a heading ("Press release" over the headline) among the captions, nor keeps it in the body', () => {
    const body = Array.from({ length: 4 }, (_, i) => `<p>Part ${i + 1}: the county council met on Tuesday and argued for two hours about the cost of the new sea wall at Pellby harbour.</p>`).join('');
    const a = extractArticle(parse(`<!doctype html><html><head><title>Sea wall funding agreed</title></head><body><main><div class="page-title"><span class="heading-caption-xl">Press release</span><h1>Sea wall funding agreed</h1></div>${body}</main></body></html>`))!;
    expect(a.captions).toEqual([]);
    expect(a.text).not.toContain('Press release');
    // Beside a picture, the same words before a subheading are the picture's caption.
    const pictured = extractArticle(parse(`<!doctype html><html><head><title>Sea wall</title></head><body><article><h1>Sea wall</h1>${body}<div class="pic"><img src="https://news.example/w.jpg" alt=""><span class="caption">The old wall in March</span><h2>What happens next</h2></div>${body}</article></body></html>`))!;
    expect(pictured.captions).toContain('The old wall in March');
  });

  it('leaves a caption’s action links out of it ("Purchase Licensing Rights, opens new tab", "Enlarge image"), but not a credit’s link', () => {
    const body = Array.from({ length: 4 }, () => '<p>The county council met on Tuesday and argued for two hours about the cost of the new sea wall at Pellby harbour.</p>').join('');
    const caption = '<figcaption><span>The old wall in March. Ada Lowe/<a href="/agency">Pellby Pictures</a></span> <a href="/licensing/">Purchase Licensing Rights, opens new tab</a> <a href="/w-large.jpg">Enlarge image</a></figcaption>';
    const a = extractArticle(parse(`<!doctype html><html><head><title>Sea wall</title></head><body><article><h1>Sea wall</h1>${body}<figure><img src="https://news.example/w.jpg" alt="">${caption}</figure>${body}</article></body></html>`))!;
    expect(a.captions).toEqual(['The old wall in March. Ada Lowe/Pellby Pictures']);
  });

  const entries = (entry: string) => {
    const para = (i: number) => `<p>Entry ${i}: the coastguard said the Pellby lifeboat had been called out twice since dawn as the gale moved up the coast.</p>`;
    return `<!doctype html><html><head><title>Gale live</title></head><body><article><h1>Gale live</h1><div class="entry">${para(1)}${para(2)}</div><div class="entry">${entry}</div><div class="entry">${para(3)}${para(4)}</div></article></body></html>`;
  };

  it('keeps a live entry’s short paragraphs around its captioned picture in the body', () => {
    const figure = '<figure><img src="https://news.example/tree.jpg" alt=""><figcaption>A fallen oak on the coast road at Tull.</figcaption></figure>';
    const a = extractArticle(parse(entries(`<p>A reader, Mo Akers, sent us this picture from the coast road.</p>${figure}<p>Police have closed the road until the tree is cleared.</p>`)))!;
    expect(a.text).toContain('sent us this picture from the coast road.');
    expect(a.text).toContain('Police have closed the road');
    expect(a.captions).toEqual(['A fallen oak on the coast road at Tull.']);
    // Words only before the captioned picture are the entry's too.
    const before = extractArticle(parse(entries(`<p>A reader, Mo Akers, sent us this picture from the coast road.</p>${figure}`)))!;
    expect(before.text).toContain('sent us this picture from the coast road.');
    // An uncaptioned picture with the entry's words on both sides of it.
    const bare = extractArticle(parse(entries('<p>A reader sent us this picture from the coast road.</p><figure><img src="https://news.example/tree.jpg" alt=""></figure><p>Police have closed the road until it is cleared.</p>')))!;
    expect(bare.text).toContain('Police have closed the road');
    expect(bare.captions).toEqual([]);
  });

  it('still reads a short line beside an uncaptioned picture in a small wrapper as its caption', () => {
    const a = extractArticle(parse(entries('<figure><img src="https://news.example/tree.jpg" alt=""></figure><p>A fallen oak on the coast road at Tull.</p>')))!;
    expect(a.text).not.toContain('A fallen oak');
    expect(a.captions).toEqual(['A fallen oak on the coast road at Tull.']);
  });
});

describe.each(parsers)('a table’s caption (%s)', (_name, parse) => {
  const para = (i: number) => `<p>Paragraph ${i}: across the six cap cities, multi-family permits fell in the two years after adoption, but by less than elsewhere.</p>`;
  const table = '<table><thead><tr><th>Group</th><th>Before</th><th>After</th></tr></thead><tbody><tr><td>Cap cities</td><td>14.2</td><td>12.9</td></tr><tr><td>Other cities</td><td>13.8</td><td>11.7</td></tr></tbody></table>';
  const html = (block: string) => `<!doctype html><html><head><title>Rent caps</title></head><body><article><h1>Rent caps</h1>${para(1)}${para(2)}${block}${para(3)}${para(4)}</article></body></html>`;

  it('stays with the table in a figure that holds no picture, and is no picture’s caption', () => {
    const a = extractArticle(parse(html(`<figure class="wp-block-table">${table}<figcaption>Table 1. Permits before and after adoption. Source: municipal permit records.</figcaption></figure>`)))!;
    expect(a.captions).toEqual([]);
    expect(a.html).toMatch(/<table><caption>Table 1\. Permits before and after adoption\. Source: municipal permit records\.<\/caption>/);
    expect(a.text).toContain('Paragraph 2: across the six cap cities, multi-family permits fell in the two years after adoption, but by less than elsewhere.\n\nTable 1. Permits before and after adoption.');
  });

  it('stays beside the table when a wrapper calls it a caption', () => {
    const a = extractArticle(parse(html(`<div class="table-wrap">${table}<p class="caption">Source: municipal permit records, 2015-2023.</p></div>`)))!;
    expect(a.captions).toEqual([]);
    expect(a.text).toContain('Source: municipal permit records, 2015-2023.');
    // A picture's figure beside the table keeps its caption a picture's.
    const pictured = extractArticle(parse(html(`${table}<figure><img src="https://news.example/permits.png" alt=""><figcaption>Permit counts by city, 2015-2023.</figcaption></figure>`)))!;
    expect(pictured.captions).toEqual(['Permit counts by city, 2015-2023.']);
  });
});

describe.each(parsers)('a table’s cells (%s)', (_name, parse) => {
  const para = (i: number) => `<p>Paragraph ${i}: across the six cap cities, multi-family permits fell in the two years after adoption, but by less than elsewhere.</p>`;
  const html = (table: string) => `<!doctype html><html><head><title>Rent caps</title></head><body><article><h1>Rent caps</h1>${para(1)}${para(2)}${table}${para(3)}${para(4)}</article></body></html>`;

  it('keeps an empty cell, so the cells after it stay in their columns', () => {
    const a = extractArticle(parse(html('<table><tr><th></th><th>Before</th><th>After</th></tr><tr><td>Cap cities</td><td></td><td>12.9</td></tr></table>')))!;
    expect(a.html).toMatch(/<tr><th><\/th><th>Before<\/th><th>After<\/th><\/tr><tr><td>Cap cities<\/td><td><\/td><td>12\.9<\/td><\/tr>/);
  });

  it('reads a row as one line when each cell holds one paragraph (a pasted document) or one <div>', () => {
    const pasted = extractArticle(parse(html('<table><tr><td><p>Group</p></td><td><p>Before</p></td><td><p>After</p></td></tr><tr><td><p>Cap cities</p></td><td><p>14.2</p></td><td><p>12.9</p></td></tr></table>')))!;
    expect(pasted.text).toContain('Group Before After\n\nCap cities 14.2 12.9');
    const divs = extractArticle(parse(html('<table><tr><td><div>Group</div></td><td><div>Before</div></td></tr><tr><td><div>Cap cities</div></td><td><div>14.2</div></td></tr></table>')))!;
    expect(divs.text).toContain('Group Before\n\nCap cities 14.2');
  });
});

describe.each(parsers)('a gallery of captioned figures (%s)', (_name, parse) => {
  const para = (i: number) => `<p>Paragraph ${i}: the conductor, Agnete, greets about half the passengers by name and the other half by the name of their village.</p>`;
  const figure = (n: number, caption: string) => `<figure class="gallery__item"><img src="https://travel.example/g${n}.jpg" alt=""><figcaption><span class="caption">${caption}</span> <span class="credit">Photo: Lene Holm/Nordlys</span></figcaption></figure>`;
  const html = (gallery: string) => `<!doctype html><html><head><title>The slow train</title></head><body><article><h1>The slow train</h1><div class="body">${para(1)}${para(2)}${gallery}${para(3)}${para(4)}</div></article></body></html>`;

  it('lists every picture’s caption and keeps the pictures where the gallery stood, without its controls', () => {
    const gallery = `<div class="gallery" role="group">${figure(1, 'The train crosses the causeway at high tide.')}${figure(2, 'Agnete still punches paper tickets.')}${figure(3, 'One of forty-one request stops.')}<div class="gallery__nav"><button>Previous</button><span>1 / 3</span><button>Next</button></div></div>`;
    const a = extractArticle(parse(html(gallery)), { url: 'https://travel.example/slow-train' })!;
    expect(a.captions).toEqual([
      'The train crosses the causeway at high tide. Photo: Lene Holm/Nordlys',
      'Agnete still punches paper tickets. Photo: Lene Holm/Nordlys',
      'One of forty-one request stops. Photo: Lene Holm/Nordlys',
    ]);
    expect(a.html.match(/<img /g)?.length).toBe(3);
    expect(a.html.indexOf('g1.jpg')).toBeGreaterThan(a.html.indexOf('Paragraph 2'));
    expect(a.html.indexOf('g3.jpg')).toBeLessThan(a.html.indexOf('Paragraph 3'));
    expect(a.text).not.toMatch(/1 \/ 3|Previous/);
    // (A list of figures, one to an item, is a gallery too.)
    const list = extractArticle(parse(html(`<ul class="slides"><li>${figure(1, 'The train crosses the causeway at high tide.')}</li><li>${figure(2, 'Agnete still punches paper tickets.')}</li></ul>`)))!;
    expect(list.captions).toHaveLength(2);
  });

  it('lists no story card’s headline as a caption', () => {
    const card = (n: number, headline: string) => `<figure><a href="/story-${n}"><img src="https://travel.example/c${n}.jpg" alt=""></a><figcaption><a href="/story-${n}">${headline}</a></figcaption></figure>`;
    const a = extractArticle(parse(html(`<div class="cards">${card(1, 'Europe’s best sleeper trains this winter')}${card(2, 'The island that banned cars for good')}</div>`)))!;
    expect(a.captions).toEqual([]);
  });
});

describe.each(parsers)('footnotes (%s)', (_name, parse) => {
  const para = (i: number) => `<p>Paragraph ${i}: the seed library lends nine hundred envelopes of seed a year from a filing cabinet on the second floor.</p>`;
  const html = (body: string) => `<!doctype html><html><head><title>Seed libraries</title></head><body><article><h1>Seed libraries</h1>${para(1)}${body}${para(2)}${para(3)}</article></body></html>`;

  it('reads a reference in the text as "[1]", set as a superscript, not as a digit glued to the word', () => {
    const a = extractArticle(parse(html('<p>You are asked to bring some seed back in the autumn.<sup id="fnref1"><a href="#fn1">1</a></sup> Nobody checks. A packet costs three pounds.<a class="footnote-anchor" href="#footnote-2">2</a></p>')))!;
    expect(a.text).toContain('back in the autumn.[1] Nobody checks. A packet costs three pounds.[2]');
    expect(a.html).toContain('autumn.<sup>[1]</sup> Nobody');
    expect(a.html).toContain('pounds.<sup>[2]</sup>');
  });

  it('leaves a superscript that is no note alone (an exponent, a unit, a link elsewhere)', () => {
    const a = extractArticle(parse(html('<p>The cabinet holds 10<sup>3</sup> envelopes in 2 m<sup>2</sup> of drawers, as section <a href="#section-2">2</a> explains to every new borrower.</p>')))!;
    expect(a.text).toContain('holds 103 envelopes in 2 m2 of drawers, as section 2 explains');
  });

  it('keeps a note’s number with its words, and drops its link back ("↩")', () => {
    // Substack: the number in a line of its own, the note in a box after it.
    const substack = extractArticle(parse(html('<div class="footnote"><a class="footnote-number" href="#footnote-anchor-1">1</a><div class="footnote-content"><p>The sign actually says “Please remember us at harvest”.</p></div></div>')))!;
    expect(substack.text).toContain('\n\n1. The sign actually says “Please remember us at harvest”.\n\n');
    expect(substack.text).not.toMatch(/\n\n1\n\n/);
    // The number before the note's words; in a numbered list, the list numbers it.
    const inline = extractArticle(parse(html('<div class="notes"><p><a href="#ref1">1</a> The sign actually says “Please remember us at harvest”.</p></div>')))!;
    expect(inline.text).toContain('1. The sign actually says');
    const listed = extractArticle(parse(html('<section class="footnotes"><ol><li id="fn1"><p>The sign says “Please remember us at harvest”. <a href="#fnref1">↩︎</a></p></li><li id="fn2"><p>Gardeners call them “the good beans”. <a href="#fnref2">↩</a></p></li></ol></section>')))!;
    expect(listed.text).toContain('The sign says “Please remember us at harvest”.\n\nGardeners call them “the good beans”.\n\n');
    expect(listed.text).not.toContain('↩');
  });
});

describe.each(parsers)('a subheading alone in its wrapper (%s)', (_name, parse) => {
  it('is no heading inside a paragraph (stored, that reads as empty paragraphs around it)', () => {
    const para = (i: number) => `<div data-component="text-block"><p>Paragraph ${i}: water levels at a gauging station downstream rose by more than three metres in under an hour.</p></div>`;
    const a = extractArticle(parse(`<!doctype html><html><head><title>Glacier lake burst</title></head><body><article><h1>Glacier lake burst</h1>${para(1)}${para(2)}<div data-component="subheadline-block"><h2>A warning for other valleys</h2></div>${para(3)}${para(4)}</article></body></html>`))!;
    expect(a.text).toContain('\n\nA warning for other valleys\n\n');
    expect(a.html).toContain('<h2>A warning for other valleys</h2>');
    expect(a.html).not.toMatch(/<p[^>]*>\s*<h2/);
  });
});

describe.each(parsers)('a summary box inside the body and a correction (%s)', (_name, parse) => {
  const para = (i: number) => `<p>Paragraph ${i}: the breeders at the Elm Trust have spent fifteen years crossing British elms with resistant Asian species in a walled nursery.</p>`;
  const page = `<!doctype html><html><head><title>Saving the elm</title></head><body><article><h1>Saving the elm</h1><div class="article-body">${para(1)}<aside class="callout sidebar"><h3>Key takeaways</h3><ul><li>Most elms died in the 1970s</li><li>New hybrids survived trials</li></ul></aside>${para(2)}${para(3)}${para(4)}<p class="disclaimer"><em>This article was amended on 15 September 2026 to correct a date.</em></p></div></article></body></html>`;
  const a = extractArticle(parse(page))!;

  it('keeps a "Key takeaways" box written as an <aside>, where it stands', () => {
    expect(a.text.split('\n\n').slice(0, 4)).toEqual([expect.stringMatching(/^Paragraph 1:/), 'Key takeaways', 'Most elms died in the 1970s', 'New hybrids survived trials']);
  });

  it('keeps a correction whatever its class says', () => {
    expect(a.text.split('\n\n').at(-1)).toBe('This article was amended on 15 September 2026 to correct a date.');
  });
});

describe.each(parsers)('a fact box written as an <aside> inside the story (%s)', (_name, parse) => {
  const para = (i: number) => `<p>Paragraph ${i}: the two-carriage train leaves Harlsund at 08:14 and keeps to walking pace for most of the next eleven kilometres.</p>`;
  const html = (box: string, after = '') =>
    `<!doctype html><html><head><title>The slow train</title></head><body><main><article><h1>The slow train</h1><div class="article-body">${para(1)}${para(2)}${box}${para(3)}${para(4)}</div></article>${after}</main></body></html>`;
  const facts = '<h3>Need to know</h3><ul><li>Trains run twice daily, May to October.</li><li>A three-day pass costs 390 kroner.</li><li>Bicycles travel free but must be booked.</li></ul>';

  it('keeps a heading over a list of facts between paragraphs of the story, where it stands', () => {
    const a = extractArticle(parse(html(`<aside class="factbox">${facts}</aside>`)))!;
    expect(a.text.split('\n\n').slice(1, 7)).toEqual([
      expect.stringMatching(/^Paragraph 2:/),
      'Need to know',
      'Trains run twice daily, May to October.',
      'A three-day pass costs 390 kroner.',
      'Bicycles travel free but must be booked.',
      expect.stringMatching(/^Paragraph 3:/),
    ]);
    // A bold first line is a heading too, and the points may be short paragraphs.
    const bold = extractArticle(parse(html('<aside class="inline-box"><p><strong>Fast facts</strong></p><p>Length: 96 kilometres.</p><p>Request stops: forty-one.</p><p>Fare: 390 kroner for three days.</p></aside>')))!;
    expect(bold.text).toContain('Fast facts\n\nLength: 96 kilometres.');
  });

  it('keeps one that closes the story, after its last paragraph, but not an author’s box there', () => {
    const closing = (box: string) => `<!doctype html><html><head><title>The slow train</title></head><body><main><article><h1>The slow train</h1><div class="article-body">${para(1)}${para(2)}${para(3)}${box}</div></article></main></body></html>`;
    const a = extractArticle(parse(closing(`<aside class="factbox">${facts}</aside>`)))!;
    expect(a.text.split('\n\n').slice(2)).toEqual([expect.stringMatching(/^Paragraph 3:/), 'Need to know', 'Trains run twice daily, May to October.', 'A three-day pass costs 390 kroner.', 'Bicycles travel free but must be booked.']);
    const about = extractArticle(parse(closing('<aside><h3>About the writer</h3><p>Tomasz Achebe has written about trains for twenty years.</p></aside>')))!;
    expect(about.text).not.toContain('Tomasz Achebe');
    const pictured = extractArticle(parse(closing('<aside><h3>Tomasz Achebe</h3><img src="https://travel.example/ta.jpg" alt=""><p>Tomasz Achebe has written about trains for twenty years.</p></aside>')))!;
    expect(pictured.text).not.toContain('Tomasz Achebe');
  });

  it('keeps one right after the wrapper of the story’s paragraphs, before the share bar and the tags, but not the page’s sidebar', () => {
    const after = (box: string, rest = '<div class="share-bar"><a href="#">Share</a></div><div class="tags"><a href="/t/rail">Rail</a></div>') =>
      `<!doctype html><html><head><title>The slow train</title></head><body><main><article><h1>The slow train</h1><div class="article-body">${para(1)}${para(2)}${para(3)}</div>${box}${rest}</article></main></body></html>`;
    const a = extractArticle(parse(after(`<aside class="factbox">${facts}</aside>`)))!;
    expect(a.text.split('\n\n').slice(2)).toEqual([expect.stringMatching(/^Paragraph 3:/), 'Need to know', 'Trains run twice daily, May to October.', 'A three-day pass costs 390 kroner.', 'Bicycles travel free but must be booked.']);
    const rail = extractArticle(parse(after(`<aside class="rail">${facts}</aside>`)))!;
    expect(rail.text).not.toContain('Need to know');
    const beside = extractArticle(parse(`<!doctype html><html><head><title>The slow train</title></head><body><main><article><h1>The slow train</h1><div class="article-body">${para(1)}${para(2)}${para(3)}</div></article><aside>${facts}</aside></main></body></html>`))!;
    expect(beside.text).not.toContain('Need to know');
  });

  it('still drops a box of links, a newsletter box, an author box and a sidebar beside the story', () => {
    const links = extractArticle(parse(html('<aside><h3>Rail journeys</h3><ul><li><a href="/a">Europe\'s best sleeper trains</a></li><li><a href="/b">The island with no cars</a></li><li><a href="/c">By bus to the Arctic</a></li></ul></aside>')))!;
    expect(links.text).not.toContain('Rail journeys');
    const newsletter = extractArticle(parse(html('<aside><h3>The weekly train</h3><p>Our best rail stories, every Friday, for free.</p><form><input type="email"><button>Go</button></form></aside>')))!;
    expect(newsletter.text).not.toContain('The weekly train');
    const author = extractArticle(parse(html('<aside class="author-box"><h3>About the writer</h3><p>Tomasz Achebe has written about trains for twenty years.</p></aside>')))!;
    expect(author.text).not.toContain('About the writer');
    const sidebar = extractArticle(parse(html('', `<aside class="sidebar">${facts}</aside>`)))!;
    expect(sidebar.text).not.toContain('Need to know');
  });
});

describe.each(parsers)('the deck under the headline (%s)', (_name, parse) => {
  const body = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1} of the report on the flood inquiry, which heard evidence from officials and families over several long days in the regional parliament.</p>`).join('');
  const html = (head: string) => `<html><head><title>Flood inquiry told warnings came too late</title>${head}</head><body><article><h1>Flood inquiry told warnings came too late</h1><p class="standfirst">Emergency chief says alert was sent two hours after water began entering homes</p>${body}</article></body></html>`;

  it('is left out of the body and, with no description declared, is the excerpt', () => {
    const article = extractArticle(parse(html('')))!;
    expect(article.text).not.toContain('Emergency chief says');
    expect(article.text.startsWith('Paragraph 1 of the report')).toBe(true);
    expect(article.excerpt).toBe('Emergency chief says alert was sent two hours after water began entering homes');
  });

  it('gives way to a description the page declares', () => {
    const article = extractArticle(parse(html('<meta name="description" content="The inquiry into last year\'s floods heard from the emergency chief.">')))!;
    expect(article.excerpt).toBe("The inquiry into last year's floods heard from the emergency chief.");
  });
});

describe.each(parsers)('a byline set in capitals (%s)', (_name, parse) => {
  const body = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1} of a long enough report on the harbour, with words enough to count as prose in a story of its own.</p>`).join('');
  it.each([
    ['By JANE ROE', 'Jane Roe'],
    ["By SEAN O'NEILL and ANNA-MARIA LOPEZ", "Sean O'Neill, Anna-Maria Lopez"],
    ['By JANE ROE AND TOM LEE', 'Jane Roe, Tom Lee'],
    ['BY INÉS NAVARRO & OLA BRANDT', 'Inés Navarro, Ola Brandt'],
    ['By AP', 'AP'],
  ])('%s → %s', (line, byline) => {
    expect(extractArticle(parse(`<html><head><title>Harbour</title></head><body><article><h1>Harbour</h1><p class="byline">${line}</p>${body}</article></body></html>`))!.byline).toBe(byline);
  });
});

describe.each(parsers)('an old table-layout page whose <title> ends " :: Site" (%s)', (_name, parse) => {
  const lines = [
    "KELBY'S last paper mill will close in the spring with the loss of 300 jobs, its owners said yesterday.",
    'Harrow Paper blamed a doubling of energy costs since 2021 and falling demand for newsprint. The company said it had tried for two years to find a buyer.',
    '"This is a dark day for Kelby," said the town\'s mayor, Jean Pryce. "Three generations of families have worked at that mill."',
    'The mill, on the banks of the River Kel, has made paper since 1891. At its peak in the 1970s it employed more than 1,200 people.',
  ];
  const html = `<html><head><title>Mill closure: 300 jobs at risk in Kelby :: The Kelby Examiner</title></head><body><table><tr><td class="content"><font size="5"><b>Mill closure: 300 jobs at risk in Kelby</b></font><br><i>By Owen Marsh, Industry Reporter</i><br><small>Posted: Tuesday, 4 November 2025 at 09:12</small><br><br>${lines.join('<br><br>ADVERTISEMENT<br><br>')}<br><br></td></tr></table></body></html>`;

  it('gives the headline and the site apart, and a body without the headline, byline and date lines above it', () => {
    const article = extractArticle(parse(html))!;
    expect([article.title, article.siteName, article.byline]).toEqual(['Mill closure: 300 jobs at risk in Kelby', 'The Kelby Examiner', 'Owen Marsh']);
    expect(article.text.split('\n\n')).toEqual(lines);
  });
});

describe.each(parsers)('a writer\'s contact line closing the story (%s)', (_name, parse) => {
  const lines = [
    'The city\'s rent board voted 3-2 on Tuesday to cap annual increases at 5% for most apartments built before 2000.',
    '"People who have lived here for 30 years should not be priced out," the board\'s chair, Rosa Delgado, said.',
    'Landlords said the cap would discourage repairs, and their association said it was considering a legal challenge.',
    'The City Council must still approve funding for two new staff positions to enforce the rule.',
  ];
  it('leaves the body; a last paragraph that is a sentence of the story stays', () => {
    const page = (last: string) => `<html><head><title>Rent cap</title></head><body><article><h1>Rent cap</h1>${[...lines, last].map((l) => `<p>${l}</p>`).join('')}</article></body></html>`;
    expect(extractArticle(parse(page('<em>Contact Dana Whitfield at dwhitfield@herald.example or 555-0142. Follow her on X @danawhit.</em>')))!.text.split('\n\n')).toEqual(lines);
    const helpline = 'Tenants with questions can call the board, whose helpline can be reached at help@herald.example.';
    expect(extractArticle(parse(page(helpline)))!.text.split('\n\n')).toEqual([...lines, helpline]);
  });
});

describe.each(parsers)('a French page with its deck and its subscription wall in the article (%s)', (_name, parse) => {
  const lines = [
    "C'est un recul que peu d'observateurs attendaient aussi tôt. Devant les députés, le premier ministre a annoncé la suspension du relèvement de l'âge légal.",
    '« Nous avons entendu le pays », a déclaré le premier ministre sous les applaudissements.',
    'La mesure coûterait près de 1,9 milliard d’euros en année pleine, selon le ministère des finances.',
    'Les syndicats ont salué une première victoire, tout en réclamant l’abrogation de la réforme.',
  ];
  const deck = 'Le premier ministre a annoncé mardi le gel du report de l’âge de départ.';
  const html = `<html lang="fr"><head><title>Retraites : le gouvernement recule</title><meta name="description" content="${deck}"></head><body><article><h1>Retraites : le gouvernement recule</h1><p class="article__desc">${deck}</p><div class="article__content">${lines.map((l) => `<p>${l}</p>`).join('')}<p class="article__status">Il vous reste 62 % de cet article à lire. La suite est réservée aux abonnés.</p></div></article></body></html>`;

  it('keeps the deck (class "…__desc") out of the body as its excerpt, and the wall\'s own words out of the body, still telling the clip may be cut short', () => {
    const article = extractArticle(parse(html))!;
    expect(article.text.split('\n\n')).toEqual(lines);
    expect(article.excerpt).toBe(deck);
    expect(article.paywalled).toBe(true);
  });
});

describe('extractArticle: pictures the reader could not show (linkedom)', () => {
  const parse = (body: string) => parseHTML(`<!doctype html><html><head><title>Salt pans</title></head><body><article><h1>Salt pans</h1>${body}</article></body></html>`).document as unknown as Document;
  const para = (i: number) => `<p>Paragraph ${i}: the salt keepers of Ribera open the sluices at dawn and rake the crust into ridges before the afternoon wind gets up.</p>`;

  it('drops a picture whose address no download can reach, and the figure it leaves empty, keeping the caption', () => {
    // A page saved to disk, or clipped after the pipeline resolved its "/photos/…" paths without a page address.
    const a = extractArticle(
      parse(`${para(1)}<figure><img src="file:///home/ines/Saved/lead.jpg" alt="A man raking salt"><figcaption>Raking the day's salt at Ribera.</figcaption></figure>${para(2)}<p><a href="dossier-paste:/photos/big.jpg"><img src="dossier-paste:/photos/small.jpg" alt="Sluice gate"></a></p>${para(3)}`),
    )!;
    expect(a.html).not.toMatch(/<img|<figure|<a[\s>]/);
    expect(a.captions).toEqual(["Raking the day's salt at Ribera."]);
    expect(a.text.split('\n\n')).toHaveLength(3);
  });

  it('keeps web and inline pictures beside one it drops', () => {
    const gif = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    const a = extractArticle(
      parse(`${para(1)}<figure><img src="https://news.example/a.jpg" alt=""><img src="file:///C:/Users/ines/b.jpg" alt=""><img src="${gif}" alt=""><figcaption>Left to right: the pans, the store and the quay.</figcaption></figure>${para(2)}${para(3)}`),
    )!;
    expect(a.html).toContain('src="https://news.example/a.jpg"');
    expect(a.html).toContain(`src="${gif}"`);
    expect(a.html).not.toContain('file:');
    expect(a.html.match(/<img/g)).toHaveLength(2);
  });
});
