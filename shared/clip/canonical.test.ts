import { describe, expect, it } from 'vitest';
import { canonicalUrl, looksLikeUrl, normaliseTypedUrl, schemeOf } from './canonical';

describe('canonicalUrl', () => {
  it('drops the fragment, tracking parameters and credentials; lower-cases the host; sorts the query', () => {
    expect(canonicalUrl('https://News.Example:443/a/b?utm_source=x&z=1&a=2&fbclid=abc#top')).toBe('https://news.example/a/b?a=2&z=1');
    expect(canonicalUrl('http://user:pw@gazette.example/story?utm_medium=mail')).toBe('http://gazette.example/story');
  });
  it('refuses anything but http(s)', () => {
    for (const bad of ['ftp://x.example/a', 'javascript:alert(1)', 'not a url', 'file:///etc/passwd']) expect(canonicalUrl(bad)).toBeNull();
  });
});

describe('what the user typed', () => {
  it('adds https:// to a bare host, keeps host:port, refuses other schemes', () => {
    expect(normaliseTypedUrl('gazette.example/news/quay')).toBe('https://gazette.example/news/quay');
    expect(normaliseTypedUrl('localhost:8080/story')).toBe('https://localhost:8080/story');
    expect(normaliseTypedUrl(' http://127.0.0.1:4000/a ')).toBe('http://127.0.0.1:4000/a');
    for (const bad of ['mailto:desk@gazette.example', 'ftp://files.example/a', 'javascript:alert(1)', 'two words']) expect(normaliseTypedUrl(bad)).toBeNull();
    expect(schemeOf('ftp://files.example')).toBe('ftp');
    expect(schemeOf('localhost:8080')).toBeNull();
  });
  it('looksLikeUrl: one address and nothing else', () => {
    expect(looksLikeUrl('https://gazette.example/a')).toBe(true);
    expect(looksLikeUrl('gazette.example/a')).toBe(true);
    expect(looksLikeUrl('Ferry fares\nrise again')).toBe(false);
    expect(looksLikeUrl('see https://gazette.example')).toBe(false);
  });
});
