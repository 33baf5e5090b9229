import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawn } from 'node:child_process';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../ipc/dispatch';
import { createHandlers } from '../ipc/handlers';
import { exportRootOf, testMainDeps, type MainRecorder } from '../../../tests/helpers/main-deps';
import { removeTempDirs } from '../../../tests/helpers/temp-dirs';
import { emptyManifest, MANIFEST_FILE, type ExportManifest } from '../../../shared/export/manifest';
import { BackupEncoder } from '../../../shared/backup/format';
import { toFsApiError } from './fs-errors';
import { fixtureDocument, fixtureNotebook } from '../../../tests/fixtures/export/notebook';
import { planExport } from '../../../shared/export/notebook';
import { articleJob, renderArticle, type ArticleJob } from '../../../shared/export/documents';
import { READ_CHUNK_BYTES } from './backup-files';

const APP = 'file:///app/index.html';

afterEach(removeTempDirs);
const SENDER = { url: APP, isMainFrame: true };

function setup(overrides: Partial<MainRecorder> = {}) {
  const recorder: MainRecorder = { openedExternal: [], ...overrides };
  const deps = testMainDeps(recorder);
  const dispatch = createDispatch(createHandlers(deps), { appUrls: [APP], onInternalError: (n, e) => console.error(n, e) });
  const call = async (name: string, input: unknown) => dispatch(name, input, SENDER);
  const ok = async <T = Record<string, unknown>>(name: string, input: unknown): Promise<T> => {
    const result = await call(name, input);
    if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
    return result.value as T;
  };
  return { recorder, call, ok, root: () => exportRootOf(recorder) };
}

/** Every file under `dir`, relative, "/"-separated, sorted. */
function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (lstatSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

function manifest(items: Record<string, string>): ExportManifest {
  return { ...emptyManifest('2026-01-01T00:00:00.000Z'), items };
}

async function chooseFolder(s: ReturnType<typeof setup>): Promise<string> {
  const { folder } = await s.ok<{ folder: { token: string; name: string } }>('exportChooseFolder', {});
  expect(folder.name).toBe('export');
  return folder.token;
}

describe('export folder writing', () => {
  it('writes files inside the chosen folder, and a re-export updates in place without duplicates', async () => {
    const s = setup();
    const token = await chooseFolder(s);
    expect(await s.ok('exportReadManifest', { token })).toEqual({ manifest: null });
    await s.ok('exportWriteFiles', {
      token,
      files: [
        { path: 'Notes/Plan.md', text: '# Plan\n' },
        { path: 'Articles/Ferry.md', text: 'ferry v1\n' },
        { path: 'attachments/img1.png', base64: Buffer.from([1, 2, 3]).toString('base64') },
      ],
    });
    await s.ok('exportFinish', { token, manifest: manifest({ n1: 'Notes/Plan.md', a1: 'Articles/Ferry.md', i1: 'attachments/img1.png' }) });
    const folder = join(s.root(), 'export');
    expect(listFiles(folder)).toEqual([MANIFEST_FILE, 'Articles/Ferry.md', 'Notes/Plan.md', 'attachments/img1.png']);
    expect([...readFileSync(join(folder, 'attachments/img1.png'))]).toEqual([1, 2, 3]);

    // Second export: the note was renamed, the article changed, the image deleted.
    const again = await chooseFolder(s);
    const { manifest: previous } = await s.ok<{ manifest: ExportManifest }>('exportReadManifest', { token: again });
    expect(previous.items).toEqual({ n1: 'Notes/Plan.md', a1: 'Articles/Ferry.md', i1: 'attachments/img1.png' });
    await s.ok('exportWriteFiles', { token: again, files: [{ path: 'Notes/Better plan.md', text: '# Better\n' }, { path: 'Articles/Ferry.md', text: 'ferry v2\n' }] });
    expect(await s.ok('exportFinish', { token: again, manifest: manifest({ n1: 'Notes/Better plan.md', a1: 'Articles/Ferry.md' }) })).toEqual({ removed: 2 });
    expect(listFiles(folder)).toEqual([MANIFEST_FILE, 'Articles/Ferry.md', 'Notes/Better plan.md']);
    expect(readFileSync(join(folder, 'Articles/Ferry.md'), 'utf8')).toBe('ferry v2\n');
  });

  it('answers each written file\'s stamp, and exportCheckFiles says which files are still as stamped', async () => {
    const s = setup();
    const token = await chooseFolder(s);
    const { stamps } = await s.ok<{ stamps: { size: number; mtimeMs: number }[] }>('exportWriteFiles', {
      token,
      files: [
        { path: 'Notes/Plan.md', text: '# Plan\n' },
        { path: 'attachments/img1.png', base64: Buffer.from([1, 2, 3]).toString('base64') },
      ],
    });
    expect(stamps.map((st) => st.size)).toEqual([7, 3]);
    const folder = join(s.root(), 'export');
    writeFileSync(join(folder, 'Notes/Plan.md'), '# Plan, edited\n');
    const answer = await s.ok('exportCheckFiles', {
      token,
      files: [
        { path: 'Notes/Plan.md', stamp: stamps[0] },
        { path: 'attachments/img1.png', stamp: stamps[1] },
        { path: 'Notes/Missing.md', stamp: stamps[1] },
      ],
    });
    expect(answer).toEqual({ unchanged: [false, true, false] });
  });

  it.each([
    ['no token', { files: [] }],
    ['a token main never gave', { token: 'b'.repeat(32), files: [] }],
    ['a path that is not a string', { token: 'TOKEN', files: [{ path: 7, stamp: { size: 1, mtimeMs: 1 } }] }],
    ['a negative size', { token: 'TOKEN', files: [{ path: 'Notes/A.md', stamp: { size: -1, mtimeMs: 1 } }] }],
    ['a fractional size', { token: 'TOKEN', files: [{ path: 'Notes/A.md', stamp: { size: 1.5, mtimeMs: 1 } }] }],
    ['a missing stamp', { token: 'TOKEN', files: [{ path: 'Notes/A.md' }] }],
    ['extra fields', { token: 'TOKEN', files: [{ path: 'Notes/A.md', stamp: { size: 1, mtimeMs: 1 }, data: 'x' }] }],
    ['too many files', { token: 'TOKEN', files: Array.from({ length: 2001 }, () => ({ path: 'Notes/A.md', stamp: { size: 1, mtimeMs: 1 } })) }],
  ])('exportCheckFiles refuses %s', async (_what, input) => {
    const s = setup();
    const token = await chooseFolder(s);
    const payload = JSON.parse(JSON.stringify(input).replace('"TOKEN"', JSON.stringify(token))) as unknown;
    const result = await s.call('exportCheckFiles', payload);
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ error: { code: expect.stringMatching(/invalid-input|not-found/) } });
  });

  it('exportCheckFiles never says unchanged for a path outside the folder', async () => {
    const s = setup();
    const token = await chooseFolder(s);
    writeFileSync(join(s.root(), 'outside.md'), 'x');
    const answer = await s.ok('exportCheckFiles', { token, files: [{ path: '../outside.md', stamp: { size: 1, mtimeMs: lstatSync(join(s.root(), 'outside.md')).mtimeMs } }] });
    expect(answer).toEqual({ unchanged: [false] });
  });

  it('files the user added to the folder are never removed by a re-export', async () => {
    const s = setup();
    const token = await chooseFolder(s);
    const folder = join(s.root(), 'export');
    mkdirSync(join(folder, 'Notes'));
    writeFileSync(join(folder, 'Notes/Mine.md'), 'my own');
    await s.ok('exportWriteFiles', { token, files: [{ path: 'Notes/A.md', text: 'a' }] });
    await s.ok('exportFinish', { token, manifest: manifest({ n: 'Notes/A.md' }) });
    await s.ok('exportFinish', { token, manifest: manifest({}) });
    expect(listFiles(folder)).toEqual([MANIFEST_FILE, 'Notes/Mine.md']);
  });

  it.each([
    '../outside.md',
    'Notes/../../outside.md',
    '/etc/passwd',
    'C:\\Windows\\x.md',
    'Notes\\..\\..\\x.md',
    'Notes/CON.md',
    'Notes/ trailing.md ',
    'Notes//x.md',
    './x.md',
    MANIFEST_FILE,
    'Notes/x.md.dossier-tmp-abc',
    'a/b/c/d/e.md',
    'Notes/x\u0000.md',
    'Notes/e\u0301.md',
  ])('refuses %j and writes nothing', async (path) => {
    const s = setup();
    const token = await chooseFolder(s);
    const before = listFiles(s.root());
    const result = await s.call('exportWriteFiles', { token, files: [{ path, text: 'x' }] });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(listFiles(s.root())).toEqual(before);
  });

  it('refuses to follow a symbolic link out of the folder (as a folder or as the file)', async () => {
    const s = setup();
    const token = await chooseFolder(s);
    const folder = join(s.root(), 'export');
    const outside = join(s.root(), 'outside');
    mkdirSync(outside);
    symlinkSync(outside, join(folder, 'Notes'), 'dir');
    mkdirSync(join(folder, 'Articles'));
    writeFileSync(join(outside, 'target.md'), 'precious');
    symlinkSync(join(outside, 'target.md'), join(folder, 'Articles', 'Linked.md'));
    const viaDir = await s.call('exportWriteFiles', { token, files: [{ path: 'Notes/x.md', text: 'x' }] });
    expect(viaDir).toMatchObject({ ok: false, error: { code: 'permission' } });
    const viaFile = await s.call('exportWriteFiles', { token, files: [{ path: 'Articles/Linked.md', text: 'overwritten' }] });
    expect(viaFile).toMatchObject({ ok: false, error: { code: 'permission' } });
    expect(readdirSync(outside)).toEqual(['target.md']);
    expect(readFileSync(join(outside, 'target.md'), 'utf8')).toBe('precious');
    // A manifest naming a linked file never makes finish delete through the link.
    writeFileSync(join(folder, MANIFEST_FILE), JSON.stringify(manifest({ x: 'Notes/target.md' })));
    await s.ok('exportFinish', { token, manifest: manifest({}) });
    expect(readdirSync(outside)).toEqual(['target.md']);
  });

  it('property: any path the renderer sends is written inside the folder or refused', async () => {
    const s = setup();
    const token = await chooseFolder(s);
    const folder = realpathSync(join(s.root(), 'export'));
    const segment = fc.oneof(fc.constantFrom('..', '.', '', 'Notes', 'CON', 'a.md', ' x ', '~', 'C:', '\\..', '%2e%2e'), fc.string({ unit: 'binary', maxLength: 12 }));
    await fc.assert(
      fc.asyncProperty(fc.array(segment, { minLength: 1, maxLength: 5 }), async (segments) => {
        const path = segments.join(fc.sample(fc.constantFrom('/', '\\'), 1)[0]!);
        const result = await s.call('exportWriteFiles', { token, files: [{ path, text: 'x' }] });
        for (const file of listFiles(s.root())) expect(file === 'export' || file.startsWith('export/')).toBe(true);
        if (result.ok) expect(existsSync(join(folder, ...path.split('/')))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('an export killed mid-write leaves the old file or the new one, never a truncated one; leftovers are cleared', async () => {
    const s = setup();
    const token = await chooseFolder(s);
    const folder = join(s.root(), 'export');
    mkdirSync(join(folder, 'Articles'));
    const target = join(folder, 'Articles', 'Big.md');
    const old = 'old complete content\n';
    writeFileSync(target, old);
    const big = 48 * 1024 * 1024;
    // Both the async writer (manifest, single files) and the blocking one (export batches).
    for (const [fn, delay] of [['writeAtomic', 5], ['writeAtomic', 40], ['writeAtomic', 150], ['writeAtomicSync', 5], ['writeAtomicSync', 60]] as const) {
      const child = spawn(process.execPath, ['--import', 'tsx', '-e', `
        import('${join(__dirname, 'folder-writer.ts').replace(/\\/g, '/')}').then((m) => {
          const write = m.${fn} ?? m.default.${fn};
          process.stdout.write('go\\n');
          return write(${JSON.stringify(target)}, 'y'.repeat(${big}));
        });`], { stdio: ['ignore', 'pipe', 'inherit'] });
      const exited = new Promise((r) => child.once('exit', r));
      await new Promise<void>((r) => child.stdout.once('data', () => r()));
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await exited;
      const content = readFileSync(target, 'utf8');
      expect(content === old || content.length === big).toBe(true);
    }
    await s.ok('exportReadManifest', { token });
    expect(readdirSync(join(folder, 'Articles'))).toEqual(['Big.md']);
  }, 60_000);

  it('explains disk-full and permission errors', () => {
    const err = (code: string) => Object.assign(new Error(code), { code });
    expect(toFsApiError(err('ENOSPC'), 'write x').toInfo()).toMatchObject({ code: 'disk-full', message: expect.stringMatching(/disk is full/) });
    expect(toFsApiError(err('EDQUOT'), 'write x').code).toBe('disk-full');
    expect(toFsApiError(err('EACCES'), 'write x').toInfo()).toMatchObject({ code: 'permission', message: expect.stringMatching(/not allowed/) });
    expect(toFsApiError(err('EROFS'), 'write x').code).toBe('permission');
  });

  it('a file in the way of a folder is a permission error with a clear message', async () => {
    const s = setup();
    const token = await chooseFolder(s);
    writeFileSync(join(s.root(), 'export', 'Notes'), 'a file, not a folder');
    const result = await s.call('exportWriteFiles', { token, files: [{ path: 'Notes/x.md', text: 'x' }] });
    expect(result).toMatchObject({ ok: false, error: { code: 'permission', message: expect.stringMatching(/in the way/) } });
  });

  it('unknown tokens are refused', async () => {
    const s = setup();
    expect(await s.call('exportWriteFiles', { token: 'a'.repeat(32), files: [] })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('single files and backups', () => {
  it('saves a note as .md with a safe suggested name', async () => {
    const s = setup();
    expect(await s.ok('saveTextFile', { kind: 'markdown', suggestedName: 'Budget: plan?', text: '# x\n' })).toEqual({ saved: true, name: 'Budget plan.md' });
    expect(readFileSync(join(s.root(), 'Budget plan.md'), 'utf8')).toBe('# x\n');
    expect(await s.ok('saveTextFile', { kind: 'bibtex', suggestedName: 'CON', text: '@misc{}' })).toEqual({ saved: true, name: '_CON.bib' });
    expect(s.recorder.dialogs).toEqual(['save:Budget plan.md', 'save:_CON.bib']);
  });

  it('writes a backup in chunks and reads it back in chunks, UTF-8 intact across chunk edges', async () => {
    const s = setup();
    const { session } = await s.ok<{ session: { token: string; name: string } }>('backupSaveBegin', { suggestedName: 'Dossier 2026-01-01' });
    expect(session.name).toBe('Dossier 2026-01-01.dossier-backup');
    const encoder = new BackupEncoder({ schemaVersion: 2, createdAt: 'now', appVersion: 'test' });
    const lines = [encoder.headerLine()];
    for (let i = 0; i < 3000; i++) lines.push(encoder.rowLine('notes', { id: `n${i}`, text: `é😀中 ${'x'.repeat(i % 700)}` }));
    lines.push(encoder.footerLine());
    const text = lines.join('\n') + '\n';
    for (let i = 0; i < text.length; i += 100_001) await s.ok('backupSaveChunk', { token: session.token, text: text.slice(i, i + 100_001) });
    // Before commit only a temporary file exists.
    expect(readdirSync(s.root()).some((n) => n === session.name)).toBe(false);
    await s.ok('backupSaveEnd', { token: session.token, commit: true });
    const path = join(s.root(), session.name);
    expect(readFileSync(path, 'utf8')).toBe(text);
    expect(readdirSync(s.root())).toEqual([session.name]);

    s.recorder.openPath = path;
    const opened = await s.ok<{ session: { token: string; size: number } }>('backupOpenBegin', {});
    expect(opened.session.size).toBe(Buffer.byteLength(text));
    expect(opened.session.size).toBeGreaterThan(READ_CHUNK_BYTES);
    let read = '';
    for (;;) {
      const chunk = await s.ok<{ text: string; done: boolean }>('backupOpenChunk', { token: opened.session.token });
      read += chunk.text;
      if (chunk.done) break;
    }
    expect(read).toBe(text);
    expect(await s.ok('backupOpenEnd', { token: opened.session.token })).toEqual({ closed: true });
  });

  it('an abandoned backup leaves nothing behind', async () => {
    const s = setup();
    const { session } = await s.ok<{ session: { token: string } }>('backupSaveBegin', { suggestedName: 'x' });
    await s.ok('backupSaveChunk', { token: session.token, text: 'partial' });
    await s.ok('backupSaveEnd', { token: session.token, commit: false });
    expect(readdirSync(s.root())).toEqual([]);
  });

  it('refuses foreign, empty and oversized files before the renderer reads them', async () => {
    const s = setup();
    const root = s.root();
    writeFileSync(join(root, 'notes.txt'), 'just some text\n');
    writeFileSync(join(root, 'empty.dossier-backup'), '');
    writeFileSync(join(root, 'big.dossier-backup'), `{"format":"dossier-backup"${' '.repeat(5000)}`);
    const refuse = async (file: string, code: string) => {
      s.recorder.openPath = join(root, file);
      expect(await s.call('backupOpenBegin', {})).toMatchObject({ ok: false, error: { code } });
    };
    await refuse('notes.txt', 'corrupt');
    await refuse('empty.dossier-backup', 'corrupt');
    await refuse('missing.dossier-backup', 'not-found');
    const small = testMainDeps({ openedExternal: [], exportRoot: root, openPath: join(root, 'big.dossier-backup') });
    const dispatch = createDispatch(createHandlers({ ...small, export: { ...small.export, maxBackupBytes: 1000 } }), { appUrls: [APP] });
    expect(await dispatch('backupOpenBegin', {}, SENDER)).toMatchObject({ ok: false, error: { code: 'too-large' } });
    s.recorder.openPath = null;
    expect(await s.ok('backupOpenBegin', {})).toEqual({ session: null });
  });
});


function fixtureJobs(): ArticleJob[] {
  const data = fixtureNotebook();
  const plan = planExport({ ...data, noteHeads: data.notes, imageHeads: data.images }, null, 'now');
  return data.articles.map((article) =>
    articleJob({ article, body: data.bodies.find((b) => b.articleId === article.id), quotes: data.quotes.filter((q) => q.articleId === article.id), path: plan.articlePaths.get(article.id)! }, plan.links),
  );
}

describe('exportRenderArticles (articles rendered in main\'s worker threads)', () => {
  it('renders jobs as the renderer would, in order, through the dispatch gate (payload cloned as over IPC)', async () => {
    const s = setup();
    const jobs = fixtureJobs();
    const { texts } = await s.ok<{ texts: string[] }>('exportRenderArticles', { jobs: structuredClone(jobs) });
    const document = fixtureDocument();
    expect(texts).toEqual(jobs.map((job) => renderArticle(job, document)));
    // A job without a body renders its highlights apart.
    const [bodiless] = (await s.ok<{ texts: string[] }>('exportRenderArticles', { jobs: [{ ...jobs[0]!, body: undefined }] })).texts;
    expect(bodiless).toContain('## Highlights');
    // The workers are let go when the export finishes.
    const token = await chooseFolder(s);
    await s.ok('exportFinish', { token, manifest: manifest({}) });
  }, 60_000);

  const job = () => fixtureJobs()[0]!;
  it.each<[string, () => unknown]>([
    ['no jobs field', () => ({})],
    ['a path outside the rules', () => ({ jobs: [{ ...job(), path: '' }] })],
    ['an extra field', () => ({ jobs: [{ ...job(), links: {} }] })],
    ['an article without its title', () => ({ jobs: [{ ...job(), article: { ...job().article, title: undefined } }] })],
    ['an article with fields renderArticle does not read', () => ({ jobs: [{ ...job(), article: { ...job().article, wordCount: 3 } }] })],
    ['a body that is not text', () => ({ jobs: [{ ...job(), body: { html: 42 } }] })],
    ['a negative quote position', () => ({ jobs: [{ ...job(), quotes: [{ ...job().quotes[0]!, positionSelector: { type: 'TextPositionSelector', start: -1, end: 3 } }] }] })],
    ['a wrong selector type', () => ({ jobs: [{ ...job(), quotes: [{ ...job().quotes[0]!, quoteSelector: { ...job().quotes[0]!.quoteSelector, type: 'CssSelector' } }] }] })],
    ['image paths that are not paths', () => ({ jobs: [{ ...job(), imagePaths: { a: 7 } }] })],
    ['more than 500 jobs', () => ({ jobs: Array.from({ length: 501 }, job) })],
  ])('refuses %s', async (_what, input) => {
    const s = setup();
    const result = await s.call('exportRenderArticles', input());
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
