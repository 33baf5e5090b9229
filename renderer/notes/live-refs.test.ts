import { describe, expect, it } from 'vitest';
import type { QuoteView } from '../db/notes-lookup';
import { LiveRefs, type RefsSource, type RefsValue } from './live-refs';

/** A stand-in for the notebook's live query: the test pushes what the notebook now holds. */
function fakeNotebook() {
  const subscribers = new Set<{ quoteIds: string[]; actorIds: string[]; onValue: (v: RefsValue) => void }>();
  const quotes = new Map<string, QuoteView>();
  const actors = new Map<string, string>();
  const push = () => {
    for (const s of subscribers) {
      s.onValue({
        views: new Map(s.quoteIds.filter((id) => quotes.has(id)).map((id) => [id, structuredClone(quotes.get(id)!)])),
        names: new Map(s.actorIds.filter((id) => actors.has(id)).map((id) => [id, actors.get(id)!])),
      });
    }
  };
  const source: RefsSource = (quoteIds, actorIds, onValue) => {
    const s = { quoteIds, actorIds, onValue };
    subscribers.add(s);
    queueMicrotask(push);
    return () => subscribers.delete(s);
  };
  return { source, quotes, actors, push, subscribers };
}

const view = (quoteId: string, text: string, speakerName: string | null): QuoteView => ({
  quoteId,
  articleId: 'art1',
  snapshot: { text, speakerName, articleTitle: 'Ferry vote', articleUrl: null, siteName: 'Harbour Post', publishedAt: null },
});
const settle = () => new Promise((r) => setTimeout(r, 5));

describe('LiveRefs: what quote and mention nodes show', () => {
  it('batches the ids nodes retain into one subscription', async () => {
    const nb = fakeNotebook();
    const refs = new LiveRefs(nb.source);
    refs.retainQuote('q1');
    refs.retainQuote('q2');
    refs.retainActor('a1');
    await settle();
    expect([...nb.subscribers].map((s) => [s.quoteIds, s.actorIds])).toEqual([[['q1', 'q2'], ['a1']]]);
    refs.dispose();
    expect(nb.subscribers.size).toBe(0);
  });

  it('shows a quote’s current text and speaker, follows edits, and marks it detached when deleted', async () => {
    const nb = fakeNotebook();
    nb.quotes.set('q1', view('q1', 'First words.', 'Ines Varga'));
    const refs = new LiveRefs(nb.source);
    let notified = 0;
    refs.subscribe(() => notified++);
    refs.retainQuote('q1');
    expect(refs.quote('q1').status).toBe('loading');
    await settle();
    expect(refs.quote('q1')).toEqual({ status: 'live', view: view('q1', 'First words.', 'Ines Varga') });

    nb.quotes.set('q1', view('q1', 'Edited words.', 'Ines Varga-Kos'));
    nb.push();
    expect(refs.quote('q1')).toEqual({ status: 'live', view: view('q1', 'Edited words.', 'Ines Varga-Kos') });

    nb.quotes.delete('q1');
    nb.push();
    expect(refs.quote('q1')).toEqual({ status: 'detached' });
    expect(notified).toBe(3);
  });

  it('shows an actor’s current name and marks a deleted actor as gone', async () => {
    const nb = fakeNotebook();
    nb.actors.set('a1', 'Tomas Brell');
    const refs = new LiveRefs(nb.source);
    refs.retainActor('a1');
    refs.retainActor('missing');
    await settle();
    expect([refs.actor('a1'), refs.actor('missing')]).toEqual([{ status: 'live', name: 'Tomas Brell' }, { status: 'gone' }]);
    nb.actors.set('a1', 'Tomas Brell Jr');
    nb.push();
    expect(refs.actor('a1')).toEqual({ status: 'live', name: 'Tomas Brell Jr' });
    nb.actors.delete('a1');
    nb.push();
    expect(refs.actor('a1')).toEqual({ status: 'gone' });
  });

  it('keeps the same objects and stays quiet when nothing it shows changed', async () => {
    const nb = fakeNotebook();
    nb.quotes.set('q1', view('q1', 'Stable.', null));
    const refs = new LiveRefs(nb.source);
    refs.retainQuote('q1');
    await settle();
    const before = refs.quote('q1');
    let notified = 0;
    refs.subscribe(() => notified++);
    nb.push(); // the query re-ran (something else in the tables changed) with the same result
    expect(notified).toBe(0);
    expect(refs.quote('q1')).toBe(before);
  });
});
