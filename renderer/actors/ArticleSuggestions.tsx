import { useEffect, useMemo, useRef, useState } from 'react';
import type { KnownActor, ProposedActor, SuggestedQuote } from '../../shared/suggest';
import { useCommands, type Command } from '../app/commands';
import { useLive } from '../app/hooks';
import { hrefFor } from '../app/router';
import { showError, showToast } from '../app/toasts';
import { articleQuotes, knownActors } from '../db/actors';
import { getArticle, getArticleBody } from '../db/articles';
import { dismissedSuggestions, dismissSuggestion, restoreSuggestion } from '../db/suggestion-dismissals';
import { useSuggestions } from './hooks';
import { acceptActor, acceptSpeaker, actorSuggestionKey, quoteSuggestionKey, suggestedHighlight } from './suggestion-actions';
import '../styles/actors.css';

/** Everything the suggestions depend on, read live so accepted ones show as done. */
function useSuggestionInputs(articleId: string) {
  return useLive(async () => {
    const [article, body, known, quotes, dismissed] = await Promise.all([getArticle(articleId), getArticleBody(articleId), knownActors(), articleQuotes(articleId), dismissedSuggestions(articleId)]);
    return { article, body, known, quotes, dismissed };
  }, [articleId]);
}

const NO_ACTORS: readonly KnownActor[] = [];

/**
 * The actors an article mentions and the likely speaker of each quotation, with the words that
 * support them. Nothing is applied until the user accepts a suggestion, one by one or all at once;
 * a wrong one can be dismissed (remembered for the article) and shown again.
 */
export function ArticleSuggestions({ articleId }: { articleId: string }) {
  const inputs = useSuggestionInputs(articleId).value;
  const [busy, setBusy] = useState(false);
  const [showDismissed, setShowDismissed] = useState(false);
  const text = inputs?.body?.text ?? '';
  const { suggestions, error, reading } = useSuggestions(text, inputs?.known ?? NO_ACTORS);

  const linked = new Set(inputs?.article?.actorIds ?? []);
  const dismissed = new Set(inputs?.dismissed ?? []);
  const actors = suggestions?.actors ?? [];
  const isLinked = (p: ProposedActor) => p.knownId !== null && linked.has(p.knownId);
  const quoteDone = (q: SuggestedQuote) => {
    const speaker = q.speakerIndex === null ? null : actors[q.speakerIndex]!;
    // Highlighted without its trailing comma (suggestedHighlight), or whole by an older Dossier.
    const span = suggestedHighlight(q);
    const stored = inputs?.quotes.find((s) => s.positionSelector.start === q.start && (s.positionSelector.end === span.end || s.positionSelector.end === q.end));
    return !!stored && !!speaker?.knownId && stored.speakerId === speaker.knownId;
  };
  const actorDismissed = (p: ProposedActor) => !isLinked(p) && dismissed.has(actorSuggestionKey(p));
  const speakerQuotes = (suggestions?.quotes ?? []).filter((q) => q.speakerIndex !== null);
  // A quotation whose speaker was dismissed goes with it: accepting it would bring the actor back.
  const quoteDismissed = (q: SuggestedQuote) => !quoteDone(q) && (dismissed.has(quoteSuggestionKey(q)) || actorDismissed(actors[q.speakerIndex!]!));
  const shownActors = actors.filter((p) => !actorDismissed(p));
  const shownQuotes = speakerQuotes.filter((q) => !quoteDismissed(q));
  const dismissedActors = actors.filter(actorDismissed);
  const dismissedQuotes = speakerQuotes.filter((q) => !quoteDone(q) && dismissed.has(quoteSuggestionKey(q)) && !actorDismissed(actors[q.speakerIndex!]!));
  const dismissedCount = dismissedActors.length + dismissedQuotes.length;
  // "Accept all" takes people and organisations and their quotations; places are accepted one by one.
  const inAcceptAll = (p: ProposedActor) => p.kind !== 'place';
  const pendingActors = shownActors.filter((p) => !isLinked(p) && inAcceptAll(p));
  const pendingQuotes = shownQuotes.filter((q) => !quoteDone(q) && inAcceptAll(actors[q.speakerIndex!]!));
  const pendingPlaces = shownActors.filter((p) => !isLinked(p) && !inAcceptAll(p)).length;

  // The suggestion just accepted or dismissed from its button: once it shows as done (or is gone),
  // the keyboard moves on to the suggestions that were after it, else before it.
  const sectionRef = useRef<HTMLElement>(null);
  const movedFrom = useRef<{ key: string; button: string | null; next: string[] } | null>(null);
  const itemOf = (key: string) => sectionRef.current?.querySelector<HTMLElement>(`li[data-suggestion="${CSS.escape(key)}"]`) ?? null;
  const firstButton = (key: string) => itemOf(key)?.querySelector('button')?.textContent ?? null;
  const noteMove = (key: string) => {
    const keys = [...(sectionRef.current?.querySelectorAll<HTMLElement>('li[data-suggestion]') ?? [])].map((li) => li.dataset['suggestion']!);
    const at = keys.indexOf(key);
    movedFrom.current = { key, button: firstButton(key), next: at < 0 ? keys : [...keys.slice(at + 1), ...keys.slice(0, at).reverse()] };
  };
  const run = async (label: string | null, work: () => Promise<unknown>, key?: string) => {
    setBusy(true);
    try {
      if (key) noteMove(key);
      await work();
      if (label) showToast({ kind: 'info', message: label });
    } catch (e) {
      movedFrom.current = null;
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
  const dismiss = (key: string) => void run(null, () => dismissSuggestion(articleId, key), key);
  const restore = (key: string) => void run(null, () => restoreSuggestion(articleId, key), key);

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

  // The button pressed went away (disabled while saving, then replaced by "Linked", or its
  // suggestion dismissed or restored): the next suggestion's button gets the keyboard, so Enter
  // accepts it in turn; with none after it, the one before; with none left, the panel.
  useEffect(() => {
    const moved = movedFrom.current;
    const section = sectionRef.current;
    if (!moved || !section || busy) return;
    if (firstButton(moved.key) === moved.button) return; // not shown as done yet
    movedFrom.current = null;
    const now = document.activeElement;
    if (now && now !== document.body && now.isConnected) return; // the user has moved on
    const next = moved.next.map((k) => itemOf(k)?.querySelector<HTMLButtonElement>('button:not(:disabled)')).find((b) => b);
    (next ?? section).focus();
  });

  if (!inputs?.article || !inputs.body) return null;
  const actorItem = (p: ProposedActor, i: number, wasDismissed: boolean) => {
    const done = isLinked(p);
    const key = actorSuggestionKey(p);
    return (
      <li key={`${p.name}-${i}`} className={`suggestion${done || wasDismissed ? ' accepted' : ''}`} aria-label={`Suggested actor ${p.name}`} data-suggestion={key}>
        <span>
          {p.knownId ? <a href={hrefFor('actors', p.knownId)}>{p.name}</a> : <strong>{p.name}</strong>} <span className="meta">{[p.kind, p.role, p.knownId ? 'in your notebook' : 'new'].filter(Boolean).join(' · ')}</span>
        </span>
        <SuggestionButtons done={done ? 'Linked' : null} dismissed={wasDismissed} busy={busy} accept={p.knownId ? 'Link' : 'Accept'} dismissLabel={`Dismiss ${p.name}`} onAccept={() => void run(`Linked “${p.name}” to the article.`, () => acceptActor(articleId, p), key)} onDismiss={() => dismiss(key)} onRestore={() => restore(key)} />
        <p className="evidence">
          Named as {p.mentions.map((m) => `“${m}”`).join(', ')}
          {p.evidence.length ? ` — ${p.evidence.join('; ')}` : ''}
        </p>
      </li>
    );
  };
  const quoteItem = (q: SuggestedQuote, wasDismissed: boolean) => {
    const speaker = actors[q.speakerIndex!]!;
    const done = quoteDone(q);
    const key = quoteSuggestionKey(q);
    // The words accepting highlights (no comma joining them to the attribution).
    const words = suggestedHighlight(q).exact;
    return (
      <li key={q.start} className={`suggestion${done || wasDismissed ? ' accepted' : ''}`} aria-label={`Suggested speaker for “${q.exact.slice(0, 40)}”`} data-suggestion={key}>
        <span>
          <q>{words.length > 140 ? `${words.slice(0, 140)}…` : words}</q> — <strong>{speaker.name}</strong>
          {q.inCaption ? <span className="meta"> (photo caption)</span> : null}
        </span>
        <SuggestionButtons done={done ? 'Accepted' : null} dismissed={wasDismissed} busy={busy} accept="Accept" dismissLabel={`Dismiss ${speaker.name} as the speaker`} onAccept={() => void run(`“${speaker.name}” set as the speaker.`, () => acceptSpeaker(articleId, q, speaker), key)} onDismiss={() => dismiss(key)} onRestore={() => restore(key)} />
        <p className="evidence">{q.evidence.join('; ')}</p>
      </li>
    );
  };
  return (
    <section className="suggestions" aria-label="Suggestions" ref={sectionRef} tabIndex={-1}>
      <header>
        <strong>Suggestions</strong>{' '}
        {pendingCount ? (
          <button type="button" className="primary" disabled={busy} onClick={acceptAll} aria-describedby={pendingPlaces ? `${articleId}-places-apart` : undefined}>
            Accept all ({pendingCount})
          </button>
        ) : null}
        {pendingPlaces ? (
          <span className="meta" id={`${articleId}-places-apart`}>
            {' '}
            People and organisations; places one by one.
          </span>
        ) : null}
      </header>
      {error ? <p className="meta" role="alert">Dossier could not read this article for suggestions: {error instanceof Error ? error.message : String(error)}</p> : null}
      {!suggestions && !error ? <p className="meta" role="status">{reading ? 'Reading the article for people, organisations and places…' : null}</p> : null}
      {suggestions && !actors.length && !speakerQuotes.length ? <p className="meta">Dossier found no people, organisations or places in this article.</p> : null}
      {shownActors.length ? <h3>Actors</h3> : null}
      <ul className="list" aria-label="Suggested actors">
        {actors.map((p, i) => (actorDismissed(p) ? null : actorItem(p, i, false)))}
      </ul>
      {shownQuotes.length ? <h3>Speakers</h3> : null}
      <ul className="list" aria-label="Suggested speakers">
        {shownQuotes.map((q) => quoteItem(q, false))}
      </ul>
      {dismissedCount ? (
        <p>
          <button type="button" aria-expanded={showDismissed} onClick={() => setShowDismissed((v) => !v)}>
            {showDismissed ? `Hide ${dismissedCount} dismissed` : `Show ${dismissedCount} dismissed`}
          </button>
        </p>
      ) : null}
      {dismissedCount && showDismissed ? (
        <ul className="list" aria-label="Dismissed suggestions">
          {actors.map((p, i) => (actorDismissed(p) ? actorItem(p, i, true) : null))}
          {dismissedQuotes.map((q) => quoteItem(q, true))}
        </ul>
      ) : null}
    </section>
  );
}

/** A suggestion's buttons: Accept (or Link) and Dismiss; Restore once dismissed; what was done once accepted. */
function SuggestionButtons(props: { done: string | null; dismissed: boolean; busy: boolean; accept: string; dismissLabel: string; onAccept: () => void; onDismiss: () => void; onRestore: () => void }) {
  if (props.done) return <span className="meta">{props.done}</span>;
  if (props.dismissed) {
    return (
      <span>
        <button type="button" disabled={props.busy} onClick={props.onRestore}>
          Restore
        </button>
      </span>
    );
  }
  return (
    <span>
      <button type="button" disabled={props.busy} onClick={props.onAccept}>
        {props.accept}
      </button>{' '}
      <button type="button" disabled={props.busy} aria-label={props.dismissLabel} onClick={props.onDismiss}>
        Dismiss
      </button>
    </span>
  );
}
