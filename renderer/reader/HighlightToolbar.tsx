import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../shared/model';
import { QuoteActorsEditor } from '../actors/QuoteActorsEditor';

export interface ToolbarAnchor {
  /** Viewport coordinates of the selection or highlight: the toolbar sits above it (below near the top). */
  left: number;
  top: number;
  bottom: number;
}

interface Props {
  anchor: ToolbarAnchor;
  /** 'new': a selection not yet highlighted; 'existing': a highlight the user picked. */
  mode: 'new' | 'existing';
  color?: HighlightColor;
  comment?: string;
  tags?: string[];
  /** The quote whose actors to edit (set once the quote exists). */
  actorsFor?: { quoteId: string; selectedText: string } | null;
  commenting?: boolean;
  onColor: (color: HighlightColor) => void;
  onStartComment: () => void;
  onSaveComment: (comment: string, tags: string[]) => void;
  onCancelComment: () => void;
  onActors: () => void;
  onCloseActors: () => void;
  onCopy: () => void;
  onDelete?: () => void;
  onClose: () => void;
}

const KEYS = ['1', '2', '3', '4', '5'];

/** The small toolbar over a selection or a highlight: colours, comment, actors, copy, delete. */
export function HighlightToolbar(p: Props) {
  const top = p.anchor.top > 120 ? p.anchor.top - 8 : p.anchor.bottom + 8;
  const style = { left: Math.max(8, Math.min(p.anchor.left, window.innerWidth - 360)), top, transform: p.anchor.top > 120 ? 'translateY(-100%)' : undefined };
  return (
    <div className="hl-toolbar" role="toolbar" aria-label={p.mode === 'new' ? 'Highlight the selection' : 'Edit the highlight'} style={style} onMouseDown={(e) => e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLInputElement || e.preventDefault()}>
      <div className="hl-toolbar-row">
        {HIGHLIGHT_COLORS.map((c, i) => (
          <button
            key={c}
            type="button"
            className={`hl-swatch hl-swatch-${c}`}
            aria-pressed={p.mode === 'existing' ? p.color === c : undefined}
            aria-label={`${p.mode === 'new' ? 'Highlight' : 'Recolour'} ${c}`}
            title={`${p.mode === 'new' ? 'Highlight' : 'Recolour'} ${c} (${KEYS[i]})`}
            onClick={() => p.onColor(c)}
          />
        ))}
        <button type="button" onClick={p.onStartComment} title="Comment (c)">
          Comment
        </button>
        <button type="button" onClick={p.onActors} title="Link to an actor (a)">
          Actors
        </button>
        <button type="button" onClick={p.onCopy} title="Copy as a Markdown quote with its citation (m)">
          Copy quote
        </button>
        {p.onDelete ? (
          <button type="button" className="danger" onClick={p.onDelete} title="Delete the highlight (Delete)">
            Delete
          </button>
        ) : null}
      </div>
      {p.commenting ? <CommentEditor comment={p.comment ?? ''} tags={p.tags ?? []} onSave={p.onSaveComment} onCancel={p.onCancelComment} /> : null}
      {p.actorsFor ? <QuoteActorsEditor quoteId={p.actorsFor.quoteId} selectedText={p.actorsFor.selectedText} onClose={p.onCloseActors} /> : null}
    </div>
  );
}

/** Comment and tags of a highlight. What the user typed is saved on Ctrl+Enter, on Save and when focus leaves. */
function CommentEditor({ comment, tags, onSave, onCancel }: { comment: string; tags: string[]; onSave: (comment: string, tags: string[]) => void; onCancel: () => void }) {
  const [text, setText] = useState(comment);
  const [tagText, setTagText] = useState(tags.join(', '));
  const ref = useRef<HTMLTextAreaElement>(null);
  const saved = useRef(false);
  const latest = useRef({ text, tagText });
  useLayoutEffect(() => {
    latest.current = { text, tagText };
  });
  const parseTags = (s: string) => s.split(',').map((t) => t.trim()).filter(Boolean);
  const save = () => {
    saved.current = true;
    onSave(latest.current.text, parseTags(latest.current.tagText));
  };
  useEffect(() => ref.current?.focus(), []);
  // Closing the toolbar some other way keeps what was typed.
  useEffect(
    () => () => {
      if (!saved.current && (latest.current.text !== comment || latest.current.tagText !== tags.join(', '))) onSave(latest.current.text, parseTags(latest.current.tagText));
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  const onKey = (e: React.KeyboardEvent) => {
    e.stopPropagation();
    if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') save();
    if (e.key === 'Escape') {
      saved.current = true;
      onCancel();
    }
  };
  return (
    <div className="hl-comment">
      <textarea ref={ref} aria-label="Comment" placeholder="Why this quote matters…" value={text} onChange={(e) => setText(e.target.value)} onKeyDown={onKey} />
      <input type="text" aria-label="Tags" placeholder="Tags, separated by commas" value={tagText} onChange={(e) => setTagText(e.target.value)} onKeyDown={onKey} />
      <div className="hl-comment-actions">
        <button type="button" onClick={() => { saved.current = true; onCancel(); }}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={save}>
          Save <kbd>Ctrl+Enter</kbd>
        </button>
      </div>
    </div>
  );
}
