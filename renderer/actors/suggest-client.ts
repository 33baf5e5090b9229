/**
 * Asks for an article's suggestions: from the suggestions worker, or, where workers cannot run (or
 * the worker fails to start), by the same function in the window. One worker per window, started
 * on first use.
 */
import { suggest, type KnownActor, type Suggestions } from '../../shared/suggest';
import type { SuggestReply, SuggestRequest } from './suggest-protocol';

type Waiter = { resolve: (s: Suggestions) => void; reject: (e: unknown) => void; text: string; known: KnownActor[] };

let worker: Worker | null = null;
let inline = false;
let nextId = 1;
const waiting = new Map<number, Waiter>();

function inWindow(text: string, known: KnownActor[]): Promise<Suggestions> {
  try {
    return Promise.resolve(suggest(text, { known }));
  } catch (error) {
    return Promise.reject(error);
  }
}

/** The worker could not start or died: what it held is answered here, and so is everything after. */
function fallBack(): void {
  inline = true;
  worker?.terminate();
  worker = null;
  console.warn('Dossier suggestions worker stopped; reading articles in the window instead.');
  for (const [id, w] of waiting) {
    waiting.delete(id);
    inWindow(w.text, w.known).then(w.resolve, w.reject);
  }
}

function start(): Worker | null {
  if (inline || typeof Worker === 'undefined') return null;
  if (worker) return worker;
  try {
    worker = new Worker(new URL('./suggest.worker.ts', import.meta.url), { type: 'module', name: 'dossier-suggest' });
  } catch {
    inline = true;
    return null;
  }
  worker.addEventListener('message', (event: MessageEvent<SuggestReply>) => {
    const reply = event.data;
    const w = waiting.get(reply.id);
    if (!w) return;
    waiting.delete(reply.id);
    if ('error' in reply) w.reject(new Error(reply.error));
    else w.resolve(reply.suggestions);
  });
  worker.addEventListener('error', fallBack);
  return worker;
}

/**
 * The last few answers, so the Suggestions panel and the type-aheads of the same article (reading
 * it with the same known actors) read it once. An answer that failed is not kept.
 */
const recent = new Map<string, Promise<Suggestions>>();
const RECENT_MAX = 4;

/** The suggestions for `text`, with the notebook's known actors (see shared/suggest). */
export function requestSuggestions(text: string, known: readonly KnownActor[]): Promise<Suggestions> {
  const key = `${JSON.stringify(known)}\u0000${text}`;
  const kept = recent.get(key);
  if (kept) return kept;
  const answer = read(text, known);
  recent.set(key, answer);
  if (recent.size > RECENT_MAX) recent.delete(recent.keys().next().value!);
  answer.catch(() => recent.get(key) === answer && recent.delete(key));
  return answer;
}

function read(text: string, known: readonly KnownActor[]): Promise<Suggestions> {
  const list = [...known];
  const w = start();
  if (!w) return inWindow(text, list);
  return new Promise((resolve, reject) => {
    const id = nextId++;
    waiting.set(id, { resolve, reject, text, known: list });
    w.postMessage({ id, text, known: list } satisfies SuggestRequest);
  });
}

/** Where suggestions are read: 'worker', or 'window' when workers cannot run here. */
export function suggestionsEngine(): 'worker' | 'window' {
  return start() ? 'worker' : 'window';
}

// A read-only probe for end-to-end tests, as search has: where the suggestions are read.
(globalThis as unknown as { __dossierSuggest?: unknown }).__dossierSuggest = { engine: suggestionsEngine };
