import { answerDuplicate, useDuplicatePrompt } from './duplicate-prompt';
import { formatDate } from './format';
import { Dialog } from '../app/Dialog';

/** "This article is already in your library": open it, or save the page again as a new version. */
export function DuplicateDialog() {
  const prompt = useDuplicatePrompt();
  if (!prompt) return null;
  const { existing } = prompt;
  return (
    <Dialog label="Already in your library" heading="Already in your library" onClose={() => answerDuplicate('cancel')}>
      <p>
        “{existing.title}”{existing.siteName ? ` (${existing.siteName})` : ''} was clipped on {formatDate(existing.clippedAt)} from the same address. Open it, or clip the page again as a new version that
        links to the earlier one.
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={() => answerDuplicate('cancel')}>
          Cancel
        </button>
        <button type="button" onClick={() => answerDuplicate('new-version')}>
          Save new version
        </button>
        <button type="button" className="primary" autoFocus onClick={() => answerDuplicate('open')}>
          Open existing
        </button>
      </div>
    </Dialog>
  );
}
