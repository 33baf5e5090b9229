import { describe, expect, it } from 'vitest';
import type { Article } from '../../shared/model';
import { CUT_SHORT_NOTICE } from '../../shared/clip/pipeline';
import { createClipQueue, readClipRejected, readClipRequest, runClipRequest, type ClipRequestDeps, type ClipUrlOutcome } from './clip-request';
import { findSelection } from './find-selection';

const article = (quoteCount: number): Article => ({
  id: 'a1', url: 'https://news.example/a', canonicalUrl: 'https://news.example/a', title: 'Bridge tolls to rise', byline: null, siteName: null,
  publishedAt: null, clippedAt: '2026-05-11T09:00:00Z', lang: 'en', excerpt: null, leadImageId: null, wordCount: 10, readingMinutes: 1,
  tags: [], actorIds: [], quoteCount, source: 'protocol', dateline: null, credit: null, previousVersionId: null,
});

function deps(outcome: ClipUrlOutcome | Error, text = 'The board approved a rise.\n\n“Nobody likes paying more,” said the chair.') {
  const log: string[] = [];
  const d: ClipRequestDeps = {
    clipUrl: async (url, options) => {
      log.push(`clip ${url} ${JSON.stringify(options)}`);
      if (outcome instanceof Error) throw outcome;
      return outcome;
    },
    articleText: async () => text,
    hasQuoteAt: async (_id, start) => start === 0,
    createQuote: async (q) => void log.push(`quote ${q.articleId} ${q.start}-${q.end}`),
    info: (m) => void log.push(`info ${m}`),
    error: (m) => void log.push(`error ${m}`),
  };
  return { d, log };
}

describe('a clip request from the browser', () => {
  it('validates the payload again on arrival', () => {
    expect(readClipRequest({ url: 'https://news.example/a', selection: 'x' })).toEqual({ url: 'https://news.example/a', selection: 'x' });
    expect(readClipRequest({ url: 'javascript:alert(1)' })).toBeNull();
    expect(readClipRequest({ url: 'https://news.example/a', extra: 1 })).toBeNull();
    expect(readClipRequest('https://news.example/a')).toBeNull();
    expect(readClipRejected({ reason: 'not-http', message: 'Only http.' })).toEqual({ reason: 'not-http', message: 'Only http.' });
    expect(readClipRejected({ reason: 'made-up', message: 'x' })).toBeNull();
  });

  it('clips the URL with the selection, opens it, and says the selection is highlighted', async () => {
    const { d, log } = deps({ status: 'saved', article: article(1), imagesSkipped: 0, cutShort: false });
    await runClipRequest({ url: 'https://news.example/a', selection: 'Nobody likes paying more' }, 'protocol', d);
    expect(log).toEqual([
      'clip https://news.example/a {"selection":"Nobody likes paying more","source":"protocol","open":true}',
      'info Clipped “Bridge tolls to rise” with your selection highlighted.',
    ]);
  });

  it('says so when the selection was not found in the extracted article', async () => {
    const { d, log } = deps({ status: 'saved', article: article(0), imagesSkipped: 0, cutShort: false });
    await runClipRequest({ url: 'https://news.example/a', selection: 'Subscribe now' }, 'protocol', d);
    expect(log[1]).toMatch(/not in the extracted article, so no highlight was made/);
  });

  it('a page that says its article is for subscribers: the message says the clip may be cut short and how to keep the whole text', async () => {
    const { d, log } = deps({ status: 'saved', article: article(0), imagesSkipped: 0, cutShort: true });
    await runClipRequest({ url: 'https://news.example/a' }, 'protocol', d);
    expect(log[1]).toBe(`info Clipped “Bridge tolls to rise”. ${CUT_SHORT_NOTICE}`);
    expect(CUT_SHORT_NOTICE).toMatch(/for subscribers.*paste it into Dossier/);
  });

  it('an article already in the library gets the selection highlighted there (once)', async () => {
    const { d, log } = deps({ status: 'existing', article: article(2) });
    await runClipRequest({ url: 'https://news.example/a', selection: 'Nobody  likes paying\nmore' }, 'protocol', d);
    expect(log.slice(1)).toEqual(['quote a1 29-53', 'info Opened “Bridge tolls to rise” and highlighted your selection.']);
    const again = deps({ status: 'existing', article: article(2) });
    await runClipRequest({ url: 'https://news.example/a', selection: 'The board' }, 'protocol', again.d);
    expect(again.log.slice(1)).toEqual(['info Opened “Bridge tolls to rise”; your selection was already highlighted.']);
  });

  it('a failed clip becomes an error message, never an unhandled rejection', async () => {
    const { d, log } = deps(new Error('The page at news.example answered 404 Not Found. Check the address.'));
    await runClipRequest({ url: 'https://news.example/a' }, 'protocol', d);
    expect(log[1]).toBe('error The page at news.example answered 404 Not Found. Check the address.');
  });

  it('a cancelled duplicate prompt says nothing', async () => {
    const { d, log } = deps({ status: 'cancelled' });
    await runClipRequest({ url: 'https://news.example/a', selection: 'x' }, 'protocol', d);
    expect(log).toHaveLength(1);
  });
});

describe('clip queue', () => {
  it('runs requests one at a time, in order, and drops a URL already waiting', async () => {
    const events: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const queue = createClipQueue(async ({ request }: { request: { url: string } }) => {
      events.push(`start ${request.url}`);
      if (request.url.endsWith('/1')) await gate;
      events.push(`end ${request.url}`);
    });
    const push = (url: string) => queue.push({ request: { url } });
    void push('https://n.example/1');
    void push('https://n.example/2');
    void push('https://n.example/1');
    await Promise.resolve();
    expect(events).toEqual(['start https://n.example/1']);
    release();
    await push('https://n.example/3');
    expect(events).toEqual(['start https://n.example/1', 'end https://n.example/1', 'start https://n.example/2', 'end https://n.example/2', 'start https://n.example/3', 'end https://n.example/3']);
  });
});

describe('finding the browser selection in the stored text', () => {
  const text = 'The board approved a rise.\n\n“Nobody likes paying more,” said the chair.\u00a0Tolls rise in April.';
  it.each([
    ['The board approved', { start: 0, end: 18 }],
    ['rise. “Nobody', { start: 21, end: 35 }],
    ['  said the   chair. Tolls ', { start: 56, end: 77 }],
    ['not there', null],
    ['   ', null],
  ])('%j → %j', (selection, range) => {
    const found = findSelection(text, selection);
    expect(found).toEqual(range);
    if (found) expect(text.slice(found.start, found.end).replace(/\s+/g, ' ')).toBe(selection.replace(/\s+/g, ' ').trim());
  });
});
