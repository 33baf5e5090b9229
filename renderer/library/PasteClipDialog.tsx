import { useRef, useState } from 'react';
import { clipHtml, clipText, type ClipOutcome } from './clip-actions';
import { Dialog } from '../app/Dialog';
import { ErrorText } from '../app/ErrorText';

export type PasteMode = 'text' | 'html';

export interface PasteDraft {
  mode: PasteMode;
  text: string;
  /** The plain-text form of pasted HTML, for switching modes without losing either. */
  alt?: string;
  error?: string;
  /** Kept from an earlier opening that closed without saving. */
  kept?: boolean;
}

/**
 * What was in the box when it last closed without saving (Escape, Cancel, a click outside): a
 * pasted article is not thrown away by a stray key. It is offered when the box opens again, for
 * as long as the window is open; saving the clip or Clear empties it.
 */
let keptDraft: PasteDraft | null = null;

/** The box's content for opening it empty in `mode`: the kept draft if there is one. */
export function pasteDraftFor(mode: PasteMode): PasteDraft {
  return keptDraft ?? { mode, text: '' };
}

/**
 * Paste a clip: plain text (headline on the first line, then the body) or HTML (what a browser
 * puts on the clipboard). A failed save keeps the text in the box and says what to try.
 */
export function PasteClipDialog({ initial, onClose, onSaved }: { initial?: PasteDraft; onClose: () => void; onSaved: (outcome: ClipOutcome) => void }) {
  const [mode, setMode] = useState<PasteMode>(initial?.mode ?? 'text');
  const [text, setText] = useState(initial?.text ?? '');
  const [alt, setAlt] = useState(initial?.alt ?? '');
  const [error, setError] = useState<string | null>(initial?.error ?? null);
  const [saving, setSaving] = useState(false);
  const [kept, setKept] = useState(!!initial?.kept);
  const textRef = useRef<HTMLTextAreaElement>(null);

  const close = () => {
    keptDraft = text.trim() ? { mode, text, ...(alt ? { alt } : {}), kept: true } : null;
    onClose();
  };
  const clear = () => {
    keptDraft = null;
    setText('');
    setAlt('');
    setKept(false);
    setError(null);
    textRef.current?.focus();
  };

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      const outcome = mode === 'html' ? await clipHtml(text, { source: 'html' }) : await clipText(text, { source: 'text' });
      keptDraft = null;
      onSaved(outcome);
    } catch (e) {
      // The text stays in the box so nothing is lost; the message says why and what to try.
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };

  const switchMode = (next: PasteMode) => {
    if (next === mode) return;
    // Pasted HTML came with a plain-text form: swap them so neither is lost.
    if (alt) {
      setAlt(text);
      setText(alt);
    }
    setMode(next);
    setError(null);
  };

  return (
    <Dialog label="Paste a clip" heading="Paste a clip" onClose={close}>
      <div className="segmented" role="radiogroup" aria-label="Format">
        <label>
          <input type="radio" name="paste-mode" checked={mode === 'text'} onChange={() => switchMode('text')} /> Plain text
        </label>
        <label>
          <input type="radio" name="paste-mode" checked={mode === 'html'} onChange={() => switchMode('html')} /> HTML
        </label>
      </div>
      {kept ? (
        <p className="paste-kept meta">
          Kept from when you last closed this box without saving.{' '}
          <button type="button" onClick={clear}>
            Clear
          </button>
        </p>
      ) : null}
      <textarea
        ref={textRef}
        aria-label="Clip text"
        autoFocus
        placeholder={mode === 'html' ? 'Paste the page’s HTML…' : 'Headline on the first line\nThen the article body…'}
        value={text}
        onPaste={(e) => {
          const html = e.clipboardData.getData('text/html');
          if (html.trim() && !text.trim()) {
            // A copy from a browser: keep its HTML (links, paragraphs) and its plain text.
            e.preventDefault();
            setText(html);
            setAlt(e.clipboardData.getData('text/plain'));
            setMode('html');
            setError(null);
          }
        }}
        onChange={(e) => {
          setText(e.target.value);
          setError(null);
        }}
        onKeyDown={(e) => {
          if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') void save();
        }}
      />
      <ErrorText error={error} />
      <div className="dialog-actions">
        <button type="button" onClick={close}>
          Cancel
        </button>
        <button type="button" className="primary" disabled={saving} onClick={() => void save()}>
          {saving ? 'Saving…' : 'Save clip'} <kbd>Ctrl+Enter</kbd>
        </button>
      </div>
    </Dialog>
  );
}
