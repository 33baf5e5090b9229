import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api';
import { FolderWriter } from './folder-writer';
import { spawnTsxWriteWorker } from './tsx-render-worker';
import { WriteThread } from './write-thread';

describe('the export write thread', () => {
  const roots: string[] = [];
  const threads: WriteThread[] = [];
  afterEach(async () => {
    await Promise.all(threads.splice(0).map((t) => t.close()));
    for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  });
  const setup = (spawn = spawnTsxWriteWorker) => {
    const root = mkdtempSync(join(tmpdir(), 'dossier-write-thread-'));
    roots.push(root);
    const thread = new WriteThread(spawn);
    threads.push(thread);
    return { root, writer: new FolderWriter(root, { writer: thread }) };
  };

  it('writes every file of a batch there, whole, with the stamps the files have on disk; no temporary file is left', async () => {
    const { root, writer } = setup();
    const files = [
      { path: 'Articles/Harbour board agrees to dredge.md', data: '# Harbour board\n\nThe basin will be dredged.\n' },
      { path: 'Notes/Ideas é.md', data: 'ünïcödé ✓\n' },
      { path: 'attachments/img-1.png', data: new Uint8Array([137, 80, 78, 71, 0, 255]) },
    ];
    const stamps = await writer.writeFiles(files);
    for (const [k, f] of files.entries()) {
      const full = join(root, ...f.path.split('/'));
      expect(readFileSync(full)).toEqual(Buffer.from(f.data));
      const info = lstatSync(full);
      expect(stamps[k], f.path).toEqual({ size: info.size, mtimeMs: info.mtimeMs });
    }
    for (const folder of ['Articles', 'Notes', 'attachments']) expect(readdirSync(join(root, folder)).some((n) => n.includes('.dossier-tmp-'))).toBe(false);
  });

  it('a file that cannot be written fails with its path and why; the files before it are complete', async () => {
    const { root, writer } = setup();
    await writer.writeFiles([{ path: 'Articles/First.md', data: 'one\n' }]);
    // Made after the folder was listed: only the rename on the write thread finds it in the way.
    mkdirSync(join(root, 'Articles', 'Third.md'));
    const failure = await writer.writeFiles([
      { path: 'Articles/Second.md', data: 'two\n' },
      { path: 'Articles/Third.md', data: 'three\n' },
    ]).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).message).toMatch(/Could not write Articles\/Third\.md/);
    expect(readFileSync(join(root, 'Articles', 'Second.md'), 'utf8')).toBe('two\n');
    expect(lstatSync(join(root, 'Articles', 'Third.md')).isDirectory()).toBe(true);
    expect(readdirSync(join(root, 'Articles')).some((n) => n.includes('.dossier-tmp-'))).toBe(false);
  });

  it('paths are still checked before anything is handed to the thread', async () => {
    const { root, writer } = setup();
    await expect(writer.writeFiles([{ path: '../outside.md', data: 'x' }])).rejects.toThrow(/not a file name inside the export folder/);
    expect(existsSync(join(root, '..', 'outside.md'))).toBe(false);
  });

  it('a thread that dies fails the writes waiting on it with a clear message, and every later one', async () => {
    const { writer } = setup(() => new Worker('setTimeout(() => process.exit(3), 20)', { eval: true }));
    await expect(writer.writeFiles([{ path: 'Notes/a.md', data: 'a' }])).rejects.toThrow(/write thread stopped unexpectedly \(exit code 3\)/);
    await expect(writer.writeFiles([{ path: 'Notes/b.md', data: 'b' }])).rejects.toThrow(/write thread stopped unexpectedly/);
  });
});
