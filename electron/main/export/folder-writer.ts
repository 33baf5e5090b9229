import { lstatSync } from 'node:fs';
import { lstat, mkdir, open, readdir, readFile, rename, rm, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join, relative, resolve, sep } from 'node:path';
import { ApiError } from '../../../shared/api';
import { isSafeFileName } from '../../../shared/export/names';
import { MANIFEST_FILE, manifestSchema, type ExportManifest, type FileStamp } from '../../../shared/export/manifest';
import { toFsApiError } from './fs-errors';
import { TEMP_MARK, writeAtomicSync, writeNewSync } from './atomic-write';
import { BatchWriteError, type AtomicWriter, type FileToWrite } from './write-thread';

export { writeAtomicSync };

const MAX_DEPTH = 4;

/**
 * Checks a "/"-separated path the renderer (or a manifest on disk) names, relative to the export
 * folder: every segment a name Dossier itself would produce (shared/export/names), no "." or "..",
 * no drive letters or backslashes, at most MAX_DEPTH deep. Returns the segments.
 */
export function checkRelativePath(path: string): string[] {
  const segments = path.split('/');
  if (segments.length > MAX_DEPTH || !segments.every(isSafeFileName) || segments.some((s) => s.includes(TEMP_MARK)) || path === MANIFEST_FILE) {
    throw new ApiError('invalid-input', `Refused to write ${JSON.stringify(path.slice(0, 120))}: not a file name inside the export folder.`);
  }
  return segments;
}

/** Makes the folder unless something is already there (never recursive, never through a link). */
async function mkdirIfMissing(dir: string): Promise<void> {
  await mkdir(dir).catch((e: NodeJS.ErrnoException) => (e.code === 'EEXIST' ? undefined : Promise.reject(e)));
}

/**
 * Writes `data` to `file` through a temporary file in the same folder and a rename: never a
 * half-written file. Answers the file's stamp (size and modification time, which the rename keeps).
 */
export async function writeAtomic(file: string, data: string | Uint8Array, options: { sync?: boolean } = {}): Promise<FileStamp> {
  const temp = `${file}${TEMP_MARK}${randomBytes(6).toString('hex')}`;
  const handle = await open(temp, 'wx');
  let stamp: FileStamp;
  try {
    await handle.writeFile(data);
    if (options.sync) await handle.sync();
    const info = await handle.stat();
    stamp = { size: info.size, mtimeMs: info.mtimeMs };
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  return stamp;
}

/** Blocking work done before yielding to the event loop, in ms. */
const SLICE_MS = 8;

/** What is in a folder other than regular files (by name), read once: what a file must not replace. */
type SpecialEntries = Map<string, 'link' | 'dir'>;

/**
 * Writes files inside one export folder and nowhere else. The folder is the resolved path the user
 * chose; paths inside it are checked segment by segment, and a symbolic link anywhere on the way
 * (or as the file itself) is refused, so nothing is ever written outside the folder.
 */
export class FolderWriter {
  readonly root: string;
  /** Folders below the root already checked (or created) as real directories during this session. */
  private readonly checkedDirs = new Set<string>();
  /** Links and folders in each checked folder, listed once per folder (not looked up once per file). */
  private readonly specials = new Map<string, Promise<SpecialEntries>>();
  /** The same lists once read, for the checks done without waiting. */
  private readonly specialsRead = new Map<string, SpecialEntries>();

  /** Where writeFiles' batches are written (a write thread), or null: here, in slices. */
  private readonly writer: AtomicWriter | null;

  /**
   * With `stage`, a top folder (Articles, Notes...) that is not there yet is made under a
   * temporary name beside it and renamed into place by finish(): its files are written in place,
   * one new file each (no temporary file and rename per file), and the folder appears whole or not
   * at all. Folder path -> the temporary folder.
   */
  private readonly stage: boolean;
  private readonly staged = new Map<string, string>();
  /** Staged folders being made or looked for, by folder path. */
  private readonly staging = new Map<string, Promise<string | null>>();
  /** True while finish() runs: it looks for files to remove, and stages nothing. */
  private finishing = false;

  /** The root and a separator: what every path inside the folder starts with. */
  private readonly rootPrefix: string;

  constructor(root: string, options: { writer?: AtomicWriter; stage?: boolean } = {}) {
    this.root = resolve(root);
    this.rootPrefix = this.root.endsWith(sep) ? this.root : this.root + sep;
    this.writer = options.writer ?? null;
    this.stage = options.stage ?? false;
  }

  /**
   * The staged stand-in of the top folder `dir` when it is not there yet (made now, once even when
   * several writes ask at the same time), or null when it is there.
   */
  private stagedDir(dir: string, segment: string): Promise<string | null> {
    let made = this.staging.get(dir);
    if (!made) {
      made = (async () => {
        if (await lstat(dir).catch(() => null)) return null;
        const temp = `${dir}${TEMP_MARK}${randomBytes(6).toString('hex')}`;
        await mkdir(temp);
        const info = await lstat(temp);
        if (!info.isDirectory()) throw new ApiError('permission', `Could not write into ${segment}: its temporary folder is not a folder.`);
        this.staged.set(dir, temp);
        this.checkedDirs.add(temp);
        return temp;
      })();
      made.catch(() => this.staging.delete(dir));
      this.staging.set(dir, made);
    }
    return made;
  }

  /** The folder files of `segments`' first folder go to now: itself, or its staged stand-in. */
  private topDir(segment: string): string {
    const dir = join(this.root, segment);
    return this.staged.get(dir) ?? dir;
  }

  /** The absolute path for a checked relative path, with its parent folders created and link-free. */
  async prepare(path: string): Promise<string> {
    const segments = checkRelativePath(path);
    let dir = this.root;
    for (const [k, segment] of segments.slice(0, -1).entries()) {
      dir = k === 0 ? this.topDir(segment) : join(dir, segment);
      if (this.checkedDirs.has(dir)) continue;
      if (k === 0 && this.stage && !this.finishing) {
        const temp = await this.stagedDir(dir, segment);
        if (temp) {
          dir = temp;
          continue;
        }
      }
      // mkdir first (never recursive, never through a link), then look at what is there: a
      // concurrent write may have created it, and whatever exists must be a real directory.
      await mkdirIfMissing(dir);
      const info = await lstat(dir);
      if (info.isSymbolicLink()) throw new ApiError('permission', `Refused to write into ${segments.slice(0, -1).join('/')}: it is a link to another place. Remove the link or choose another folder.`);
      if (!info.isDirectory()) throw new ApiError('permission', `Could not write into ${segment}: a file with that name is in the way.`);
      this.checkedDirs.add(dir);
    }
    await this.specialEntries(dir);
    return this.checkFile(path, dir, segments[segments.length - 1]!);
  }

  /**
   * prepare() without waiting, when every folder on the path was already checked and listed in
   * this session (all files but the first in each folder); null when it must wait.
   */
  private preparedSync(path: string): string | null {
    const segments = checkRelativePath(path);
    let dir = this.root;
    for (let k = 0; k < segments.length - 1; k++) {
      dir = k === 0 ? this.topDir(segments[0]!) : join(dir, segments[k]!);
      if (!this.checkedDirs.has(dir)) return null;
    }
    if (!this.specialsRead.has(dir)) return null;
    return this.checkFile(path, dir, segments[segments.length - 1]!);
  }

  /** The file's absolute path once it is known to stay inside the folder and replace no link or folder. */
  private checkFile(path: string, dir: string, name: string): string {
    const file = join(dir, name);
    // join() resolves any '..', so a path that stays inside starts with the root and a separator.
    if (!file.startsWith(this.rootPrefix)) throw new ApiError('invalid-input', 'Refused a path outside the export folder.');
    // The file itself must not be a link or a folder. (A link made after the folder was listed is
    // replaced by the rename, never written through: the write cannot leave the folder either way.)
    const special = this.specialsRead.get(dir)?.get(name);
    if (special === 'link') throw new ApiError('permission', `Refused to replace ${path}: it is a link to another place.`);
    if (special === 'dir') throw new ApiError('permission', `Could not write ${path}: a folder with that name is in the way.`);
    return file;
  }

  private specialEntries(dir: string): Promise<SpecialEntries> {
    let entries = this.specials.get(dir);
    if (!entries) {
      entries = readdir(dir, { withFileTypes: true }).then((list) => {
        const map: SpecialEntries = new Map();
        for (const e of list) {
          if (e.isSymbolicLink()) map.set(e.name, 'link');
          else if (e.isDirectory()) map.set(e.name, 'dir');
        }
        this.specialsRead.set(dir, map);
        return map;
      });
      entries.catch(() => this.specials.delete(dir));
      this.specials.set(dir, entries);
    }
    return entries;
  }

  /** Writes one file atomically; answers its stamp (size and modification time). */
  async writeFile(path: string, data: string | Uint8Array): Promise<FileStamp> {
    return (await this.writeFiles([{ path, data }]))[0]!;
  }

  /**
   * Writes files one after another, each atomically, and answers their stamps. Blocking writes in
   * slices of a few milliseconds (see writeAtomicSync); the first file of a folder waits for the
   * folder's checks. Stops at the first failure (files before it are complete).
   */
  writeFiles(files: readonly { path: string; data: string | Uint8Array }[]): Promise<FileStamp[]> {
    return this.writer ? this.writeFilesWith(this.writer, files) : this.writeFilesHere(files);
  }

  private async writeFilesHere(files: readonly { path: string; data: string | Uint8Array }[]): Promise<FileStamp[]> {
    const stamps: FileStamp[] = [];
    let slice = performance.now();
    for (const { path, data } of files) {
      try {
        const file = this.preparedSync(path) ?? (await this.prepare(path));
        stamps.push(this.isStaged(file) ? writeNewSync(file, data) : writeAtomicSync(file, data));
      } catch (error) {
        throw toFsApiError(error, `write ${path}`);
      }
      if (performance.now() - slice > SLICE_MS) {
        await new Promise((r) => setImmediate(r));
        slice = performance.now();
      }
    }
    return stamps;
  }

  /**
   * writeFiles through a write thread: the paths are checked here, the files written there. Once
   * the batch is handed over, nothing here refers to its text: held until the thread answers, an
   * export's texts would outlive the young generation and be copied into the old one.
   */
  private async writeFilesWith(writer: AtomicWriter, files: readonly { path: string; data: string | Uint8Array }[]): Promise<FileStamp[]> {
    let prepared: FileToWrite[] = [];
    let refused: { path: string; error: unknown } | null = null;
    for (const { path, data } of files) {
      try {
        const file = this.preparedSync(path) ?? (await this.prepare(path));
        prepared.push(this.isStaged(file) ? { file, data, direct: true } : { file, data });
      } catch (error) {
        refused = { path, error };
        break;
      }
    }
    const paths = files.map((f) => f.path);
    files = [];
    const written = writer.write(prepared);
    prepared = [];
    let stamps: FileStamp[];
    try {
      stamps = await written;
    } catch (error) {
      if (error instanceof BatchWriteError) throw toFsApiError(error, `write ${paths[error.index] ?? 'the files'}`);
      // The thread itself failed: say so (files it finished are complete).
      throw new ApiError('internal', `${error instanceof Error ? error.message : String(error)} Files already written are complete; export again.`);
    }
    // As in a batch written here: the files before the one refused are complete.
    if (refused) throw toFsApiError(refused.error, `write ${refused.path}`);
    return stamps;
  }

  /** True for a file inside a staged folder (written in place; the folder is not in place yet). */
  private isStaged(file: string): boolean {
    if (!this.staged.size) return false;
    for (const temp of this.staged.values()) if (file.startsWith(temp + sep)) return true;
    return false;
  }

  /**
   * Puts each staged folder in place: renamed to its name, or, if a folder of that name appeared
   * meanwhile, its files moved into that folder one by one (each rename atomic). A link or a file
   * in the way is refused, as for any write.
   */
  private async placeStaged(): Promise<void> {
    for (const [dir, temp] of this.staged) {
      try {
        await rename(temp, dir);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'ENOTDIR' && code !== 'EISDIR') throw error;
        await this.moveInto(temp, dir, relative(this.root, dir));
        await rm(temp, { recursive: true, force: true });
      }
      this.staged.delete(dir);
    }
    this.forgetChecks();
  }

  /** Moves what `from` holds into the real folder `to` (checked like any folder written into). */
  private async moveInto(from: string, to: string, shown: string): Promise<void> {
    const info = await lstat(to);
    if (info.isSymbolicLink()) throw new ApiError('permission', `Refused to write into ${shown}: it is a link to another place. Remove the link or choose another folder.`);
    if (!info.isDirectory()) throw new ApiError('permission', `Could not write into ${shown}: a file with that name is in the way.`);
    for (const entry of await readdir(from, { withFileTypes: true })) {
      const target = join(to, entry.name);
      if (entry.isDirectory()) {
        await mkdirIfMissing(target);
        await this.moveInto(join(from, entry.name), target, `${shown}/${entry.name}`);
      } else {
        const there = await lstat(target).catch(() => null);
        if (there?.isDirectory()) throw new ApiError('permission', `Could not write ${shown}/${entry.name}: a folder with that name is in the way.`);
        await rename(join(from, entry.name), target);
      }
    }
  }

  /** Forgets which folders were checked and what they held (they are checked again when next written into). */
  private forgetChecks(): void {
    this.staging.clear();
    this.checkedDirs.clear();
    this.specials.clear();
    this.specialsRead.clear();
  }

  /**
   * For each file, whether it is still as a stamp says: a regular file (not a link) with the same
   * size and modification time. A path that is not one Dossier would write is never unchanged.
   */
  async unchanged(files: readonly { path: string; stamp: FileStamp }[]): Promise<boolean[]> {
    // Blocking lstat calls in slices, like the writes: one call costs far less than a promise through libuv's pool.
    const answers: boolean[] = [];
    let slice = performance.now();
    for (const { path, stamp } of files) {
      let segments: string[] | null = null;
      try {
        segments = checkRelativePath(path);
      } catch {
        // not a path Dossier would write: never unchanged
      }
      const info = segments ? lstatSync(join(this.root, ...segments), { throwIfNoEntry: false }) : undefined;
      answers.push(!!info && info.isFile() && info.size === stamp.size && info.mtimeMs === stamp.mtimeMs);
      if (performance.now() - slice > SLICE_MS) {
        await new Promise((r) => setImmediate(r));
        slice = performance.now();
      }
    }
    return answers;
  }

  /** The manifest an earlier export left here, or null (none, or not one of ours). */
  async readManifest(): Promise<ExportManifest | null> {
    const file = join(this.root, MANIFEST_FILE);
    const info = await lstat(file).catch(() => null);
    if (!info || !info.isFile()) return null;
    // An export reads it first and again when it finishes: checked once while the file stays as it was.
    const read = this.manifestRead;
    if (read && read.size === info.size && read.mtimeMs === info.mtimeMs && read.ino === info.ino) return read.manifest;
    const manifest = await this.parseManifest(file);
    this.manifestRead = { size: info.size, mtimeMs: info.mtimeMs, ino: info.ino, manifest };
    return manifest;
  }

  /** The manifest last read, with the stamp of the file it came from. */
  private manifestRead: { size: number; mtimeMs: number; ino: number; manifest: ExportManifest | null } | null = null;

  private async parseManifest(file: string): Promise<ExportManifest | null> {
    try {
      const parsed = manifestSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
      if (!parsed.success) return null;
      // Paths from disk are checked like paths from the renderer; bad ones are forgotten, never followed.
      // Each path is both an item's and a file's: checked once.
      const checked = new Map<string, boolean>();
      const isSafe = (path: string) => {
        let safe = checked.get(path);
        if (safe === undefined) {
          try {
            checkRelativePath(path);
            safe = true;
          } catch {
            safe = false;
          }
          checked.set(path, safe);
        }
        return safe;
      };
      const items = Object.entries(parsed.data.items).filter(([, path]) => isSafe(path));
      const files = Object.entries(parsed.data.files ?? {}).filter(([path]) => isSafe(path));
      return { ...parsed.data, items: Object.fromEntries(items), ...(parsed.data.files ? { files: Object.fromEntries(files) } : {}) };
    } catch {
      return null;
    }
  }

  /** Removes temporary files a killed export left behind in the folders Dossier writes. */
  async removeLeftovers(folders: readonly string[]): Promise<number> {
    // Folders staged by an export that did not finish (cancelled, failed) are leftovers too.
    this.staged.clear();
    this.forgetChecks();
    let removed = 0;
    for (const folder of [...folders, '']) {
      const dir = join(this.root, folder);
      const info = await lstat(dir).catch(() => null);
      if (!info?.isDirectory()) continue;
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        if (!entry.name.includes(TEMP_MARK)) continue;
        // A staged folder is removed with what it holds (rm never follows a link inside it).
        await rm(join(dir, entry.name), { force: true, recursive: entry.isDirectory() });
        removed++;
      }
    }
    return removed;
  }

  /** Writes the new manifest and removes files of the previous one no longer in it. */
  async finish(manifest: ExportManifest): Promise<number> {
    this.finishing = true;
    try {
      await this.placeStaged();
      const previous = await this.readManifest();
      const keep = new Set(Object.values(manifest.items));
      let removed = 0;
      for (const path of Object.values(previous?.items ?? {})) {
        if (keep.has(path)) continue;
        const file = await this.prepare(path).catch(() => null);
        if (!file) continue;
        const info = await lstat(file).catch(() => null);
        if (info?.isFile()) {
          await unlink(file);
          removed++;
        }
      }
      await writeAtomic(join(this.root, MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`, { sync: true });
      return removed;
    } catch (error) {
      throw toFsApiError(error, 'finish the export');
    } finally {
      this.finishing = false;
    }
  }
}
