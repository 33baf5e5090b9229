import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { gunzip } from 'node:zlib';
import { promisify } from 'node:util';
import { ApiError } from '../../../shared/api/errors';
import { FETCH_LIMITS, type ClipFile } from '../../../shared/api/calls/clip';
import { decodePage } from '../../../shared/clip/decode';
import { binaryMessage, sniffBinary } from '../../../shared/clip/sniff';
import { clipFileKind } from '../../../shared/clip/file-kind';

const gunzipAsync = promisify(gunzip);

/** The part of Electron's dialog.showOpenDialog the clipper uses (injected; tests record it). */
export type ShowOpenDialog = (options: {
  title: string;
  properties: ('openFile' | 'multiSelections')[];
  filters: { name: string; extensions: string[] }[];
}) => Promise<{ canceled: boolean; filePaths: string[] }>;

export const CLIP_FILE_FILTERS = [
  { name: 'Articles (HTML, text, Markdown)', extensions: ['html', 'htm', 'xhtml', 'txt', 'md', 'markdown', 'gz'] },
  { name: 'All files', extensions: ['*'] },
];

const MB = 1024 * 1024;

/** Reads one file to clip: size cap (after unpacking .gz too), binary refused, charset sniffed. */
export async function readClipFileAt(path: string, maxBytes: number = FETCH_LIMITS.fileBytes): Promise<ClipFile> {
  const name = basename(path);
  const kind = clipFileKind(name);
  if (!kind) throw new ApiError('not-html', `“${name}” is not a file Dossier clips. Choose an .html, .htm, .txt or .md file (or .html.gz).`);
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new ApiError('not-found', `“${name}” could not be found. It may have been moved or deleted; choose it again.`);
  }
  const gz = /\.gz$/i.test(name);
  if (info.size > maxBytes) throw new ApiError('too-large', `“${name}” is ${Math.round(info.size / MB)} MB, larger than the ${Math.round(maxBytes / MB)} MB Dossier clips. Save just the article, or copy its text and paste it.`);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ApiError(code === 'EACCES' || code === 'EPERM' ? 'permission' : 'not-found', `Dossier could not read “${name}” (${code ?? 'read error'}). Check that the file is readable, then try again.`);
  }
  if (gz) {
    try {
      bytes = await gunzipAsync(bytes, { maxOutputLength: maxBytes });
    } catch (error) {
      const tooBig = (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || /maxOutputLength|buffer/i.test(String((error as Error).message));
      if (tooBig) throw new ApiError('too-large', `“${name}” unpacks to more than ${Math.round(maxBytes / MB)} MB, more than Dossier clips. Save just the article and try again.`);
      throw new ApiError('corrupt', `“${name}” is not a valid gzip file. Unpack it yourself, or save the page again.`);
    }
  }
  const binary = sniffBinary(bytes);
  if (binary) throw new ApiError('not-html', binaryMessage(binary, `“${name}”`));
  const decoded = decodePage(bytes, null);
  return { name, kind, text: decoded.text, charset: decoded.charset };
}

/**
 * The files the user chose, behind random tokens: the renderer reads a file back by its token,
 * so it can never name a path of its own choosing.
 */
export class ChosenFiles {
  private readonly paths = new Map<string, string>();

  remember(path: string): string {
    // Old choices are forgotten so the map stays small across a long session.
    if (this.paths.size > 2000) this.paths.clear();
    const token = randomUUID();
    this.paths.set(token, path);
    return token;
  }

  take(token: string): string {
    const path = this.paths.get(token);
    if (!path) throw new ApiError('not-found', 'That file is no longer available to Dossier. Open it again with Ctrl+O.');
    this.paths.delete(token);
    return path;
  }
}
