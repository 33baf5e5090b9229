/**
 * The export's fast paths give exactly what the general code gives: each is checked against the
 * plain form it replaces, on inputs rich in the characters that matter (whitespace, newlines,
 * Markdown specials, surrogates, the highlight marks).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor, Article, Quote } from '../model';
import { actorMarkdown, joinFile, quoteSnapshot, wikilink, type ExportLinks } from './documents';
import { escapeInline, escapeLineStart, prefixLines } from './escape';
import { isReservedName, MAX_NAME_BYTES, nameKey, safeStem, truncateUtf8, utf8Bytes } from './names';
import { blockIdOf } from './highlights';
import { isoDay, NoteRenderer, quoteBlock } from './note-markdown';

const tricky = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc
    .array(fc.constantFrom('a', 'Z', 'É', 'ß', 'İ', '\u0301', ' ', '  ', '\t', '\n', '\n\n', '\r', '\u00a0', '\u2003', '#', '>', '-', '1.', '*', '[', ']', '|', '=', '\ue000', '\ue001', '\ud83d\udea2', '\ud800', '\udc00', 'x'), { maxLength: 24 })
    .map((parts) => parts.join('')),
);

describe('joinFile', () => {
  it('is `${parts.join("\\n\\n").trimEnd()}\\n`', () => {
    fc.assert(
      fc.property(fc.array(tricky, { maxLength: 6 }), (parts) => {
        expect(joinFile(parts)).toBe(`${parts.join('\n\n').trimEnd()}\n`);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('names', () => {
  it('utf8Bytes counts what TextEncoder writes', () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(tricky, (s) => {
        expect(utf8Bytes(s)).toBe(encoder.encode(s).length);
      }),
      { numRuns: 3000 },
    );
  });

  it('nameKey gives what the full normalisation gives', () => {
    fc.assert(
      fc.property(tricky, (s) => {
        expect(nameKey(s)).toBe(s.normalize('NFC').toLowerCase().normalize('NFC'));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('actor files', () => {
  /** The quote entry of an actor file as it was written before its fast path: the reference. */
  function referenceEntry(q: Quote, links: ExportLinks): string {
    const articlePath = links.articlePath(q.articleId);
    const snapshot = quoteSnapshot(q, links);
    const block = links.blockId(q.id);
    if (!articlePath || !block) return quoteBlock(snapshot);
    const text = q.text
      .split(/\n+/)
      .map((l) => escapeLineStart(escapeInline(l.trim())))
      .join('  \n');
    const source = [wikilink(articlePath, snapshot.articleTitle || 'Untitled article', block), snapshot.siteName && escapeInline(snapshot.siteName), isoDay(snapshot.publishedAt)]
      .filter(Boolean)
      .join(', ');
    return prefixLines(`${text}\n\n— ${source}`, '> ');
  }

  const actor: Actor = { id: 'act-1', name: 'Ada Vell', kind: 'person', aliases: [], role: null, affiliationId: null, description: '', tags: [], keys: [], createdAt: '', updatedAt: '' };

  it('list each quote as the general code writes it', () => {
    fc.assert(
      fc.property(tricky, tricky, fc.option(tricky), fc.option(tricky), fc.boolean(), fc.boolean(), (text, title, siteName, publishedAt, hasPath, hasBlock) => {
        const article = { id: 'art-1', title, siteName, publishedAt, url: null, actorIds: [] } as unknown as Article;
        const quote = { id: 'quo-1', articleId: 'art-1', speakerId: 'act-1', text } as Quote;
        const links: ExportLinks = {
          articlePath: (id) => (id === 'art-1' && hasPath ? 'Articles/Art.md' : undefined),
          actorPath: () => undefined,
          notePath: () => undefined,
          imagePath: () => undefined,
          blockId: (id) => (id === 'quo-1' && hasBlock ? 'q-quo1' : undefined),
          actor: (id) => (id === 'act-1' ? actor : undefined),
          article: (id) => (id === 'art-1' ? article : undefined),
          quote: (id) => (id === 'quo-1' ? quote : undefined),
        };
        const file = actorMarkdown({ actor, quotes: [quote], articles: [], notes: [] }, links);
        expect(file).toBe(`---\nkind: person\ndossier_id: act-1\n---\n\n# Ada Vell\n\n## Quotes\n\n${referenceEntry(quote, links)}\n`);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('note text', () => {
  it('NoteRenderer.escape gives what escaping line by line gives', () => {
    const renderer = new NoteRenderer({ mentionStyle: 'wikilink' });
    fc.assert(
      fc.property(tricky, fc.boolean(), (text, atLineStart) => {
        const lines = text.split('\n').map((line) => escapeInline(line));
        expect(renderer.escape(text, atLineStart)).toBe(lines.map((line, i) => (i > 0 || atLineStart ? escapeLineStart(line) : line)).join('  \n'));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('names and block ids', () => {
  /** safeStem without its fast path. */
  const slowStem = (title: string, fallback: string, maxBytes = MAX_NAME_BYTES) => {
    const cleaned = (s: string) => {
      let out = s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, ' ').normalize('NFC');
      // eslint-disable-next-line no-control-regex -- the characters safeStem removes
      out = out.replace(/[<>:"/\\|?*#^[\]\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, ' ').replace(/\s+/gu, ' ');
      out = truncateUtf8(out.replace(/^[\s.]+/u, '').replace(/[\s.]+$/u, ''), maxBytes);
      if (out && isReservedName(out)) out = truncateUtf8(`_${out}`, maxBytes);
      return out;
    };
    return cleaned(title) || cleaned(fallback) || '_';
  };
  const titles = fc.oneof(
    tricky,
    fc.array(fc.constantFrom('a', 'Zz', 'é', 'Ö', 'ÿ', '1', ' ', ',', "'", '(', ')', '!', '&', '+', '-', '.', 'con', 'nul', 'com1', 'x'.repeat(60)), { maxLength: 12 }).map((p) => p.join('')),
  );

  it('safeStem gives what cleaning every title gives', () => {
    fc.assert(
      fc.property(titles, fc.integer({ min: 1, max: 220 }), (title, maxBytes) => {
        expect(safeStem(title, 'Untitled', maxBytes)).toBe(slowStem(title, 'Untitled', maxBytes));
      }),
      { numRuns: 5000 },
    );
  });

  it('blockIdOf gives what lower-casing and keeping letters and digits gives', () => {
    const ids = fc.oneof(fc.uuid(), tricky, fc.stringMatching(/^[A-Za-z0-9-]{0,12}$/));
    fc.assert(
      fc.property(ids, fc.constantFrom(8, 32), (id, length) => {
        expect(blockIdOf(id, length)).toBe(`q-${id.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, length) || 'x'}`);
      }),
      { numRuns: 3000 },
    );
  });
});
