import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { parseHTML } from 'linkedom';
import { renderArticle } from '../../shared/export/documents';
import { exportNotebook, type ArticleRenderer, type ExportFile, type ExportSink, type NotebookSource } from '../../shared/export/notebook';
import type { MentionStyle } from '../../shared/export/note-markdown';
import type { PreparedExport } from '../../shared/export/prepared';
import type { Article, ArticleBody } from '../../shared/model';
import { articleText } from '../../shared/text/dom-text';
import { createActor } from '../db/actors';
import { saveClip } from '../db/articles';
import { useDatabase } from '../db/db';
import { dexieNotebookSource } from '../db/export-source';
import { createNote } from '../db/notes';
import { createQuote } from '../db/quotes';
import { openDossierDb, type DossierDb } from '../db/schema';
import { startBodyKeeper, type BodyKeeper } from './body-keeper';
import { startExportPreparer, type ExportPreparer } from './preparer';

const document = parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;

const HTML = '<p>The harbour board of Port Alder agreed on Thursday to dredge the inner basin.</p><p>“Our boats grounded twice in a fortnight,” said Eda Novak, who skippers a trawler.</p>';

async function clipArticle(id: string): Promise<void> {
  const holder = document.createElement('div');
  holder.innerHTML = HTML;
  const article: Article = {
    id, url: `https://harbour.example/${id}`, canonicalUrl: null, title: `Harbour story ${id}`, byline: 'Ines Maro', siteName: 'Port Alder Post', publishedAt: '2026-03-02T08:00:00Z',
    clippedAt: '2026-03-02T09:00:00Z', lang: 'en', excerpt: null, leadImageId: null, wordCount: 20, readingMinutes: 1,
    tags: [], actorIds: [], quoteCount: 0, source: 'html', dateline: null, credit: null, previousVersionId: null,
  };
  const body: ArticleBody = { articleId: id, html: HTML, text: articleText(holder), captions: [] };
  await saveClip(article, body);
  const at = body.text.indexOf('Our boats');
  await createQuote({ articleId: id, start: at, end: at + 'Our boats grounded twice in a fortnight'.length });
}

const inline: ArticleRenderer = { render: async (jobs) => jobs.map((job) => renderArticle(job, document)) };

/** Every file of a whole-notebook export into memory, and how many bodies and notes it read. */
async function exportFiles(db: DossierDb, prepared: PreparedExport | null, mentionStyle: MentionStyle = 'wikilink') {
  const files = new Map<string, string>();
  const sink: ExportSink = {
    previousManifest: async () => null,
    write: async (batch: ExportFile[]) => void batch.forEach((f) => 'text' in f && files.set(f.path, f.text)),
    finish: async () => ({ removed: 0 }),
  };
  const base = dexieNotebookSource(db);
  const reads = { bodies: 0, notes: 0 };
  const source: NotebookSource = { ...base, bodies: (ids) => ((reads.bodies += ids.length), base.bodies(ids)), notes: (ids) => ((reads.notes += ids.length), base.notes(ids)) };
  await exportNotebook(source, sink, { articleRenderer: inline, mentionStyle, exportedAt: 'x', prepared });
  return { files, reads };
}

describe('the export preparer', () => {
  let db: DossierDb;
  let keeper: BodyKeeper | undefined;
  let preparer: ExportPreparer | undefined;
  let style: MentionStyle = 'wikilink';
  let styleListeners: (() => void)[] = [];
  let n = 0;
  beforeEach(async () => {
    db = openDossierDb(`preparer-${++n}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    useDatabase(db);
    style = 'wikilink';
    styleListeners = [];
    await clipArticle('a1');
    await clipArticle('a2');
    const actor = await createActor({ name: 'Eda Novak', kind: 'person' });
    await createNote({ title: 'Dredging', editorState: JSON.stringify({ root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [{ type: 'mention', version: 1, actorId: actor.id, text: 'Eda Novak' }] }] } }) });
    keeper = startBodyKeeper({ document, schedule: (work) => setTimeout(work, 0), checkAfterMs: 0 });
    await keeper.idle();
  });
  afterEach(() => {
    keeper?.stop();
    preparer?.stop();
    db.close();
  });
  const start = (pause: () => Promise<void> = async () => undefined) =>
    (preparer = startExportPreparer({
      quietMs: 10,
      mentionStyle: async () => style,
      onMentionStyleChange: (listener) => (styleListeners.push(listener), () => undefined),
      pause,
      batchSize: 1,
    }));

  it('prepares the export once the notebook is left alone; the export then writes the same files without reading a body or a note', async () => {
    await start().idle();
    const prepared = preparer!.current();
    expect(prepared).not.toBeNull();
    const fast = await exportFiles(db, prepared);
    const plain = await exportFiles(db, null);
    expect(fast.files).toEqual(plain.files);
    expect(fast.files.size).toBe(4);
    expect(fast.reads).toEqual({ bodies: 0, notes: 0 });
    expect(plain.reads).toEqual({ bodies: 2, notes: 1 });
  });

  it('drops it on any write to the notebook, and prepares it again once the notebook is left alone', async () => {
    await start().idle();
    const before = preparer!.current();
    await createNote({ title: 'Second thoughts' });
    expect(preparer!.current()).toBeNull();
    await preparer!.idle();
    const after = preparer!.current();
    expect(after).not.toBeNull();
    expect(after).not.toBe(before);
    expect((await exportFiles(db, after)).files).toEqual((await exportFiles(db, null)).files);
    expect([...(await exportFiles(db, after)).files.keys()]).toContain('Notes/Second thoughts.md');
  });

  it('keeps nothing made while the notebook changed under it', async () => {
    let changed = false;
    start(async () => {
      if (changed) return;
      changed = true;
      await createActor({ name: 'Port Alder harbour board', kind: 'organisation' });
    });
    await preparer!.idle();
    const prepared = preparer!.current()!;
    expect(prepared.actors.size).toBe(2);
    expect((await exportFiles(db, prepared)).files).toEqual((await exportFiles(db, null)).files);
  });

  it('prepares again in the new mention style when it is changed', async () => {
    await start().idle();
    expect(preparer!.current()!.mentionStyle).toBe('wikilink');
    style = 'plain';
    styleListeners.forEach((l) => l());
    expect(preparer!.current()).toBeNull();
    await preparer!.idle();
    const prepared = preparer!.current()!;
    expect(prepared.mentionStyle).toBe('plain');
    const fast = await exportFiles(db, prepared, 'plain');
    expect(fast.reads.notes).toBe(0);
    expect(fast.files).toEqual((await exportFiles(db, null, 'plain')).files);
  });

  it('has nothing once stopped', async () => {
    await start().idle();
    preparer!.stop();
    expect(preparer!.current()).toBeNull();
  });
});
