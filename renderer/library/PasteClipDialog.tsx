import { useState } from 'react';
import { saveClip } from '../db/articles';
import { showToast } from '../app/toasts';
import { articleFromPlainText } from './plain-clip';

export function PasteClipDialog({ onClose, onSaved }: { onClose: () => void; onSaved: (id: string) => void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    const result = articleFromPlainText(text);
    if ('error' in result) {
      setError(result.error);
      return;
    }
    setSaving(true);
    try {
      await saveClip(result.article, result.body);
      showToast({ kind: 'info', message: `Clipped “${result.article.title}”.` });
      onSaved(result.article.id);
    } catch (e) {
      // The text stays in the box so nothing is lost; the toast says why it failed.
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="dialog-backdrop" onMouseDown={onClose}>
      <div className="dialog" role="dialog" aria-label="Paste a clip" onMouseDown={(e) => e.stopPropagation()}>
        <h2>Paste a clip</h2>
        <textarea
          aria-label="Clip text"
          autoFocus
          placeholder={'Headline on the first line\nThen the article body…'}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') void save();
            if (e.key === 'Escape') onClose();
          }}
        />
        {error ? (
          <p role="alert" className="error-text">
            {error}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="primary" disabled={saving} onClick={() => void save()}>
            Save clip <kbd>Ctrl+Enter</kbd>
          </button>
        </div>
      </div>
    </div>
  );
}
