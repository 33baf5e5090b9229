import { forwardRef, useEffect, useRef } from 'react';
import { readDataTransfer, type Intake } from './intake';

interface ClipBoxProps {
  /** The box's text, kept outside the view (clip-status.ts) so it outlives a visit elsewhere. */
  value: string;
  busy: boolean;
  /** A web address is being clipped: Esc or the Cancel button stops it. */
  cancellable: boolean;
  error: string | null;
  /** Take focus and select the text (after a cancel, or a failed clip's "Edit address"). */
  focusBox: boolean;
  onFocused: () => void;
  onChange: (value: string) => void;
  onClipUrl: (url: string) => Promise<boolean>;
  onCancel: () => void;
  onIntake: (intake: Intake) => void;
}

/**
 * The Clip box: type or paste a web address, press Enter. Pasting a whole article (HTML or
 * several lines of text) into it clips that instead. The box keeps the keyboard while it clips
 * (read-only, not disabled, which would drop focus to the page), and Esc there cancels the clip;
 * on failure the address stays in it, selected, so typing replaces it.
 */
export const ClipBox = forwardRef<HTMLInputElement, ClipBoxProps>(function ClipBox({ value, busy, cancellable, error, focusBox, onFocused, onChange, onClipUrl, onCancel, onIntake }, ref) {
  const input = useRef<HTMLInputElement | null>(null);
  const submit = async () => {
    if (busy) return;
    if (!(await onClipUrl(value)) && document.activeElement === input.current) input.current?.select();
  };
  useEffect(() => {
    if (!focusBox) return;
    input.current?.focus();
    input.current?.select();
    onFocused();
  }, [focusBox, onFocused]);
  return (
    <div className="clip-box">
      <input
        ref={(el) => {
          input.current = el;
          if (typeof ref === 'function') ref(el);
          else if (ref) ref.current = el;
        }}
        type="text"
        aria-label="Clip a web address"
        // Short enough for the box at the window's narrowest (720 px); the whole hint is its title
        // (shown on hover, and read as its description).
        placeholder="Paste a web address, press Enter"
        title="Paste or type a web address and press Enter to clip it. An article pasted here (its text or HTML) is clipped as it is."
        value={value}
        readOnly={busy}
        aria-busy={busy || undefined}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
        onPaste={(e) => {
          if (busy) return e.preventDefault();
          const intake = readDataTransfer(e.clipboardData);
          // An article (HTML, or text over several lines) pasted here is clipped as it is.
          if (intake.kind === 'html' || (intake.kind === 'text' && intake.text.trim().includes('\n'))) {
            e.preventDefault();
            onIntake(intake);
          }
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            void submit();
          } else if (e.key === 'Escape' && cancellable) {
            e.preventDefault();
            e.stopPropagation();
            onCancel();
          }
        }}
      />
      <button type="button" className="primary" disabled={busy} onClick={() => void submit()}>
        {busy ? 'Clipping…' : 'Clip'}
      </button>
      {cancellable ? (
        <button type="button" onClick={onCancel} title="Stop clipping this address (Esc)">
          Cancel
        </button>
      ) : null}
    </div>
  );
});
