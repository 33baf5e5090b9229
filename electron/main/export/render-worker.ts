/**
 * A worker thread of the article render pool (./render-pool.ts): renders article jobs to Markdown
 * with linkedom, the same shared/ code the app runs with Chromium's DOM, and makes actor and note
 * files from their jobs (shared/export/pages).
 *
 * Messages in: { id, jobs } or { id, pages }. Out: { id, texts } or { id, error } (which job failed and why).
 */
import { parentPort } from 'node:worker_threads';
import { parseHTML } from 'linkedom';
import { renderArticle, type ArticleJob } from '../../../shared/export/documents';
import { pageMaker, type PageJob } from '../../../shared/export/pages';
import type { PageContextMessage, RenderReply, RenderRequest } from './render-pool';

const port = parentPort;
if (!port) throw new Error('render-worker runs as a worker thread of the article render pool.');
const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
const doc = document as unknown as Document;

function describe(job: ArticleJob | PageJob): string {
  if (!('kind' in job)) return `the article “${job.article.title || 'Untitled article'}” (${job.path})`;
  return job.kind === 'actor' ? `the actor ${job.actorId}` : `the note “${job.note.title || 'Untitled note'}”`;
}

/** The page context of the export whose page jobs come now, and its file maker. */
let pages: { contextId: number; make: (job: PageJob) => string } | null = null;

port.on('message', (message: RenderRequest | PageContextMessage) => {
  if ('context' in message) {
    pages = { contextId: message.contextId, make: pageMaker(message.context) };
    return;
  }
  const { id } = message;
  if ('pages' in message && pages?.contextId !== message.contextId) {
    port.postMessage({ id, error: 'Actor and note files were asked for before their export was described to this worker.' } satisfies RenderReply);
    return;
  }
  const make = 'pages' in message ? pages!.make : null;
  const jobs: (ArticleJob | PageJob)[] = 'pages' in message ? message.pages : message.jobs;
  const texts: string[] = [];
  for (const job of jobs) {
    try {
      texts.push('kind' in job ? make!(job) : renderArticle(job, doc));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      port.postMessage({ id, error: `Could not turn ${describe(job)} into Markdown: ${reason}` } satisfies RenderReply);
      return;
    }
  }
  port.postMessage({ id, texts } satisfies RenderReply);
});
