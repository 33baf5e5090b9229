import { forwardRef, useRef, useState } from 'react';
import { readDataTransfer, type Intake } from './intake';

/**
 * The Clip box: type or paste a web address, press Enter. Pasting a whole article (HTML or
 * several lines of text) into it clips that instead. The box keeps the keyboard while it clips
 * (read-only, not disabled, which would drop focus to the page); on failure the address stays in
 * it, selected, so typing replaces it.
 */
export const ClipBox = forwardRef<HTMLInputElement, { busy: boolean; error: string | null; onClipUrl: (url: string) => Promise<boolean>; onIntake: (intake: Intake) => void; onEdit: () => void }>(
  function ClipBox({ busy, error, onClipUrl, onIntake, onEdit }, ref) {
    const [value, setValue] = useState('');
    const input = useRef<HTMLInputElement | null>(null);
    const submit = async () => {
      if (busy) return;
      if (await onClipUrl(value)) setValue('');
      else if (document.activeElement === input.current) input.current?.select();
    };
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
          placeholder="Paste or type a web address and press Enter to clip it"
          value={value}
          readOnly={busy}
          aria-busy={busy || undefined}
          aria-invalid={error ? true : undefined}
          onChange={(e) => {
            setValue(e.target.value);
            onEdit();
          }}
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
            }
          }}
        />
        <button type="button" className="primary" disabled={busy} onClick={() => void submit()}>
          {busy ? 'Clipping…' : 'Clip'}
        </button>
      </div>
    );
  },
);
