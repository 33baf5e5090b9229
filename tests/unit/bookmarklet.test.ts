import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseClipLink } from '../../electron/main/protocol/parse-clip-link';
import { BOOKMARKLET_LIMITS, BOOKMARKLET_URL } from '../../renderer/help/bookmarklet';

/** Runs the bookmarklet as a browser would, on a stand-in page; returns the address it opened. */
function runBookmarklet(page: { href: string; title: string; selection: string }): string {
  const location = { href: page.href };
  const document = { title: page.title };
  const window = { getSelection: () => ({ toString: () => page.selection }) };
  const code = decodeURIComponent(BOOKMARKLET_URL.slice('javascript:'.length));
  new Function('location', 'document', 'window', code)(location, document, window);
  return location.href;
}

describe('the bookmarklet', () => {
  it('is a javascript: URL a browser keeps as a bookmark (no raw spaces or newlines)', () => {
    expect(BOOKMARKLET_URL.startsWith('javascript:(function(){')).toBe(true);
    expect(BOOKMARKLET_URL).not.toMatch(/[\n\r]/);
  });

  it('sends the page address, title and selection in a link main accepts', () => {
    const link = runBookmarklet({ href: 'https://news.example/2026/05/toll?ref=a&b=c+d#top', title: 'Bridge tolls & “rises”', selection: '  Nobody likes\n paying more  ' });
    expect(link.startsWith('dossier://clip?url=')).toBe(true);
    expect(parseClipLink(link)).toEqual({ ok: true, request: { url: 'https://news.example/2026/05/toll?ref=a&b=c+d#top', title: 'Bridge tolls & “rises”', selection: 'Nobody likes paying more' } });
  });

  it('leaves out an empty title and selection', () => {
    const link = runBookmarklet({ href: 'https://news.example/a', title: '', selection: '' });
    expect(link).toBe('dossier://clip?url=https%3A%2F%2Fnews.example%2Fa');
  });

  it('caps long selections and titles so the link stays short enough for any system', () => {
    const link = runBookmarklet({ href: 'https://news.example/a', title: 'T'.repeat(5000), selection: 'ü'.repeat(50_000) });
    const parsed = parseClipLink(link);
    expect(parsed.ok && parsed.request.selection?.length).toBe(BOOKMARKLET_LIMITS.selection);
    expect(parsed.ok && parsed.request.title?.length).toBe(BOOKMARKLET_LIMITS.title);
    expect(link.length).toBeLessThan(32_767);
  });

  it('any page (1,000 generated addresses, titles, selections) gives a link that round-trips', () => {
    fc.assert(
      fc.property(
        fc.webUrl({ withQueryParameters: true, withFragments: true }),
        fc.string({ unit: 'grapheme', maxLength: 120 }),
        fc.string({ unit: 'grapheme', maxLength: 400 }),
        (href, title, selection) => {
          const parsed = parseClipLink(runBookmarklet({ href, title, selection }));
          if (!parsed.ok) return parsed.reason === 'bad-url' || parsed.reason === 'too-long';
          return parsed.request.url === new URL(href).href;
        },
      ),
      { numRuns: 1000, seed: 77 },
    );
  });
});
