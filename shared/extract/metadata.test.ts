import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { normaliseDate, readMetadata, siteFromTitleTag, type PageMetadata } from './metadata';

function meta(head: string, body = '', htmlAttrs = '', url?: string): PageMetadata {
  const doc = parseHTML(`<!doctype html><html ${htmlAttrs}><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
  return readMetadata(doc, url);
}
const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

/** [what, head, body, html attributes, url, expected subset]. */
const cases: Array<[string, string, string, string, string | undefined, Partial<PageMetadata>]> = [
  [
    'JSON-LD NewsArticle inside @graph, authors as objects',
    ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', name: 'Page' }, { '@type': 'NewsArticle', headline: 'Dam report delayed', datePublished: '2024-06-02T09:15:00+02:00', author: [{ '@type': 'Person', name: 'Ada Pell' }, { '@type': 'Person', name: 'Rui Sato' }], publisher: { '@type': 'Organization', name: 'Vell Herald' }, inLanguage: 'de-CH', image: ['https://img.vell.example/dam.jpg'] }] }),
    '', '', undefined,
    { title: 'Dam report delayed', byline: 'Ada Pell, Rui Sato', siteName: 'Vell Herald', publishedAt: '2024-06-02T07:15:00.000Z', lang: 'de-CH', leadImage: 'https://img.vell.example/dam.jpg' },
  ],
  [
    'JSON-LD author as a plain string and type as an array',
    ld({ '@type': ['NewsArticle', 'Article'], headline: 'Tram line opens', author: 'Lea Moor and Tom Brandt', datePublished: '2023-11-30' }),
    '', '', undefined,
    { title: 'Tram line opens', byline: 'Lea Moor, Tom Brandt', publishedAt: '2023-11-30' },
  ],
  [
    'a broken JSON-LD block is ignored, the next one is used',
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "bad",}</script>' + ld({ '@type': 'BlogPosting', headline: 'Good one', datePublished: '2022-01-05T10:00:00Z' }),
    '', '', undefined,
    { title: 'Good one', publishedAt: '2022-01-05T10:00:00.000Z' },
  ],
  [
    'OpenGraph and article:* meta tags',
    '<meta property="og:title" content="Council backs cycle lanes"><meta property="og:site_name" content="North Quay News"><meta property="article:published_time" content="2025-01-20T08:00:00Z"><meta property="og:image" content="/img/lanes.png"><meta property="og:url" content="https://nqn.example/lanes"><meta property="og:locale" content="fr_BE"><meta property="og:description" content="Six votes to one.">',
    '', '', 'https://nqn.example/lanes?ref=home',
    { title: 'Council backs cycle lanes', siteName: 'North Quay News', publishedAt: '2025-01-20T08:00:00.000Z', leadImage: 'https://nqn.example/img/lanes.png', canonicalUrl: 'https://nqn.example/lanes', lang: 'fr-BE', description: 'Six votes to one.' },
  ],
  [
    'a scholarly page\'s citation_author tags, one per author, family name first',
    '<meta name="citation_author" content="Okonkwo-Lindqvist, Adaeze"><meta name="citation_author" content="Harrow, B. J."><meta name="citation_author" content="Mei Lin">',
    '', '', undefined,
    { byline: 'Adaeze Okonkwo-Lindqvist, B. J. Harrow, Mei Lin' },
  ],
  [
    'a JSON-LD author that is the site itself names no writer: the printed byline does',
    '<meta property="og:site_name" content="Claimwatch">' + ld({ '@type': 'ClaimReview', datePublished: '2026-06-03', author: { '@type': 'Organization', name: 'ClaimWatch' }, claimReviewed: 'Rain barrels were banned.' }),
    '<article><h1>No, rain barrels were not banned</h1><p class="byline">By Noor Haddad</p><p>The post is wrong.</p></article>', '', undefined,
    { byline: 'Noor Haddad', siteName: 'Claimwatch' },
  ],
  [
    'a JSON-LD author that is the site itself stays the byline when nothing else names a writer',
    '<meta property="og:site_name" content="Claimwatch">' + ld({ '@type': 'ClaimReview', datePublished: '2026-06-03', author: { '@type': 'Organization', name: 'ClaimWatch' } }),
    '<article><h1>No, rain barrels were not banned</h1><p>The post is wrong.</p></article>', '', undefined,
    { byline: 'ClaimWatch' },
  ],
  [
    'a date given only in the canonical address\'s path',
    '<link rel="canonical" href="https://www.riverbend.example/2026/07/11/ferry-captain-interview/">',
    '<article><h1>A ferry captain on 40 years crossing</h1><p>Interview.</p></article>', '', undefined,
    { publishedAt: '2026-07-11' },
  ],
  [
    'a date given only in the fetched address\'s path',
    '',
    '<article><h1>A ferry captain on 40 years crossing</h1><p>Interview.</p></article>', '', 'https://www.riverbend.example/news/2026/07/11/ferry-captain',
    { publishedAt: '2026-07-11' },
  ],
  [
    'a declared date wins over the address\'s',
    '<meta property="article:published_time" content="2026-07-10T22:00:00Z">',
    '', '', 'https://www.riverbend.example/2026/07/11/ferry-captain',
    { publishedAt: '2026-07-10T22:00:00.000Z' },
  ],
  [
    'a path with a year and month only gives no date',
    '',
    '<article><h1>A ferry captain on 40 years crossing</h1><p>Interview.</p></article>', '', 'https://www.riverbend.example/2026/07/ferry-captain',
    { publishedAt: null },
  ],
  [
    'two authors\' links in one byline, each with rel=author; other stories\' author links further down are not theirs',
    '',
    '<article><header><h1>Dockworkers vote to strike over automation plan at three northern ports</h1><div class="byline-block"><span>By </span><a href="/a/is" rel="author">Ingrid Solheim</a><span> and </span><a href="/a/tr" rel="author">Tomas Rehak</a></div></header><p>Dockworkers voted on Thursday to strike.</p></article><section><h2>Read next</h2><ul><li><a href="/n/1">Rail freight volumes hit five-year low as shippers turn to the roads</a> <a rel="author" href="/a/mf">Mark Feeney</a></li></ul></section>',
    '', undefined,
    { byline: 'Ingrid Solheim, Tomas Rehak' },
  ],
  [
    'a JSON-LD headline cut short gives way to the whole one that the <h1> and og:title agree on',
    ld({ '@type': 'LiveBlogPosting', headline: 'Budget day live: Chancellor sets out tax changes' }) + '<meta property="og:site_name" content="The Northern Courier"><meta property="og:title" content="Budget day live: Chancellor sets out tax changes – as it happened | The Northern Courier">',
    '<main><h1>Budget day live: Chancellor sets out tax changes – as it happened</h1><p>Good morning.</p></main>', '', undefined,
    { title: 'Budget day live: Chancellor sets out tax changes – as it happened' },
  ],
  [
    'the JSON-LD headline stays when the <h1> and og:title do not agree on a longer one',
    ld({ '@type': 'NewsArticle', headline: 'Budget day: Chancellor sets out tax changes' }) + '<meta property="og:title" content="Budget day: Chancellor sets out tax changes">',
    '<main><h1>Budget day: Chancellor sets out tax changes for families</h1><p>Good morning.</p></main>', '', undefined,
    { title: 'Budget day: Chancellor sets out tax changes' },
  ],
  [
    'the older citation_authors tag, all in one',
    '<meta name="citation_authors" content="Harrow, Benedikt; Okonkwo-Lindqvist, Adaeze">',
    '', '', undefined,
    { byline: 'Benedikt Harrow, Adaeze Okonkwo-Lindqvist' },
  ],
  [
    'plain meta tags: author, date, Dublin Core',
    '<meta name="author" content="Ines Calloway"><meta name="dc.date" content="2021-07-04"><meta name="dc.title" content="Harbour dues rise">',
    '', '', undefined,
    { title: 'Harbour dues rise', byline: 'Ines Calloway', publishedAt: '2021-07-04' },
  ],
  [
    'the visible page: <time datetime>, rel=author, <h1>, <html lang>',
    '',
    '<article><h1>Storm closes coastal road</h1><a rel="author" href="/staff/ko">Kai Oduya</a><time datetime="2024-02-29T23:30:00Z">29 Feb</time><p>Text.</p></article>',
    'lang="nl"', 'https://www.coast.example/a',
    { title: 'Storm closes coastal road', byline: 'Kai Oduya', publishedAt: '2024-02-29T23:30:00.000Z', lang: 'nl', siteName: 'coast.example' },
  ],
  [
    'the <title> tag without its site suffix, canonical resolved against the page',
    '<title>Budget vote postponed | Ridge Gazette</title><meta property="og:site_name" content="Ridge Gazette"><link rel="canonical" href="/politics/budget-vote">',
    '', '', 'https://ridge.example/politics/budget-vote?amp=1',
    { title: 'Budget vote postponed', siteName: 'Ridge Gazette', canonicalUrl: 'https://ridge.example/politics/budget-vote' },
  ],
  [
    'og:title that repeats the site name loses it',
    '<meta property="og:title" content="Mill reopens after fire - Ridge Gazette"><meta property="og:site_name" content="Ridge Gazette">',
    '', '', undefined,
    { title: 'Mill reopens after fire' },
  ],
  [
    'JSON-LD beats OpenGraph when both are there',
    '<meta property="og:title" content="Short title">' + ld({ '@type': 'NewsArticle', headline: 'The full headline from JSON-LD' }),
    '', '', undefined,
    { title: 'The full headline from JSON-LD' },
  ],
  [
    'nothing declared: everything null but what the URL gives',
    '', '<p>Just text.</p>', '', 'https://www.plain.example/x',
    { title: null, byline: null, publishedAt: null, canonicalUrl: null, lang: null, leadImage: null, siteName: 'plain.example' },
  ],
  [
    'a <meta> with a property and several itemprop names answers to each ("article:published", "datePublished")',
    '<meta property="article:published" itemprop="datePublished dateCreated" content="2019-11-19T11:00:09.000Z"><meta property="article:modified" itemprop="dateModified" content="2019-11-20T08:00:00.000Z">',
    '', '', undefined,
    { publishedAt: '2019-11-19T11:00:09.000Z' },
  ],
  [
    'an itemprop date on a <meta> that also has a property of another name',
    '<meta property="nyx:stamp" itemprop="dateCreated datePublished" content="2020-02-03T10:00:00Z">',
    '', '', undefined,
    { publishedAt: '2020-02-03T10:00:00.000Z' },
  ],
  [
    'a site name written as its address is its host',
    '<meta property="og:site_name" content="https://www.kelbynews.example">',
    '', '', undefined,
    { siteName: 'kelbynews.example' },
  ],
  [
    'the author link inside an author block that also holds a headshot, a handle and the date',
    '',
    '<ul itemprop="author" itemscope><li><img alt=""></li><li><a rel="author" href="/writers/ana-pell/">Ana Pell</a> <span>@AnaPell</span> <span>Nov 18, 2019 at 9:24 pm ET • 2 min read</span></li></ul><p>Text.</p>',
    '', undefined,
    { byline: 'Ana Pell' },
  ],
  [
    'an author box\'s link to the writer\'s other stories ("View Archive →") is no byline: the printed "By" line is',
    '',
    '<h1>Ferry fares rise</h1><p class="meta">By <a href="/author/mquell/">Mara Quell</a></p><p>Text.</p><div class="author-box"><h2>Mara Quell</h2><p>Mara covers the islands.</p><a href="/author/mquell/" rel="author">View Archive <span>&rarr;</span></a></div>',
    '', undefined,
    { byline: 'Mara Quell' },
  ],
  [
    'a label among rel=author links gives way to the link that names the writer',
    '',
    '<h1>Ferry fares rise</h1><p>Text.</p><a rel="author" href="/author/mquell/">More from this author</a><a rel="author" href="/author/mquell/">Mara Quell</a>',
    '', undefined,
    { byline: 'Mara Quell' },
  ],
  [
    'a fact check (ClaimReview) is written by its reviewer, not by whoever made the claim it reviews',
    ld({ '@type': 'ClaimReview', headline: 'Claim about refugees is false', author: { '@type': 'Organization', name: 'Checkpoint.example' }, itemReviewed: { '@type': 'CreativeWork', author: { '@type': 'Person', name: 'The defence ministry' } } }),
    '<div class="claim"><h4 class="author">The defence ministry</h4><p>The claim.</p></div>',
    '', undefined,
    { title: 'Claim about refugees is false', byline: 'Checkpoint.example' },
  ],
  [
    'non-http canonical and image URLs are refused',
    '<link rel="canonical" href="javascript:alert(1)"><meta property="og:image" content="data:image/png;base64,AAAA">',
    '', '', undefined,
    { canonicalUrl: null, leadImage: null },
  ],
];

describe('readMetadata', () => {
  it.each(cases)('%s', (_what, head, body, attrs, url, expected) => {
    expect(meta(head, body, attrs, url)).toMatchObject(expected);
  });
});

describe('normaliseDate', () => {
  it.each([
    ['2024-05-01', '2024-05-01'],
    ['20240501', '2024-05-01'],
    ['2024-05-01T10:00:00+02:00', '2024-05-01T08:00:00.000Z'],
    ['Tue, 11 Mar 2025 17:40:00 GMT', '2025-03-11T17:40:00.000Z'],
    ['not a date', null],
    ['1850-01-01T00:00:00Z', null],
    [null, null],
  ] as const)('%s → %s', (raw, iso) => {
    expect(normaliseDate(raw)).toBe(iso);
  });
});

describe('siteFromTitleTag', () => {
  it.each([
    ['Dam repair bill tops $40m | The Northern Ledger', 'The Northern Ledger'],
    ['Quarry reopening approved – Stonebridge Times', 'Stonebridge Times'],
    ['Headline without a site', null],
    // The last part is longer than the first: "Printer-friendly version - Headline" names no site.
    ['Print view - Quarry reopening approved with conditions', null],
    // A date or a part number is not a site.
    ['Council minutes | March 2025', null],
    ['A very long headline about the harbour | and a second clause that runs on past five words', null],
    // A section before the headline: the headline, not the section, is what the site's name must be shorter than.
    ['Opinion | Councils Are Following the Mayor to Nowhere - The Harbour Times', 'The Harbour Times'],
  ])('%s → %s', (title, site) => {
    expect(siteFromTitleTag(title)).toBe(site);
  });

  it('reads " « " as blogs print it ("Post title « Blog name"), and the headline is left without the site', () => {
    const m = meta('<title>What the 1911 census says about Weir Lane « Hollins Valley History</title>');
    expect([m.title, m.siteName]).toEqual(['What the 1911 census says about Weir Lane', 'Hollins Valley History']);
  });

  it('reads " :: " as older sites print it, and the headline is left without the site', () => {
    expect(siteFromTitleTag('Mill closure: 300 jobs at risk in Kelby :: The Kelby Examiner')).toBe('The Kelby Examiner');
    const m = meta('<title>Mill closure: 300 jobs at risk in Kelby :: The Kelby Examiner</title>');
    expect([m.title, m.siteName]).toEqual(['Mill closure: 300 jobs at risk in Kelby', 'The Kelby Examiner']);
  });

  it('takes the site\'s name from the title\'s first part when the page prints it as its own (its logo, its copyright line), as older sites put it first; not a kicker', () => {
    const body = '<img src="/logo.gif" alt="Harbour Gazette"><p><b>Lifeboat crew honoured</b></p><p>Posted on Friday, 28 November 2026 by Alun Pritchard</p><p>Five volunteers were given awards.</p>';
    const m = meta('<title>Harbour Gazette - Lifeboat crew honoured</title>', body, '', 'https://harbourgazette.example/news/1182');
    expect([m.title, m.siteName, m.byline]).toEqual(['Lifeboat crew honoured', 'Harbour Gazette', 'Alun Pritchard']);
    expect(meta('<title>Harbour Gazette - Lifeboat crew honoured</title>', '<p>Five volunteers were given awards.</p><p>Copyright 2026 Harbour Gazette. Site by Pixelworks.</p>').siteName).toBe('Harbour Gazette');
    // (The line as a page's source wraps it.)
    expect(meta('<title>Lifeboat crew honoured</title>', '<p>Posted on Friday,\n 28 November 2026 by Alun Pritchard\n</p><p>Five volunteers were given awards.</p>').byline).toBe('Alun Pritchard');
    // "Opinion - …" with no logo or copyright of that name: a kicker, and the address names the site.
    expect(meta('<title>Opinion - Why the harbour wall must be raised</title>', '<nav><a>Opinion</a></nav><p>Text.</p>', '', 'https://www.harbourgazette.example/o/1').siteName).toBe('harbourgazette.example');
  });

  it('beats a social handle, as the logo\'s text that spells the handle out does', () => {
    expect(meta('<title>Copper hits a 14-month high | Kestrel Wire</title><meta name="twitter:site" content="@kestrelwire">').siteName).toBe('Kestrel Wire');
    const logo = '<header><a href="/"><img src="/logo.svg" alt="Kestrel Wire"></a></header><p>Text.</p>';
    expect(meta('<title>Copper hits a 14-month high</title><meta name="twitter:site" content="@kestrelwire">', logo).siteName).toBe('Kestrel Wire');
    // A handle is still a name when the page writes out no other (an image's alt that does not spell it is no logo).
    expect(meta('<title>Copper hits a 14-month high</title><meta name="twitter:site" content="@kestrelwire">', '<img src="/p.jpg" alt="Copper wire on a drum"><p>Text.</p>').siteName).toBe('kestrelwire');
    // og:site_name still beats the title.
    expect(meta('<title>Copper hits a 14-month high | Kestrel Wire</title><meta property="og:site_name" content="Kestrel"><meta name="twitter:site" content="@kestrelwire">').siteName).toBe('Kestrel');
  });

  it('is used only when the page names no site itself', () => {
    expect(meta('<title>Ferry fares frozen | Alder Courier</title>', '', '', 'https://alder.example/a').siteName).toBe('Alder Courier');
    expect(meta('<title>Ferry fares frozen | Alder Courier</title><meta property="og:site_name" content="The Alder Courier">').siteName).toBe('The Alder Courier');
  });
});

describe('readMetadata: what the page prints when it declares nothing', () => {
  it('falls back to a printed byline and date, but never over declared ones', () => {
    const body = '<h1>Pier reopens</h1><p class="byline">By Ada Pell</p><p class="date">Published 3 June 2025</p><p>Text.</p>';
    expect(meta('', body)).toMatchObject({ byline: 'Ada Pell', publishedAt: '2025-06-03' });
    expect(meta('<meta name="author" content="Rui Sato"><meta property="article:published_time" content="2025-06-04T10:00:00Z">', body)).toMatchObject({
      byline: 'Rui Sato',
      publishedAt: '2025-06-04T10:00:00.000Z',
    });
  });

  it("returns the JSON-LD articleBody", () => {
    expect(meta(ld({ '@type': 'NewsArticle', headline: 'H', articleBody: ' First.\n\nSecond. ' })).articleBody).toBe('First.\n\nSecond.');
    expect(meta(ld({ '@type': 'NewsArticle', headline: 'H' })).articleBody).toBeNull();
  });
});
