import type { FileStamp } from '../../shared/export/manifest';
import type { ArticleRenderer, ExportFile, ExportSink } from '../../shared/export/notebook';
import { callMain } from '../api';

/** Largest batch sent to main in one call, in characters of text (images count as their base64). */
const MAX_BATCH_CHARS = 8 * 1024 * 1024;
const MAX_BATCH_FILES = 500;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** An export sink that sends files to main, which writes them into the folder behind `token`. */
export function mainExportSink(token: string): ExportSink {
  return {
    previousManifest: async () => (await callMain('exportReadManifest', { token })).manifest,
    write: async (files: ExportFile[]) => {
      const stamps: FileStamp[] = [];
      let batch: ({ path: string; text: string } | { path: string; base64: string })[] = [];
      let size = 0;
      const send = async () => {
        if (batch.length) stamps.push(...(await callMain('exportWriteFiles', { token, files: batch })).stamps);
        batch = [];
        size = 0;
      };
      for (const file of files) {
        const item = 'text' in file ? { path: file.path, text: file.text } : { path: file.path, base64: toBase64(file.bytes) };
        const chars = 'text' in file ? file.text.length : (item as { base64: string }).base64.length;
        if (batch.length && (size + chars > MAX_BATCH_CHARS || batch.length >= MAX_BATCH_FILES)) await send();
        batch.push(item);
        size += chars;
      }
      await send();
      return stamps;
    },
    unchanged: async (files) => {
      const answers: boolean[] = [];
      for (let i = 0; i < files.length; i += MAX_BATCH_FILES) {
        answers.push(...(await callMain('exportCheckFiles', { token, files: files.slice(i, i + MAX_BATCH_FILES) })).unchanged);
      }
      return answers;
    },
    finish: (manifest) => callMain('exportFinish', { token, manifest }),
  };
}

/** Articles per call to main's renderer (the call accepts up to 500). */
const RENDER_BATCH = 100;

/**
 * Articles rendered by main, in its pool of worker threads (one per core but one), so the export runs the
 * same code path as the command line and the benchmark and this page's thread stays free.
 */
export function mainArticleRenderer(): ArticleRenderer {
  return {
    // Batches in flight: enough to keep several workers busy while earlier files are written.
    concurrency: 3,
    render: async (jobs, signal) => {
      const texts: string[] = [];
      for (let i = 0; i < jobs.length; i += RENDER_BATCH) {
        signal?.throwIfAborted();
        texts.push(...(await callMain('exportRenderArticles', { jobs: jobs.slice(i, i + RENDER_BATCH) })).texts);
      }
      return texts;
    },
  };
}
