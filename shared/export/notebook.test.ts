import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fixtureDocument, fixtureNotebook } from '../../tests/fixtures/export/notebook';
import { linkProblems } from '../../tests/helpers/export-check';
import type { ExportManifest } from './manifest';
import { exportNotebook, memorySource, type ExportFile, type ExportSink } from './notebook';

const GOLDEN = join(__dirname, '../../tests/fixtures/export/golden');
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';

/** A sink that keeps files in memory (path -> content) and the manifest. */
function memorySink(previous: ExportManifest | null = null) {
  const files = new Map<string, string | Uint8Array>();
  let manifest: ExportManifest | null = null;
  const sink: ExportSink = {
    previousManifest: async () => previous,
    write: async (batch: ExportFile[]) => {
      for (const f of batch) {
        expect(files.has(f.path), `${f.path} written twice`).toBe(false);
        files.set(f.path, 'text' in f ? f.text : f.bytes);
      }
    },
    finish: async (m) => {
      manifest = m;
      return { removed: 0 };
    },
  };
  return { sink, files, manifest: () => manifest! };
}

async function exportFixture(mentionStyle: 'wikilink' | 'plain' | 'markdown-link' = 'wikilink') {
  const out = memorySink();
  const result = await exportNotebook(memorySource(fixtureNotebook()), out.sink, { document: fixtureDocument(), mentionStyle, exportedAt: '2026-03-15T00:00:00.000Z' });
  return { ...out, result };
}

function goldenFiles(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, name.name);
      if (name.isDirectory()) walk(full);
      else out.set(relative(GOLDEN, full).split('\\').join('/'), readFileSync(full, 'utf8'));
    }
  };
  if (existsSync(GOLDEN)) walk(GOLDEN);
  return out;
}

describe('notebook export (golden files)', () => {
  it('matches the golden Markdown written for the fixture notebook', async () => {
    const { files, result } = await exportFixture();
    const markdown = new Map([...files].filter((e): e is [string, string] => typeof e[1] === 'string'));
    if (UPDATE) {
      rmSync(GOLDEN, { recursive: true, force: true });
      for (const [path, text] of markdown) {
        mkdirSync(dirname(join(GOLDEN, path)), { recursive: true });
        writeFileSync(join(GOLDEN, path), text);
      }
    }
    expect([...markdown.keys()].sort()).toEqual([...goldenFiles().keys()].sort());
    for (const [path, text] of goldenFiles()) expect(markdown.get(path), path).toBe(text);
    expect(result.counts).toEqual({ articles: 3, actors: 5, notes: 2, attachments: 1 });
    expect(files.get('attachments/img-quay.png')).toEqual(fixtureNotebook().images[0]!.bytes);
  });

  it('every [[link]], ^block and relative link resolves to a file of the export; front matter parses', async () => {
    for (const style of ['wikilink', 'markdown-link'] as const) {
      const { files } = await exportFixture(style);
      expect(linkProblems(files)).toEqual([]);
    }
  });

  it('article front matter parses back to the article', async () => {
    const { files } = await exportFixture();
    const text = files.get('Articles/Harbour council keeps night ferry “we will not sell”.md') as string;
    const meta = parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!);
    expect(meta).toEqual({
      title: 'Harbour council keeps night ferry: “we will not sell”',
      url: 'https://gazette.example/harbour/night-ferry',
      site: 'Alder Gazette',
      author: 'Nora Fell',
      published: '2026-03-10T06:30:00.000Z',
      clipped: '2026-03-12T08:00:00.000Z',
      tags: ['transport', 'harbour'],
      actors: ['[[Actors/Mara Quist|Mara Quist]]', '[[Actors/Port Authority North East|Port Authority: North/East]]'],
      dossier_id: 'art-ferry',
    });
    // Each placed highlight is marked and carries its block id; the unplaced one is listed apart.
    expect(text).toContain('==We will not sell the ferry while people still need it to get home==');
    expect(text).toMatch(/==look again at the timetable in the spring==.*\^q-q5e6f7a8$/m);
    expect(text).toMatch(/## Highlights not found in the text\n\n==a passage the article no longer has== \^q-q9c0d1e2$/m);
  });

  it('titles that collide get distinct files, decided by id', async () => {
    const { manifest } = await exportFixture();
    expect(manifest().items['article:art-ferry']).toBe('Articles/Harbour council keeps night ferry “we will not sell”.md');
    expect(manifest().items['article:art-ferry-2']).toBe('Articles/Harbour council keeps night ferry “we will not sell” (2).md');
  });

  it('a re-export with the previous manifest keeps every path', async () => {
    const first = await exportFixture();
    const again = memorySink(first.manifest());
    const data = fixtureNotebook();
    // Reversed input order must not move anything either.
    data.articles.reverse();
    await exportNotebook(memorySource(data), again.sink, { document: fixtureDocument(), mentionStyle: 'wikilink', exportedAt: 'later' });
    expect(again.manifest().items).toEqual(first.manifest().items);
  });

  it('cancelling stops between batches and never writes the manifest', async () => {
    const out = memorySink();
    const controller = new AbortController();
    const run = exportNotebook(memorySource(fixtureNotebook()), out.sink, {
      document: fixtureDocument(),
      mentionStyle: 'wikilink',
      exportedAt: 'x',
      batchSize: 1,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'articles' && p.done === 1) controller.abort();
      },
    });
    await expect(run).rejects.toThrow();
    expect(out.manifest()).toBeNull();
    expect([...out.files.keys()].filter((p) => p.startsWith('Articles/'))).toHaveLength(1);
  });
});
