import { describe, expect, it } from 'vitest';
import { siteHost } from './site-host';

describe('siteHost', () => {
  it.each([
    ['https://www.example.com/news/1', undefined, 'example.com'],
    ['https://news.example.co.uk/a?b=c', undefined, 'news.example.co.uk'],
    ['/world/story', 'https://www.example.org/home', 'example.org'],
    ['mailto:desk@example.com', undefined, null],
    ['not a url', undefined, null],
    ['', undefined, null],
    [null, undefined, null],
  ])('%s (base %s) → %s', (url, base, host) => {
    expect(siteHost(url, base)).toBe(host);
  });
});
