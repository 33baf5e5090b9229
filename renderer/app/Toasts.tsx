import { useEffect, useRef } from 'react';
import { useMissingArticles } from '../library/hooks';
import { dismissToast, holdToast, useToasts, type Toast } from './toasts';

/** A toast about an article ("Clipped … Open") goes when the article is deleted: its Open would lead nowhere. */
function useDropToastsOfDeletedArticles(toasts: Toast[]): void {
  const ids = [...new Set(toasts.flatMap((t) => (t.articleId ? [t.articleId] : [])))];
  const gone = useMissingArticles(ids);
  useEffect(() => {
    if (!gone?.missing.length) return;
    for (const t of toasts) if (t.articleId && gone.missing.includes(t.articleId)) dismissToast(t.id);
  }, [gone, toasts]);
}

export function Toasts() {
  const toasts = useToasts();
  useDropToastsOfDeletedArticles(toasts);
  // Where the keyboard was before it came to a toast: an action (Undo) gives it back there, not to the page.
  const cameFrom = useRef<HTMLElement | null>(null);
  return (
    <div className="toasts" aria-live="polite" onFocus={(e) => {
      if (e.relatedTarget instanceof HTMLElement && !e.currentTarget.contains(e.relatedTarget)) cameFrom.current = e.relatedTarget;
    }}>
      {toasts.map((t) => (
        // The pointer resting on a toast, or focus inside it, keeps it open (its Undo stays reachable).
        <div
          key={t.id}
          className={`toast toast-${t.kind}`}
          role={t.kind === 'error' ? 'alert' : 'status'}
          onMouseEnter={() => holdToast(t.id, 'hover', true)}
          onMouseLeave={() => holdToast(t.id, 'hover', false)}
          onFocus={() => holdToast(t.id, 'focus', true)}
          onBlur={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget as Node | null)) holdToast(t.id, 'focus', false);
          }}
        >
          <span>{t.message}</span>
          {t.action ? (
            <button
              type="button"
              onClick={() => {
                t.action?.run();
                dismissToast(t.id);
                const back = cameFrom.current;
                requestAnimationFrame(() => {
                  const now = document.activeElement;
                  if (back?.isConnected && (!now || now === document.body || !now.isConnected)) back.focus({ preventScroll: true });
                });
              }}
            >
              {t.action.label}
            </button>
          ) : null}
          <button type="button" className="toast-close" aria-label="Dismiss" onClick={() => dismissToast(t.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
