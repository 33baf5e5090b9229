import { useEffect, useMemo, useRef, useState } from 'react';
import { useCommandList } from '../app/commands';
import { showToast } from '../app/toasts';
import { BOOKMARKLET_URL } from './bookmarklet';
import { forPlatform, READER_SHORTCUTS, shortcutRows } from './shortcuts';
import '../styles/help.css';

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

/**
 * The bookmarklet as a real link to drag to the bookmarks bar. React 19 replaces javascript:
 * hrefs with an error-throwing URL, so the href (our own constant, never page or user text) is
 * set on the element directly. Clicking it inside Dossier does nothing: the CSP forbids inline
 * script and the click is cancelled; it only runs from the browser's bookmarks.
 */
function BookmarkletLink() {
  const ref = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    ref.current?.setAttribute('href', BOOKMARKLET_URL);
  }, []);
  return (
    <a
      ref={ref}
      className="bookmarklet"
      draggable
      onClick={(e) => {
        e.preventDefault();
        showToast({ kind: 'info', message: 'Drag “Clip to Dossier” to your browser’s bookmarks bar; it works from there, not inside Dossier.' });
      }}
    >
      Clip to Dossier
    </a>
  );
}

export function HelpView(_props: { itemId: string | null; params: URLSearchParams }) {
  const commands = useCommandList();
  const [copied, setCopied] = useState(false);
  const rows = useMemo(() => shortcutRows(commands), [commands]);

  const copy = () => {
    void navigator.clipboard.writeText(BOOKMARKLET_URL).then(
      () => setCopied(true),
      () => showToast({ kind: 'error', message: 'Dossier could not copy to the clipboard. Select the text in the box and copy it with Ctrl+C.' }),
    );
  };

  return (
    <div className="view-body">
      <article className="help">
        <h1>Help</h1>

        <section aria-labelledby="help-bookmarklet">
          <h2 id="help-bookmarklet">Clip from your browser</h2>
          <p>Clip the page you are reading, with the passage you selected as its first highlight, without leaving your browser:</p>
          <ol>
            <li>
              Drag this link to your browser’s bookmarks bar: <BookmarkletLink />
            </li>
            <li>On an article, select the sentence that matters (or nothing), then click <strong>Clip to Dossier</strong> in the bookmarks bar.</li>
            <li>Your browser asks once whether to open Dossier; allow it. Dossier clips the page, opens it and highlights your selection.</li>
          </ol>
          <p className="help-muted">
            If your browser does not let you drag the link, add a bookmark by hand and paste this as its address:
          </p>
          <div className="bookmarklet-code">
            <textarea readOnly aria-label="Bookmarklet address" value={BOOKMARKLET_URL} rows={3} onFocus={(e) => e.currentTarget.select()} />
            <button type="button" onClick={copy}>
              {copied ? 'Copied' : 'Copy'}
            </button>
          </div>
          <p className="help-muted">
            The bookmarklet sends Dossier only the page’s address, its title and the text you selected. Dossier downloads the page itself and accepts only
            http and https addresses.
          </p>
        </section>

        <section aria-labelledby="help-copied">
          <h2 id="help-copied">Clip a copied link</h2>
          <p>
            Copy a page’s address anywhere, then press <kbd>{forPlatform('Ctrl+Shift+V', isMac)}</kbd> in Dossier (outside a text field), or choose{' '}
            <strong>Clip the copied link</strong> in the command palette (<kbd>{forPlatform('Ctrl+K', isMac)}</kbd>).
          </p>
        </section>

        <section aria-labelledby="help-deleted">
          <h2 id="help-deleted">Get back what you deleted</h2>
          <p>
            Deleting an article, a highlight, a note or an actor happens at once, with <strong>Undo</strong> in the message that follows (and{' '}
            <kbd>{forPlatform('Ctrl+Z', isMac)}</kbd> outside a text field, for the last one). Noticed later? Open <strong>Recently deleted</strong> in the sidebar: what you
            deleted stays there for 30 days. Select an item and press <kbd>Enter</kbd> to restore it, or <kbd>Delete</kbd> to delete it forever.
          </p>
          <p className="help-muted">
            Recently deleted is kept on this computer only: backups and Markdown exports leave it out. A highlight can come back only while its article is in the
            notebook, so restore the article first.
          </p>
        </section>

        <section aria-labelledby="help-keys">
          <h2 id="help-keys">Keyboard shortcuts</h2>
          <table className="help-keys" aria-label="Keyboard shortcuts">
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    <kbd>{forPlatform(r.keys, isMac)}</kbd>
                  </td>
                  <td>
                    {r.what}
                    {r.group ? <span className="help-muted"> ({r.group})</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3 id="help-reader-keys">In the reader</h3>
          <p className="help-muted">Outside text fields, on the selected words or, with none selected, on the current highlight (the one J and K move to).</p>
          <table className="help-keys" aria-labelledby="help-reader-keys">
            <tbody>
              {READER_SHORTCUTS.map((r) => (
                <tr key={r.keys.join(' ')}>
                  <td>
                    {r.keys.map((k, i) => (
                      <span key={k}>
                        {i ? ' ' : null}
                        <kbd>{k}</kbd>
                      </span>
                    ))}
                  </td>
                  <td>{r.what}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="help-muted">Other views add their own keys while they are open; the command palette lists every action with its key.</p>
        </section>
      </article>
    </div>
  );
}
