/**
 * A worker thread of the article render pool (./render-pool.ts): renders article jobs to Markdown
 * with linkedom, the same shared/ code the app runs with Chromium's DOM.
 *
 * Messages in: { id, jobs }. Out: { id, texts } or { id, error } (which job failed and why).
 */
import { parentPort } from 'node:worker_threads';
import { parseHTML } from 'linkedom';
import { renderArticle, type ArticleJob } from '../../../shared/export/documents';
import type { RenderReply, RenderRequest } from './render-pool';

const port = parentPort;
if (!port) throw new Error('render-worker runs as a worker thread of the article render pool.');
const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
const doc = document as unknown as Document;

function describe(job: ArticleJob): string {
  return `“${job.article.title || 'Untitled article'}” (${job.path})`;
}

port.on('message', ({ id, jobs }: RenderRequest) => {
  const texts: string[] = [];
  for (const job of jobs) {
    try {
      texts.push(renderArticle(job, doc));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      port.postMessage({ id, error: `Could not turn the article ${describe(job)} into Markdown: ${reason}` } satisfies RenderReply);
      return;
    }
  }
  port.postMessage({ id, texts } satisfies RenderReply);
});
