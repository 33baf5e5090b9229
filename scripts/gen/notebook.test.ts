import { PassThrough } from 'node:stream';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { anchor } from '../../shared/anchor';
import { BACKUP_FORMAT, LineChecksum, type BackupFooter, type BackupHeader, type BackupRowLine } from '../../shared/backup/format';
import { decodeBackup } from '../../shared/backup/decode';
import { SCHEMA_VERSION } from '../../renderer/db/schema';
import type { Actor, Article, ArticleBody, Note, Quote, SerializedLexicalNode } from '../../shared/model';
import { MENTION_NODE_TYPE, QUOTE_NODE_TYPE } from '../../shared/model';
import { articleText } from '../../shared/text/dom-text';
import { actorKeys } from '../../shared/text/fold';
import { noteReferences, noteText } from '../../shared/notes/references';
import { generateNotebookRows, SIZES, type NotebookSpec } from './notebook';
import { writeNotebook } from './write';

const SMALL: NotebookSpec = { articles: 40, quotes: 200, actors: 60, notes: 30, wordsPerArticle: 1200, heavyActorQuotes: 20 };

async function bytesOf(seed: string, spec: NotebookSpec = SMALL): Promise<string> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (c: Buffer) => chunks.push(c));
  await writeNotebook(sink, { size: spec, seed });
  sink.end();
  return Buffer.concat(chunks).toString('utf8');
}

function rowsOf(spec: NotebookSpec = SMALL) {
  const rows = { actors: [] as Actor[], articles: [] as Article[], bodies: [] as ArticleBody[], quotes: [] as Quote[], notes: [] as Note[] };
  for (const { table, row } of generateNotebookRows({ size: spec, seed: 'test' })) (rows[table] as unknown[]).push(row);
  return rows;
}

function walk(node: SerializedLexicalNode, visit: (n: SerializedLexicalNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

describe('synthetic notebook generator', () => {
  it('writes identical bytes for the same seed and different bytes for another', async () => {
    const a = await bytesOf('same');
    const b = await bytesOf('same');
    const c = await bytesOf('other');
    expect(a.length).toBeGreaterThan(100_000);
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('writes a backup file whose header, counts and checksum are right, and whose every row the app restores', async () => {
    const text = await bytesOf('file');
    // The decoder checks every row against the data model (shared/model/schemas).
    expect(decodeBackup(text, SCHEMA_VERSION).counts.quotes).toBe(200);
    const lines = text.split('\n');
    expect(lines.pop()).toBe('');
    const header = JSON.parse(lines[0]!) as BackupHeader;
    const footer = JSON.parse(lines[lines.length - 1]!) as BackupFooter;
    expect(header.format).toBe(BACKUP_FORMAT);
    const checksum = new LineChecksum();
    const counts: Record<string, number> = {};
    for (const line of lines.slice(1, -1)) {
      checksum.add(line);
      const { table } = JSON.parse(line) as BackupRowLine;
      counts[table] = (counts[table] ?? 0) + 1;
    }
    expect(footer.checksum).toBe(checksum.hex());
    expect(footer.counts).toEqual({ settings: 0, actors: 60, articles: 40, bodies: 40, images: 0, quotes: 200, notes: 30 });
    expect(counts).toEqual({ actors: 60, articles: 40, bodies: 40, quotes: 200, notes: 30 });
  });

  it('makes bodies whose text is articleText of their HTML, about the asked length', () => {
    const { articles, bodies } = rowsOf();
    bodies.forEach((body, i) => {
      const { document } = parseHTML(`<!doctype html><html><body>${body.html}</body></html>`);
      expect(articleText(document.body)).toBe(body.text);
      expect(body.articleId).toBe(articles[i]!.id);
      expect(articles[i]!.wordCount).toBeGreaterThan(1000);
      expect(articles[i]!.wordCount).toBeLessThan(1400);
    });
  });

  it('makes quotes whose selectors point at their words, counted on their articles', () => {
    const { articles, bodies, quotes, actors } = rowsOf();
    const textOf = new Map(bodies.map((b) => [b.articleId, b.text]));
    const actorIds = new Set(actors.map((a) => a.id));
    for (const q of quotes) {
      const text = textOf.get(q.articleId)!;
      expect(text.slice(q.positionSelector.start, q.positionSelector.end)).toBe(q.text);
      expect(q.quoteSelector.exact).toBe(q.text);
      expect(text.slice(0, q.positionSelector.start).endsWith(q.quoteSelector.prefix)).toBe(true);
      expect(text.slice(q.positionSelector.end).startsWith(q.quoteSelector.suffix)).toBe(true);
      const placed = anchor(text, { quote: q.quoteSelector, position: q.positionSelector });
      expect(placed).toMatchObject({ start: q.positionSelector.start, end: q.positionSelector.end });
      expect(actorIds.has(q.speakerId!)).toBe(true);
      for (const m of q.mentionIds) expect(actorIds.has(m)).toBe(true);
    }
    for (const a of articles) {
      const own = quotes.filter((q) => q.articleId === a.id);
      expect(a.quoteCount).toBe(own.length);
      for (const q of own) expect(a.actorIds).toContain(q.speakerId);
    }
    expect(new Set(quotes.map((q) => q.id)).size).toBe(quotes.length);
  });

  it('gives one actor exactly the asked number of quotes, and actors folded keys', () => {
    const { quotes, actors } = rowsOf();
    expect(quotes.filter((q) => q.speakerId === actors[0]!.id)).toHaveLength(SMALL.heavyActorQuotes);
    for (const a of actors) expect(a.keys).toEqual(actorKeys(a.name, a.aliases));
    expect(new Set(actors.map((a) => a.name)).size).toBe(actors.length);
    expect(actors.some((a) => /[^ -~]/.test(a.name))).toBe(true); // accents for search to fold
  });

  it('makes notes with Lexical JSON that embeds existing quotes and mentions existing actors', () => {
    const { notes, quotes, actors } = rowsOf();
    const quoteById = new Map(quotes.map((q) => [q.id, q]));
    const actorIds = new Set(actors.map((a) => a.id));
    let embedded = 0;
    let mentioned = 0;
    for (const note of notes) {
      const state = JSON.parse(note.editorState) as { root: SerializedLexicalNode };
      expect(state.root).toMatchObject({ type: 'root', version: 1 });
      const seenQuotes: string[] = [];
      const seenActors: string[] = [];
      walk(state.root, (n) => {
        if (n.type === QUOTE_NODE_TYPE) {
          const quote = quoteById.get(n['quoteId'] as string)!;
          expect(quote).toBeDefined();
          expect(n['articleId']).toBe(quote.articleId);
          expect((n['snapshot'] as { text: string }).text).toBe(quote.text);
          seenQuotes.push(quote.id);
        } else if (n.type === MENTION_NODE_TYPE) {
          expect(actorIds.has(n['actorId'] as string)).toBe(true);
          expect(note.text).toContain(n['name'] as string);
          seenActors.push(n['actorId'] as string);
        } else {
          expect(['root', 'paragraph', 'text']).toContain(n.type);
        }
      });
      expect(note.text).toBe(noteText(note.editorState));
      expect({ quoteIds: note.quoteIds, actorIds: note.actorIds }).toEqual(noteReferences(note.editorState));
      expect(note.quoteIds).toEqual([...new Set(seenQuotes)]);
      expect(note.actorIds).toEqual([...new Set(seenActors)]);
      embedded += seenQuotes.length;
      mentioned += seenActors.length;
    }
    expect(embedded).toBeGreaterThan(10);
    expect(mentioned).toBeGreaterThan(10);
  });

  it('plans the named sizes exactly', () => {
    expect(SIZES.N10k).toMatchObject({ articles: 10_000, quotes: 50_000, actors: 2_000, notes: 5_000, heavyActorQuotes: 500 });
    expect(SIZES.N1k).toMatchObject({ articles: 1_000, quotes: 5_000, actors: 200, notes: 500 });
  });
});
