import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { looksPaywalled } from './paywall';

const parsers: Array<[string, (html: string) => Document]> = [
  ['linkedom', (html) => parseHTML(html).document as unknown as Document],
  ['jsdom', (html) => new JSDOM(html).window.document],
];

const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const story = '<article><h1>Quay fees rise</h1><p>The harbour board in Vell agreed on Monday that quay fees must rise by a tenth.</p></article>';

describe.each(parsers)('looksPaywalled (%s)', (_name, parse) => {
  it('reads the structured data a paywalled page declares ("isAccessibleForFree": false or "False")', () => {
    expect(looksPaywalled(parse(page('<script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree":false}</script>', story)))).toBe(true);
    expect(looksPaywalled(parse(page('<script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree": "False"}</script>', story)))).toBe(true);
    expect(looksPaywalled(parse(page('<script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree":true}</script>', story)))).toBe(false);
  });

  it('reads a wall the page prints: a box named as one, or the words of one', () => {
    expect(looksPaywalled(parse(page('', `${story}<div class="article-paywall"><p>Start your free trial</p></div>`)))).toBe(true);
    expect(looksPaywalled(parse(page('', `${story}<div><h3>This article is for subscribers</h3><p>Already a subscriber? Log in.</p></div>`)))).toBe(true);
    expect(looksPaywalled(parse(page('', `${story}<p>Subscribe to continue reading.</p>`)))).toBe(true);
    expect(looksPaywalled(parse(page('', `${story}<p>You have reached your free article limit this month.</p>`)))).toBe(true);
    expect(looksPaywalled(parse(page('', `${story}<p>La suite est réservée aux abonnés.</p>`)))).toBe(true);
    expect(looksPaywalled(parse(page('', `${story}<p>Article réservé aux abonnés</p>`)))).toBe(true);
    // (The share still to read, where the text stops, in English and in French, anywhere in the page's text.)
    expect(looksPaywalled(parse(page('', `${story}<p>You have 70% of this article left to read.</p>`)))).toBe(true);
    expect(looksPaywalled(parse(page('', `${story}<p>Il vous reste 62 % de cet article à lire.</p>`)))).toBe(true);
  });

  it('a free page is not one: an empty wall box in the template, a "Subscribe" link, an article about subscriptions', () => {
    expect(looksPaywalled(parse(page('', `${story}<div id="paywall-slot"></div><nav><a>Subscribe</a> <a>Already a subscriber? Log in</a></nav>`)))).toBe(false);
    expect(looksPaywalled(parse(page('', '<article><h1>Streaming prices</h1><p>Members of the gym said subscribers would pay more from May, and the council said the pool would stay open.</p></article>')))).toBe(false);
  });
});
