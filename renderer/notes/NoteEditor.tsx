/**
 * One open note: its title, the Lexical editor with Dossier's quote and mention nodes, and saving
 * (autosave after a pause and on focus loss; a failed save keeps the text and retries; a draft in
 * localStorage covers reloads and closes before the notebook has the text).
 */
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { CheckListPlugin } from '@lexical/react/LexicalCheckListPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { HorizontalRulePlugin } from '@lexical/react/LexicalHorizontalRulePlugin';
import { TabIndentationPlugin } from '@lexical/react/LexicalTabIndentationPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { EditorState, LexicalEditor } from 'lexical';
import type { Note } from '../../shared/model';
import { openableState, UNTITLED_NOTE } from '../../shared/notes/empty';
import { isBlankNote, noteClosed, noteOpened } from './blank-note';
import { useCommands, type Command } from '../app/commands';
import { EmptyState } from '../app/EmptyState';
import { useHoldReady } from '../app/ready';
import { hasModifier } from '../app/keyboard';
import { hrefFor, navigate } from '../app/router';
import { showError, showToast } from '../app/toasts';
import { offerUndo } from '../app/undo';
import { clearDraft, readDraft, writeDraft } from '../db/note-drafts';
import { deleteNote, getNote, restoreNote, saveNote } from '../db/notes';
import type { QuoteView } from '../db/notes-lookup';
import { NoteExportMenu } from '../export/NoteExportMenu';
import { Autosaver, type NoteContent, type SaveState } from './autosave';
import { NOTE_NODES } from './editor-nodes';
import { useArticleTitle } from './hooks';
import { LiveRefs } from './live-refs';
import { NOTE_TRANSFORMERS } from './markdown-shortcuts';
import { MentionsPlugin } from './plugins/MentionsPlugin';
import { INSERT_QUOTE_COMMAND, QuotesPlugin } from './plugins/QuotesPlugin';
import { RefreshRefsPlugin } from './plugins/RefreshRefsPlugin';
import { QuotePicker } from './QuotePicker';
import { QuotesSidePanel } from './QuotesSidePanel';
import { LiveRefsContext } from './refs-context';
import { SelectedNodes, SelectedNodesContext, SelectedNodesPlugin } from './selected-nodes';
import { Toolbar } from './Toolbar';

const THEME = {
  paragraph: 'ne-p',
  heading: { h1: 'ne-h1', h2: 'ne-h2', h3: 'ne-h3', h4: 'ne-h4', h5: 'ne-h5', h6: 'ne-h6' },
  quote: 'ne-blockquote',
  code: 'ne-code',
  link: 'ne-link',
  hr: 'ne-hr',
  list: {
    ul: 'ne-ul',
    ol: 'ne-ol',
    checklist: 'ne-checklist',
    listitem: 'ne-li',
    listitemChecked: 'ne-li-checked',
    listitemUnchecked: 'ne-li-unchecked',
    nested: { listitem: 'ne-li-nested' },
  },
  text: { bold: 'ne-bold', italic: 'ne-italic', code: 'ne-inline-code', underline: 'ne-underline', strikethrough: 'ne-strike' },
};

interface Snapshot {
  title: string;
  state: EditorState | null;
}

function serialise(s: Snapshot): NoteContent {
  return { title: s.title, editorState: s.state ? JSON.stringify(s.state.toJSON()) : '' };
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

interface Opened {
  note: Note;
  state: string;
  title: string;
  /** Why the editor starts with unsaved changes, if it does. */
  restored: 'draft' | 'repaired' | null;
}

export function NoteEditor({ noteId }: { noteId: string }) {
  const [opened, setOpened] = useState<Opened | 'missing' | 'error' | null>(null);
  useEffect(() => {
    let stale = false;
    getNote(noteId).then(
      (note) => {
        if (stale) return;
        if (!note) return setOpened('missing');
        const draft = readDraft(noteId);
        const { state, repaired } = openableState(draft?.editorState ?? note.editorState, note.text);
        setOpened({ note, state, title: draft?.title ?? note.title, restored: draft ? 'draft' : repaired ? 'repaired' : null });
      },
      () => !stale && setOpened('error'),
    );
    return () => {
      stale = true;
    };
  }, [noteId]);

  // The editor's key handlers and commands come with OpenNote, once the note is read.
  useHoldReady(opened === null);
  if (opened === null) return <div className="note-opening" aria-busy="true" />;
  if (opened === 'missing') {
    return (
      <EmptyState title="This note is not in the notebook">
        <p>It may have been deleted. Choose another note on the left, or start a new one.</p>
      </EmptyState>
    );
  }
  if (opened === 'error') {
    return (
      <EmptyState title="Could not open this note">
        <p>The notebook could not be read. Reload the window (Ctrl+R) and try again.</p>
      </EmptyState>
    );
  }
  return <OpenNote key={noteId} opened={opened} />;
}

/** Tells the autosaver about every change to the document (not selection-only updates). */
function ChangesPlugin({ onChange }: { onChange: () => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
        if (dirtyElements.size > 0 || dirtyLeaves.size > 0) onChange();
      }),
    [editor, onChange],
  );
  return null;
}

function statusText(state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      return 'Saved';
    case 'unsaved':
      return 'Edited';
    case 'saving':
      return 'Saving…';
    case 'failed':
      return 'Not saved';
  }
}

function OpenNote({ opened }: { opened: Opened }) {
  const { note } = opened;
  const noteId = note.id;
  const editorRef = useRef<LexicalEditor | null>(null);
  const titleRef = useRef(opened.title);
  const titleInput = useRef<HTMLInputElement>(null);
  // A new (empty) note opens with its title selected, so typing names it.
  const startsEmpty = useRef((!opened.title.trim() || opened.title === UNTITLED_NOTE) && !note.text.trim() && opened.restored === null);
  useEffect(() => {
    if (startsEmpty.current) titleInput.current?.select();
  }, []);
  const [title, setTitle] = useState(opened.title);
  const [picking, setPicking] = useState(false);
  const [showQuotes, setShowQuotes] = useState(note.articleId !== null);
  const article = useArticleTitle(note.articleId);

  const refs = useMemo(() => new LiveRefs(), []);
  const selectedNodes = useMemo(() => new SelectedNodes(), []);
  useEffect(() => () => refs.dispose(), [refs]);

  // A snapshot is cheap (editor states are immutable); serialising it waits for the save itself.
  const snapshot = useCallback((): Snapshot => ({ title: titleRef.current, state: editorRef.current?.getEditorState() ?? null }), []);
  const read = useCallback((): NoteContent => serialise(snapshot()), [snapshot]);
  const saver = useMemo(
    () =>
      // `read` touches refs, but the autosaver calls it only from timers and events, never in render.
      // eslint-disable-next-line react-hooks/refs
      new Autosaver<Snapshot>({
        read: snapshot,
        write: async (taken, attempt) => {
          // Serialising a long note and deriving its text run as separate tasks, so a keystroke
          // arriving meanwhile waits for one of them, not the whole save.
          await nextTask();
          const content = serialise(taken);
          await nextTask();
          await saveNote(noteId, content, { silent: attempt > 1 });
        },
        onFailure: (taken) => writeDraft(noteId, serialise(taken)),
        onSaved: () => clearDraft(noteId),
      }),
    [noteId, snapshot],
  );
  const saveState = useSyncExternalStore(saver.subscribe, () => saver.state);

  useEffect(() => {
    if (opened.restored === 'draft') {
      showToast({ kind: 'info', message: 'Restored changes that had not been saved yet. Saving them now.' });
      saver.changed();
    } else if (opened.restored === 'repaired') {
      showToast({ kind: 'error', message: 'This note’s formatting could not be read, so it was rebuilt from its text. Check it, then keep writing.' });
      saver.changed();
    }
  }, [opened.restored, saver]);

  // Save at once when the note or the window loses focus, and before the window goes away.
  const saveNow = useCallback(() => {
    if (!saver.pending) return;
    writeDraft(noteId, read()); // survives even if the page is gone before IndexedDB commits
    void saver.flush();
  }, [noteId, read, saver]);
  useEffect(() => {
    noteOpened(noteId);
    const openedEmpty = startsEmpty.current;
    const onVisibility = () => document.visibilityState === 'hidden' && saveNow();
    window.addEventListener('blur', saveNow);
    window.addEventListener('pagehide', saveNow);
    window.addEventListener('beforeunload', saveNow);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('blur', saveNow);
      window.removeEventListener('pagehide', saveNow);
      window.removeEventListener('beforeunload', saveNow);
      document.removeEventListener('visibilitychange', onVisibility);
      // A new note left as it came (no title, nothing written) is not kept: deleted quietly.
      if (openedEmpty && isBlankNote(read())) {
        noteClosed(noteId, () => {
          saver.stop();
          clearDraft(noteId);
          void deleteNote(noteId, { keep: false }).catch(() => undefined);
        });
        return;
      }
      noteClosed(noteId, () => undefined);
      // Leaving the note (another note, another section): save what is left, then stop retrying;
      // the draft keeps the text if that last save fails.
      if (saver.pending) {
        writeDraft(noteId, read());
        void saver.flush().finally(() => saver.stop());
      } else saver.stop();
    };
  }, [noteId, read, saveNow, saver]);

  const onChange = useCallback(() => saver.changed(), [saver]);

  const insertQuote = useCallback((view: QuoteView) => {
    setPicking(false);
    const editor = editorRef.current;
    if (!editor) return;
    editor.dispatchCommand(INSERT_QUOTE_COMMAND, view);
    editor.focus();
  }, []);

  const remove = useCallback(async () => {
    try {
      await saver.flush();
      saver.stop();
      const deleted = await deleteNote(noteId);
      clearDraft(noteId);
      navigate('notes');
      if (deleted) {
        offerUndo({
          message: `Deleted “${deleted.title}”.`,
          what: deleted.title,
          key: `note:${deleted.id}`,
          restore: () => void restoreNote(deleted).then(() => navigate('notes', deleted.id), showError),
        });
      }
    } catch (error) {
      showError(error);
    }
  }, [noteId, saver]);

  const commands = useMemo<Command[]>(
    () => [
      { id: 'note.insert-quote', group: 'Note', title: 'Insert quote…', shortcut: 'Ctrl+Shift+Q', run: () => setPicking(true) },
      { id: 'note.quotes-panel', group: 'Note', title: 'Show or hide the quotes panel', run: () => setShowQuotes((v) => !v) },
      { id: 'note.delete', group: 'Note', title: 'Delete this note', run: () => void remove() },
      { id: 'note.save', group: 'Note', title: 'Save this note now', shortcut: 'Ctrl+S', run: () => void saver.flush() },
      ...(note.articleId ? [{ id: 'note.open-article', group: 'Note', title: 'Open this note’s article', run: () => navigate('read', note.articleId) }] : []),
    ],
    [note.articleId, remove, saver],
  );
  useCommands(commands);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (hasModifier(e) && e.shiftKey && e.key.toLowerCase() === 'q') {
      e.preventDefault();
      setPicking(true);
    } else if (hasModifier(e) && !e.shiftKey && e.key.toLowerCase() === 's') {
      e.preventDefault();
      void saver.flush();
    }
  };

  const initialConfig = useMemo<InitialConfigType>(
    () => ({
      namespace: 'dossier-note',
      nodes: NOTE_NODES,
      theme: THEME,
      editorState: opened.state,
      onError: (error) => {
        console.error(error);
        showError(new Error('The editor hit a problem with that change. Your text is kept; if something looks wrong, undo (Ctrl+Z).'));
      },
    }),
    [opened.state],
  );

  return (
    <section
      className="note"
      aria-label="Note"
      onKeyDown={onKeyDown}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) saveNow();
      }}
    >
      <LiveRefsContext.Provider value={refs}>
        <SelectedNodesContext.Provider value={selectedNodes}>
          <LexicalComposer initialConfig={initialConfig}>
            <Toolbar
              onInsertQuote={() => setPicking(true)}
              end={
                <>
                  <button type="button" aria-pressed={showQuotes} onClick={() => setShowQuotes((v) => !v)}>
                    Quotes panel
                  </button>
                  <span className={`save-status ${saveState.kind}`} role="status" aria-live="polite" title={saveState.kind === 'failed' ? saveState.message : undefined}>
                    {statusText(saveState)}
                  </span>
                  <NoteExportMenu noteId={noteId} />
                  <button type="button" className="danger" onClick={() => void remove()}>
                    Delete
                  </button>
                </>
              }
            />
            {saveState.kind === 'failed' ? (
              <div className="note-save-error" role="alert">
                {saveState.message} Your text is kept here and in this window; Dossier tries again in {Math.round(saveState.retryInMs / 1000)} s.{' '}
                <button type="button" onClick={() => void saver.flush()}>
                  Try now
                </button>
              </div>
            ) : null}
            <div className="note-body">
              <div className="note-scroll">
                <div className="note-page">
                  {note.articleId ? (
                    <p className="note-article">
                      Note on <a href={hrefFor('read', note.articleId)}>{article.value ?? 'an article'}</a>
                    </p>
                  ) : null}
                  <input
                    ref={titleInput}
                    className="note-title"
                    aria-label="Note title"
                    placeholder="Untitled note"
                    value={title}
                    onChange={(e) => {
                      titleRef.current = e.target.value;
                      setTitle(e.target.value);
                      saver.changed();
                    }}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' || e.key === 'ArrowDown') {
                        e.preventDefault();
                        editorRef.current?.focus();
                      }
                    }}
                  />
                  <div className="note-editor">
                    <RichTextPlugin
                      contentEditable={
                        <ContentEditable
                          className="note-content"
                          aria-label="Note text"
                          aria-placeholder="Write here. Type @ to mention an actor, drop a quote, or press Ctrl+Shift+Q to insert one."
                          placeholder={<div className="note-placeholder">Write here. Type @ to mention an actor, drop a quote, or press Ctrl+Shift+Q to insert one.</div>}
                        />
                      }
                      ErrorBoundary={LexicalErrorBoundary}
                    />
                  </div>
                </div>
              </div>
              {showQuotes ? <QuotesSidePanel articleId={note.articleId} onInsert={insertQuote} onClose={() => setShowQuotes(false)} /> : null}
            </div>
            <HistoryPlugin />
            <ListPlugin />
            <CheckListPlugin />
            <LinkPlugin validateUrl={(url) => /^(https?:|mailto:|#\/)/i.test(url)} />
            <HorizontalRulePlugin />
            <TabIndentationPlugin />
            <MarkdownShortcutPlugin transformers={NOTE_TRANSFORMERS} />
            <MentionsPlugin articleId={note.articleId} />
            <QuotesPlugin />
            <RefreshRefsPlugin refs={refs} />
            <SelectedNodesPlugin store={selectedNodes} />
            <ChangesPlugin onChange={onChange} />
            <EditorRefPlugin editorRef={editorRef} />
            {picking ? <QuotePicker onPick={insertQuote} onClose={() => setPicking(false)} /> : null}
          </LexicalComposer>
        </SelectedNodesContext.Provider>
      </LiveRefsContext.Provider>
    </section>
  );
}
