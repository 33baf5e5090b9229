import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DecodedBackup } from '../../shared/backup/decode';
import { BACKUP_TABLES } from '../../shared/backup/format';
import type { ExportProgress } from '../../shared/export/notebook';
import { MENTION_STYLES, type MentionStyle } from '../../shared/export/note-markdown';
import { counted } from '../../shared/text/plural';
import { useLive } from '../app/hooks';
import { navigate } from '../app/router';
import { showError, showToast } from '../app/toasts';
import { isNotebookEmpty, type RestoreMode, type RestoreProgress } from '../db/backup';
import { listArticlesForCitation } from '../db/export-source';
import { backupToFile, exportToFolder, openBackupFile, restoreFromBackup, saveCitations } from './actions';
import { getMentionStyle, setMentionStyle } from './mention-style';
import '../styles/export.css';
import './commands';

const MENTION_LABELS: Record<MentionStyle, string> = {
  wikilink: '[[Wikilinks]] to actor pages',
  plain: 'Plain text names',
  'markdown-link': 'Markdown links to actor pages',
};

const PHASES: Record<ExportProgress['phase'], string> = {
  planning: 'Reading the notebook',
  attachments: 'Writing images',
  articles: 'Writing articles',
  actors: 'Writing actors',
  notes: 'Writing notes',
  finishing: 'Finishing',
};

function isAbort(error: unknown): boolean {
  return (error as { name?: string })?.name === 'AbortError';
}

function ProgressLine({ label, done, total, onCancel }: { label: string; done: number; total: number; onCancel: () => void }) {
  return (
    <div className="export-progress" role="status" aria-live="polite">
      <progress max={total || 1} value={total ? done : undefined} aria-label={label} />
      <span>
        {label}
        {total ? ` ${done.toLocaleString()} of ${total.toLocaleString()}` : '…'}
      </span>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

function FolderExport({ autostart }: { autostart: boolean }) {
  const [style, setStyle] = useState<MentionStyle>('wikilink');
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => {
    void getMentionStyle().then(setStyle, () => undefined);
  }, []);

  const run = useCallback(async () => {
    if (abort.current) return;
    const controller = new AbortController();
    abort.current = controller;
    setResult(null);
    try {
      const done = await exportToFolder({ signal: controller.signal, onProgress: setProgress });
      if (done) {
        const { counts, removed } = done.result;
        setResult(
          `Exported ${counted(counts.articles, 'article')}, ${counted(counts.actors, 'actor')}, ${counted(counts.notes, 'note')} and ${counted(counts.attachments, 'image')} to “${done.folder}”` +
            (removed ? `, and removed ${counted(removed, 'file')} of items no longer in the notebook.` : '.'),
        );
      }
    } catch (error) {
      if (isAbort(error)) showToast({ kind: 'info', message: 'Export cancelled. The files written so far are complete; export again to finish.' });
      else showError(error);
    } finally {
      abort.current = null;
      setProgress(null);
    }
  }, []);

  useEffect(() => {
    if (autostart) void run();
  }, [autostart, run]);

  return (
    <section className="export-card" aria-labelledby="export-folder-h">
      <h2 id="export-folder-h">Markdown folder</h2>
      <p>
        Writes every article, actor and note as Markdown files with their images, ready to open as an Obsidian vault or in any editor. Exporting
        again into the same folder updates the files in place.
      </p>
      <label className="export-row">
        Actor mentions in notes as{' '}
        <select
          value={style}
          onChange={(e) => {
            const next = e.target.value as MentionStyle;
            setStyle(next);
            void setMentionStyle(next).catch(showError);
          }}
        >
          {MENTION_STYLES.map((s) => (
            <option key={s} value={s}>
              {MENTION_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <div className="export-row">
        <button type="button" className="primary" onClick={() => void run()} disabled={!!progress}>
          Export to folder…
        </button>
      </div>
      {progress && <ProgressLine label={PHASES[progress.phase]} done={progress.done} total={progress.total} onCancel={() => abort.current?.abort()} />}
      {result && <p className="export-result">{result}</p>}
    </section>
  );
}

function countsText(backup: DecodedBackup): string {
  const c = backup.counts;
  return [counted(c.articles, 'article'), counted(c.quotes, 'quote'), counted(c.actors, 'actor'), counted(c.notes, 'note'), counted(c.images, 'image')].join(', ');
}

function BackupRestore({ autostart }: { autostart: 'backup' | 'restore' | null }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [rows, setRows] = useState(0);
  const [restored, setRestored] = useState<RestoreProgress | null>(null);
  const [opened, setOpened] = useState<{ name: string; backup: DecodedBackup } | null>(null);
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [message, setMessage] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const empty = useLive(() => isNotebookEmpty(), []);

  useEffect(() => {
    if (empty.value) setMode('empty');
  }, [empty.value]);

  const backup = useCallback(async () => {
    if (abort.current) return;
    const controller = new AbortController();
    abort.current = controller;
    setMessage(null);
    setBusy('Backing up');
    setRows(0);
    try {
      const done = await backupToFile({
        signal: controller.signal,
        onProgress: (p) => {
          setBusy(`Backing up ${p.table}`);
          setRows(p.rows);
        },
      });
      if (done) setMessage(`Saved the backup “${done.name}” (${counted(done.rows, 'row')}).`);
    } catch (error) {
      if (isAbort(error)) showToast({ kind: 'info', message: 'Backup cancelled. No backup file was written.' });
      else showError(error);
    } finally {
      abort.current = null;
      setBusy(null);
    }
  }, []);

  const open = useCallback(async () => {
    if (abort.current) return;
    const controller = new AbortController();
    abort.current = controller;
    setMessage(null);
    setBusy('Checking the backup');
    try {
      setOpened(await openBackupFile(controller.signal));
    } catch (error) {
      if (!isAbort(error)) showError(error);
    } finally {
      abort.current = null;
      setBusy(null);
    }
  }, []);

  useEffect(() => {
    if (autostart === 'backup') void backup();
    if (autostart === 'restore') void open();
  }, [autostart, backup, open]);

  const confirm = async () => {
    if (!opened || abort.current) return;
    const controller = new AbortController();
    abort.current = controller;
    setMessage(null);
    setBusy('Restoring rows');
    setRows(0);
    setRestored(null);
    try {
      const summary = await restoreFromBackup(opened.backup, mode, { signal: controller.signal, onProgress: setRestored });
      const written = BACKUP_TABLES.reduce((n, t) => n + summary.written[t], 0);
      const kept = BACKUP_TABLES.reduce((n, t) => n + summary.kept[t], 0);
      setMessage(`Restored ${counted(written, 'row')} from “${opened.name}”.${kept ? ` ${counted(kept, 'row')} of your notebook ${kept === 1 ? 'was' : 'were'} kept instead of the backup’s.` : ''}`);
      setOpened(null);
    } catch (error) {
      // The restore's one transaction was aborted: nothing it wrote was kept. The dialog stays to restore again.
      if (isAbort(error)) setMessage('Restore cancelled; your notebook is unchanged.');
      else showError(error);
    } finally {
      abort.current = null;
      setBusy(null);
      setRestored(null);
    }
  };

  return (
    <section className="export-card" aria-labelledby="export-backup-h">
      <h2 id="export-backup-h">Backup and restore</h2>
      <p>A backup is one file holding everything in the notebook, images included. Restoring checks the whole file before it changes anything.</p>
      <div className="export-row">
        <button type="button" onClick={() => void backup()} disabled={!!busy}>
          Back up notebook…
        </button>
        <button type="button" onClick={() => void open()} disabled={!!busy}>
          Restore from backup…
        </button>
      </div>
      {busy && (
        <ProgressLine
          label={rows ? `${busy}: ${counted(rows, 'row')}` : busy}
          done={restored?.done ?? 0}
          total={restored?.total ?? 0}
          onCancel={() => abort.current?.abort()}
        />
      )}
      {opened && (
        <div className="export-confirm" role="dialog" aria-label="Restore backup">
          <p>
            <strong>{opened.name}</strong> is a complete backup from {opened.backup.header.createdAt.slice(0, 10)}: {countsText(opened.backup)}.
          </p>
          <fieldset>
            <legend>Restore it</legend>
            <label>
              <input type="radio" name="restore-mode" checked={mode === 'empty'} disabled={!empty.value || !!busy} onChange={() => setMode('empty')} /> Into this empty notebook
              {!empty.value && <span className="export-muted"> (your notebook is not empty)</span>}
            </label>
            <label>
              <input type="radio" name="restore-mode" checked={mode === 'merge'} disabled={!!busy} onChange={() => setMode('merge')} /> Merge into this notebook: for actors, quotes and
              notes the copy edited last wins; articles, images and settings you already have are kept and only missing ones are added.
            </label>
          </fieldset>
          <div className="export-row">
            <button type="button" className="primary" onClick={() => void confirm()} disabled={!!busy || (mode === 'empty' && !empty.value)}>
              Restore
            </button>
            <button type="button" onClick={() => setOpened(null)} disabled={!!busy}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {message && <p className="export-result">{message}</p>}
    </section>
  );
}

function Citations() {
  const articles = useLive(() => listArticlesForCitation(), []);
  const [filter, setFilter] = useState('');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const shown = useMemo(() => {
    const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
    return (articles.value ?? []).filter((a) => words.every((w) => `${a.title} ${a.siteName ?? ''} ${a.byline ?? ''}`.toLowerCase().includes(w))).slice(0, 500);
  }, [articles.value, filter]);
  const save = async (format: 'csl-json' | 'bibtex') => {
    try {
      const name = await saveCitations([...selected], format);
      if (name) showToast({ kind: 'info', message: `Saved ${counted(selected.size, 'citation')} to “${name}”.` });
    } catch (error) {
      showError(error);
    }
  };
  return (
    <section className="export-card" aria-labelledby="export-cite-h">
      <h2 id="export-cite-h">Citations</h2>
      <p>Choose articles and save them as CSL-JSON or BibTeX for Zotero and other reference managers.</p>
      <div className="export-row">
        <input type="search" aria-label="Filter articles" placeholder="Filter articles" value={filter} onChange={(e) => setFilter(e.target.value)} />
        <button type="button" onClick={() => setSelected(new Set(shown.map((a) => a.id)))} disabled={!shown.length}>
          Select shown
        </button>
        <button type="button" onClick={() => setSelected(new Set())} disabled={!selected.size}>
          Clear
        </button>
      </div>
      {articles.value && articles.value.length === 0 ? (
        <p className="export-muted">No articles yet: clip one from the Library.</p>
      ) : (
        <ul className="export-cite-list" aria-label="Articles to cite">
          {shown.map((a) => (
            <li key={a.id}>
              <label>
                <input
                  type="checkbox"
                  checked={selected.has(a.id)}
                  onChange={(e) => {
                    const next = new Set(selected);
                    if (e.target.checked) next.add(a.id);
                    else next.delete(a.id);
                    setSelected(next);
                  }}
                />{' '}
                {a.title || 'Untitled article'}
                {a.siteName && <span className="export-muted"> · {a.siteName}</span>}
              </label>
            </li>
          ))}
        </ul>
      )}
      <div className="export-row">
        <button type="button" onClick={() => void save('csl-json')} disabled={!selected.size}>
          Save CSL-JSON…
        </button>
        <button type="button" onClick={() => void save('bibtex')} disabled={!selected.size}>
          Save BibTeX…
        </button>
        <span className="export-muted">{selected.size} selected</span>
      </div>
    </section>
  );
}

/** #/export: Markdown folder export, backup and restore, citations. `?do=folder|backup|restore` starts one (palette). */
export function ExportView({ params }: { itemId: string | null; params: URLSearchParams }) {
  const action = params.get('do');
  useEffect(() => {
    // The action runs once; drop it from the URL so a reload does not start it again.
    if (action) navigate('export');
  }, [action]);
  return (
    <div className="export-view">
      <header className="view-header">
        <h1>Export and backup</h1>
      </header>
      <div className="view-body export-body">
        <FolderExport autostart={action === 'folder'} />
        <BackupRestore autostart={action === 'backup' || action === 'restore' ? action : null} />
        <Citations />
      </div>
    </div>
  );
}
