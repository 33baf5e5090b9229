import { useRef, type ReactNode } from 'react';
import { useModal } from './modal';

/**
 * A modal dialog over a dimmed backdrop: a press outside it or Escape (wherever focus is) closes it
 * (`onClose`), Tab goes round its controls, and closing it gives the keyboard back to what had it
 * before it opened (renderer/app/modal.ts).
 * `label` is its accessible name; `heading`, when given, is shown as its title.
 */
export function Dialog({ label, heading, className, onClose, children }: { label: string; heading?: ReactNode; className?: string; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useModal(ref, onClose);
  return (
    <div className="dialog-backdrop" onMouseDown={onClose}>
      <div
        ref={ref}
        className={className ? `dialog ${className}` : 'dialog'}
        role="dialog"
        aria-label={label}
        aria-modal="true"
        tabIndex={-1}
        onMouseDown={(e) => e.stopPropagation()}
      >
        {heading ? <h2>{heading}</h2> : null}
        {children}
      </div>
    </div>
  );
}
