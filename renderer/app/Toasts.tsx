import { dismissToast, holdToast, useToasts } from './toasts';

export function Toasts() {
  const toasts = useToasts();
  return (
    <div className="toasts" aria-live="polite">
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
