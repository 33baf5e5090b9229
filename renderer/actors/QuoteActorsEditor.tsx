import { useEffect, useRef, useState } from 'react';
import type { Actor } from '../../shared/model';
import { hrefFor } from '../app/router';
import { showError, showToast } from '../app/toasts';
import { createActor, findLikelyDuplicates, restoreSnapshot, setQuoteActors } from '../db/actors';
import { ActorTypeahead } from './ActorTypeahead';
import { useQuoteActors, useSuggestedNames } from './hooks';
import { acceptActor } from './suggestion-actions';
import type { SuggestedName } from './suggested-names';
import '../styles/actors.css';
import { ErrorText } from '../app/ErrorText';

/**
 * Sets a quote's speaker (at most one) and the actors it mentions: type-ahead over names and
 * aliases, or a new actor made from the selected words. The reader opens it from the selection
 * toolbar and the quote panel. Escape closes it.
 */
export function QuoteActorsEditor({ quoteId, selectedText, onClose }: { quoteId: string; selectedText?: string; onClose: () => void }) {
  const state = useQuoteActors(quoteId);
  const articleId = state.value?.quote.articleId;
  const suggested = useSuggestedNames(articleId ? [articleId] : []);
  const [error, setError] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const words = selectedText?.replace(/\s+/g, ' ').trim().replace(/^[“"‘'(]+|[”"’'),.;:]+$/g, '') ?? '';

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // An Escape that closed a modal over the reader (the palette) was for that modal.
      if (e.key === 'Escape' && !e.defaultPrevented) onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const data = state.value;
  if (state.loading && !data) return null;
  if (!data) {
    return (
      <div className="quote-actors-editor" role="dialog" aria-label="Speaker and mentions">
        <p className="error-text">This quote was deleted.</p>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    );
  }
  const { quote, speaker, mentions } = data;

  const apply = async (change: { speakerId?: string | null; mentionIds?: string[] }, message: string) => {
    setError(null);
    try {
      const { snapshot } = await setQuoteActors(quoteId, change);
      showToast({ kind: 'info', message, action: { label: 'Undo', run: () => void restoreSnapshot(snapshot).catch(showError) }, undo: true });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const setSpeaker = (a: Actor | null) => apply({ speakerId: a?.id ?? null }, a ? `${a.name} set as the speaker.` : 'Speaker removed.');
  const addMention = (a: Actor) => apply({ mentionIds: [...quote.mentionIds, a.id] }, `${a.name} added to the mentions.`);
  const removeMention = (a: Actor) => apply({ mentionIds: quote.mentionIds.filter((m) => m !== a.id) }, `${a.name} removed from the mentions.`);
  /** A name the article's suggestions found: accepting it makes (or finds) its card, kind and role included. */
  const accept = async (n: SuggestedName): Promise<Actor | null> => {
    try {
      return await acceptActor(n.articleId, n.proposal);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return null;
    }
  };
  /** A new actor from typed or selected words; an actor already called that is used instead. */
  const make = async (name: string): Promise<Actor | null> => {
    try {
      const [same] = await findLikelyDuplicates(name);
      return same ?? (await createActor({ name }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return null;
    }
  };

  return (
    <div className="quote-actors-editor" role="dialog" aria-label="Speaker and mentions" ref={root}>
      <h3>Speaker</h3>
      {speaker ? (
        <ul className="actor-chips" aria-label="Speaker">
          <li className="actor-chip">
            <a href={hrefFor('actors', speaker.id)}>{speaker.name}</a>
            <button type="button" aria-label={`Remove speaker ${speaker.name}`} onClick={() => void setSpeaker(null)}>
              ×
            </button>
          </li>
        </ul>
      ) : (
        <p className="meta">No speaker yet.</p>
      )}
      <ActorTypeahead label="Set speaker" placeholder="Who said it? Type a name or alias…" autoFocus onPick={(a) => void setSpeaker(a)} suggested={suggested} onPickSuggested={(n) => void accept(n).then((a) => a && setSpeaker(a))} onCreate={(name) => void make(name).then((a) => a && setSpeaker(a))} />

      <h3>Mentions</h3>
      {mentions.length ? (
        <ul className="actor-chips" aria-label="Mentioned actors">
          {mentions.map((m) => (
            <li key={m.id} className="actor-chip">
              <a href={hrefFor('actors', m.id)}>{m.name}</a>
              <button type="button" aria-label={`Remove mention ${m.name}`} onClick={() => void removeMention(m)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="meta">No actor mentioned yet.</p>
      )}
      <ActorTypeahead label="Add mention" placeholder="Who is mentioned? Type a name or alias…" excludeIds={quote.mentionIds} onPick={(a) => void addMention(a)} suggested={suggested} onPickSuggested={(n) => void accept(n).then((a) => a && addMention(a))} onCreate={(name) => void make(name).then((a) => a && addMention(a))} />

      {words ? (
        <div className="dialog-actions">
          <span className="meta">“{words.length > 60 ? `${words.slice(0, 60)}…` : words}”</span>
          <button type="button" onClick={() => void make(words).then((a) => a && setSpeaker(a))}>
            Create actor from selection as speaker
          </button>
          <button type="button" onClick={() => void make(words).then((a) => a && addMention(a))}>
            …as mentioned
          </button>
        </div>
      ) : null}
      <ErrorText error={error} />
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Done <kbd>Esc</kbd>
        </button>
      </div>
    </div>
  );
}
