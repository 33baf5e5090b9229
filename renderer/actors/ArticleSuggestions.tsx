import { useEffect, useMemo, useRef, useState } from 'react';
import type { KnownActor, ProposedActor, SuggestedQuote } from '../../shared/suggest';
import { useCommands, type Command } from '../app/commands';
import { useLive } from '../app/hooks';
import { hrefFor } from '../app/router';
import { showError, showToast } from '../app/toasts';
import { articleQuotes, knownActors } from '../db/actors';
import { getArticle, getArticleBody } from '../db/articles';
import { useSuggestions } from './hooks';
import { acceptActor, acceptSpeaker, suggestedHighlight } from './suggestion-actions';
import '../styles/actors.css';

/** Everything the suggestions depend on, read live so accepted ones show as done. */
function useSuggestionInputs(articleId: string) {
  return useLive(async () => {
    const [article, body, known, quotes] = await Promise.all([getArticle(articleId), getArticleBody(articleId), knownActors(), articleQuotes(articleId)]);
    return { article, body, known, quotes };
  }, [articleId]);
}

const NO_ACTORS: readonly KnownActor[] = [];

/**
 * The actors an article mentions and the likely speaker of each quotation, with the words that
 * support them. Nothing is applied until the user accepts a suggestion, one by one or all at once.
 */
export function ArticleSuggestions({ articleId }: { articleId: string }) {
  const inputs = useSuggestionInputs(articleId).value;
  const [busy, setBusy] = useState(false);
  const text = inputs?.body?.text ?? '';
  const { suggestions, error, reading } = useSuggestions(text, inputs?.known ?? NO_ACTORS);

  const linked = new Set(inputs?.article?.actorIds ?? []);
  const actors = suggestions?.actors ?? [];
  const isLinked = (p: ProposedActor) => p.knownId !== null && linked.has(p.knownId);
  const quoteDone = (q: SuggestedQuote) => {
    const speaker = q.speakerIndex === null ? null : actors[q.speakerIndex]!;
    // Highlighted without its trailing comma (suggestedHighlight), or whole by an older Dossier.
    const span = suggestedHighlight(q);
    const stored = inputs?.quotes.find((s) => s.positionSelector.start === q.start && (s.positionSelector.end === span.end || s.positionSelector.end === q.end));
    return !!stored && !!speaker?.knownId && stored.speakerId === speaker.knownId;
  };
  const speakerQuotes = (suggestions?.quotes ?? []).filter((q) => q.speakerIndex !== null);
  const pendingActors = actors.filter((p) => !isLinked(p));
  const pendingQuotes = speakerQuotes.filter((q) => !quoteDone(q));

  // The suggestion just accepted from its button: once it shows as done, the keyboard moves on.
  const sectionRef = useRef<HTMLElement>(null);
  const acceptedKey = useRef<string | null>(null);
  const run = async (label: string, work: () => Promise<unknown>, key?: string) => {
    setBusy(true);
    try {
      await work();
      if (key) acceptedKey.current = key;
      showToast({ kind: 'info', message: label });
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };
  const acceptAll = () =>
    void run(`Accepted ${pendingActors.length} actors and ${pendingQuotes.length} speakers.`, async () => {
      // Actors first, so every speaker below is created once and found by name afterwards.
      for (const p of pendingActors) await acceptActor(articleId, p);
      for (const q of pendingQuotes) await acceptSpeaker(articleId, q, actors[q.speakerIndex!]!);
    });

  // The palette's "Accept all suggestions" runs whatever is pending when it is chosen.
  const acceptAllRef = useRef(acceptAll);
  useEffect(() => {
    acceptAllRef.current = acceptAll;
  });
  const pendingCount = pendingActors.length + pendingQuotes.length;
  const pending = busy ? 0 : pendingCount;
  const commands = useMemo<Command[]>(
    () => (pending ? [{ id: 'suggestions.acceptAll', title: `Accept all suggestions (${pending})`, group: 'Article', run: () => acceptAllRef.current() }] : []),
    [pending],
  );
  useCommands(commands);

  // The accepted suggestion's button went away (it was disabled while saving, then replaced by
  // "Linked"): the next pending suggestion's button gets the keyboard, so Enter accepts it in turn;
  // with none after it, the one before; with none left, the panel.
  useEffect(() => {
    const key = acceptedKey.current;
    const section = sectionRef.current;
    if (!key || !section) return;
    const items = [...section.querySelectorAll<HTMLElement>('li[data-suggestion]')];
    const at = items.findIndex((li) => li.dataset['suggestion'] === key);
    if (at >= 0 && items[at]!.querySelector('button')) return; // not shown as done yet
    acceptedKey.current = null;
    const now = document.activeElement;
    if (now && now !== document.body && now.isConnected) return; // the user has moved on
    const buttonIn = (list: HTMLElement[]) => list.map((li) => li.querySelector<HTMLButtonElement>('button:not(:disabled)')).find((b) => b) ?? null;
    const next = buttonIn(items.slice(at + 1)) ?? buttonIn(items.slice(0, Math.max(at, 0)).reverse());
    (next ?? section).focus();
  });

  if (!inputs?.article || !inputs.body) return null;
  return (
    <section className="suggestions" aria-label="Suggestions" ref={sectionRef} tabIndex={-1}>
      <header>
        <strong>Suggestions</strong>{' '}
        {pendingCount ? (
          <button type="button" className="primary" disabled={busy} onClick={acceptAll}>
            Accept all ({pendingCount})
          </button>
        ) : null}
      </header>
      {error ? <p className="meta" role="alert">Dossier could not read this article for suggestions: {error instanceof Error ? error.message : String(error)}</p> : null}
      {!suggestions && !error ? <p className="meta" role="status">{reading ? 'Reading the article for people, organisations and places…' : null}</p> : null}
      {suggestions && !actors.length && !speakerQuotes.length ? <p className="meta">Dossier found no people, organisations or places in this article.</p> : null}
      {actors.length ? <h3>Actors</h3> : null}
      <ul className="list" aria-label="Suggested actors">
        {actors.map((p, i) => {
          const done = isLinked(p);
          return (
            <li key={`${p.name}-${i}`} className={`suggestion${done ? ' accepted' : ''}`} aria-label={`Suggested actor ${p.name}`} data-suggestion={`actor:${p.name}`}>
              <span>
                {p.knownId ? <a href={hrefFor('actors', p.knownId)}>{p.name}</a> : <strong>{p.name}</strong>} <span className="meta">{[p.kind, p.role, p.knownId ? 'in your notebook' : 'new'].filter(Boolean).join(' · ')}</span>
              </span>
              {done ? (
                <span className="meta">Linked</span>
              ) : (
                <button type="button" disabled={busy} onClick={() => void run(`Linked “${p.name}” to the article.`, () => acceptActor(articleId, p), `actor:${p.name}`)}>
                  {p.knownId ? 'Link' : 'Accept'}
                </button>
              )}
              <p className="evidence">
                Named as {p.mentions.map((m) => `“${m}”`).join(', ')}
                {p.evidence.length ? ` — ${p.evidence.join('; ')}` : ''}
              </p>
            </li>
          );
        })}
      </ul>
      {speakerQuotes.length ? <h3>Speakers</h3> : null}
      <ul className="list" aria-label="Suggested speakers">
        {speakerQuotes.map((q) => {
          const speaker = actors[q.speakerIndex!]!;
          const done = quoteDone(q);
          // The words accepting highlights (no comma joining them to the attribution).
          const words = suggestedHighlight(q).exact;
          return (
            <li key={q.start} className={`suggestion${done ? ' accepted' : ''}`} aria-label={`Suggested speaker for “${q.exact.slice(0, 40)}”`} data-suggestion={`quote:${q.start}`}>
              <span>
                <q>{words.length > 140 ? `${words.slice(0, 140)}…` : words}</q> — <strong>{speaker.name}</strong>
                {q.inCaption ? <span className="meta"> (photo caption)</span> : null}
              </span>
              {done ? (
                <span className="meta">Accepted</span>
              ) : (
                <button type="button" disabled={busy} onClick={() => void run(`“${speaker.name}” set as the speaker.`, () => acceptSpeaker(articleId, q, speaker), `quote:${q.start}`)}>
                  Accept
                </button>
              )}
              <p className="evidence">{q.evidence.join('; ')}</p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
