import type { ReactNode } from 'react';

/**
 * A modal dialog over a dimmed backdrop: a press outside it or Escape closes it (`onClose`).
 * `label` is its accessible name; `heading`, when given, is shown as its title.
 */
export function Dialog({ label, heading, onClose, children }: { label: string; heading?: ReactNode; onClose: () => void; children: ReactNode }) {
  return (
    <div className="dialog-backdrop" onMouseDown={onClose}>
      <div
        className="dialog"
        role="dialog"
        aria-label={label}
        onMouseDown={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onClose();
        }}
      >
        {heading ? <h2>{heading}</h2> : null}
        {children}
      </div>
    </div>
  );
}
