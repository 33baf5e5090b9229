import { open, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { StringDecoder } from 'node:string_decoder';
import { ApiError } from '../../../shared/api';
import { BACKUP_FORMAT } from '../../../shared/backup/format';
import { toFsApiError } from './fs-errors';

/** Read size of one backupOpenChunk call: big enough to be quick, small enough for one IPC message. */
export const READ_CHUNK_BYTES = 1024 * 1024;

/** A backup being written: a temporary file beside the target, renamed into place on commit. */
export class BackupWriter {
  private bytes = 0;
  private constructor(
    readonly target: string,
    private readonly temp: string,
    private readonly handle: FileHandle,
  ) {}

  static async create(target: string): Promise<BackupWriter> {
    const temp = `${target}.dossier-tmp-${randomBytes(6).toString('hex')}`;
    try {
      return new BackupWriter(target, temp, await open(temp, 'wx'));
    } catch (error) {
      throw toFsApiError(error, 'start the backup');
    }
  }

  async append(text: string): Promise<number> {
    try {
      const data = Buffer.from(text, 'utf8');
      await this.handle.write(data);
      this.bytes += data.byteLength;
      return this.bytes;
    } catch (error) {
      await this.abandon();
      throw toFsApiError(error, 'write the backup');
    }
  }

  /** Flushes to disk and renames into place: the target is the old file or the whole new one, never half. */
  async commit(): Promise<number> {
    try {
      await this.handle.sync();
      await this.handle.close();
      await rename(this.temp, this.target);
      return this.bytes;
    } catch (error) {
      await this.abandon();
      throw toFsApiError(error, 'save the backup');
    }
  }

  async abandon(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    await unlink(this.temp).catch(() => undefined);
  }
}

/** A backup being read in chunks, UTF-8 decoded across chunk boundaries. */
export class BackupReader {
  private position = 0;
  private readonly decoder = new StringDecoder('utf8');
  private constructor(
    private readonly handle: FileHandle,
    readonly size: number,
  ) {}

  /**
   * Opens `path` after checking it is a regular file within `maxBytes` whose first line declares
   * Dossier's backup format. Anything else is refused before the renderer reads a byte of it.
   */
  static async open(path: string, maxBytes: number): Promise<BackupReader> {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      throw toFsApiError(error, 'open the backup');
    }
    if (!info.isFile()) throw new ApiError('corrupt', 'That is not a file. Choose a Dossier backup file (.dossier-backup).');
    if (info.size > maxBytes) throw new ApiError('too-large', `That file is ${(info.size / 2 ** 20).toFixed(0)} MB, more than the ${(maxBytes / 2 ** 20).toFixed(0)} MB a Dossier backup may be. Choose a Dossier backup file.`);
    if (info.size === 0) throw new ApiError('corrupt', 'That file is empty. Choose a complete Dossier backup file.');
    let handle: FileHandle;
    try {
      handle = await open(path, 'r');
    } catch (error) {
      throw toFsApiError(error, 'open the backup');
    }
    const head = Buffer.alloc(Math.min(info.size, 4096));
    await handle.read(head, 0, head.length, 0);
    const start = head.toString('utf8').replace(/^\ufeff/, '');
    if (!new RegExp(`^\\{"format":"${BACKUP_FORMAT}"`).test(start)) {
      await handle.close();
      throw new ApiError('corrupt', 'That file is not a Dossier backup (it does not start with a Dossier backup header). Choose a file saved with Back up notebook.');
    }
    return new BackupReader(handle, info.size);
  }

  async next(): Promise<{ text: string; done: boolean }> {
    const buffer = Buffer.alloc(READ_CHUNK_BYTES);
    const { bytesRead } = await this.handle.read(buffer, 0, buffer.length, this.position);
    this.position += bytesRead;
    const done = bytesRead === 0 || this.position >= this.size;
    const text = this.decoder.write(buffer.subarray(0, bytesRead)) + (done ? this.decoder.end() : '');
    return { text, done };
  }

  async close(): Promise<void> {
    await this.handle.close().catch(() => undefined);
  }
}
