import { useState } from 'react';
import type { Article } from '../../shared/model';
import { setArticleTags } from '../db/articles';
import { Dialog } from '../app/Dialog';
import { ErrorText } from '../app/ErrorText';

/** Add tags (comma-separated) to an article and remove its tags, from the keyboard. */
export function TagDialog({ article, onClose }: { article: Article; onClose: () => void }) {
  const [input, setInput] = useState('');
  const [tags, setTags] = useState(article.tags);
  const [error, setError] = useState<string | null>(null);

  const save = async (next: string[]) => {
    setError(null);
    try {
      await setArticleTags(article.id, next);
      setTags(next);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const add = () => {
    const added = input.split(',').map((t) => t.trim()).filter(Boolean);
    if (!added.length) {
      setError('Type a tag first (several: separate them with commas).');
      return;
    }
    void save([...tags, ...added]).then(() => setInput(''));
  };

  return (
    <Dialog label="Tags" heading={<>Tags of “{article.title}”</>} onClose={onClose}>
      <div className="tag-editor">
        <input
          type="text"
          aria-label="New tag"
          autoFocus
          placeholder="Add tags, separated by commas"
          value={input}
          onChange={(e) => setInput(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') add();
          }}
        />
        <button type="button" onClick={add}>
          Add
        </button>
      </div>
      <ul className="tag-list" aria-label="Current tags">
        {tags.length === 0 ? <li className="muted">No tags yet.</li> : null}
        {[...new Set(tags)].map((t) => (
          <li key={t} className="tag">
            {t}
            <button type="button" aria-label={`Remove tag ${t}`} onClick={() => void save(tags.filter((x) => x !== t))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <ErrorText error={error} />
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose}>
          Done
        </button>
      </div>
    </Dialog>
  );
}
