import { useEffect, useMemo, useRef, useState } from 'react';
import { onStorageError } from '../db/errors';
import { requestPersistentStorage } from '../db/storage';
import { CommandPalette } from './CommandPalette';
import { registerCommands, type Command } from './commands';
import { navigate, useRoute } from './router';
import { SECTIONS } from './sections';
import { Sidebar } from './Sidebar';
import { showError, showToast } from './toasts';
import { Toasts } from './Toasts';
import { EmptyState } from './EmptyState';
import { ErrorBoundary } from './ErrorBoundary';
import { hasModifier, isEditable } from './keyboard';
import { lastDeletion, undoLastDeletion, useLastDeletion } from './undo';
import { applyTheme, type ThemeChoice } from './theme';
import { getSetting } from '../db/settings';
import { startSearchFeature } from '../search/start';
import { startExportFeature } from '../export/start';
import { startNotesFeature } from '../notes/start';
import { startTrashFeature } from '../trash/start';
import { useClipLinks } from '../library/useClipLinks';
import { useReadyMarker } from './ready';
import { useSidebarHidden } from './sidebar-toggle';

/** Sections whose route names one item: what a failure there is about ("this article could not be shown"). */
const ITEM_NAMES: Record<string, string> = { read: 'this article', actors: 'this actor', notes: 'this note' };

export function App() {
  const route = useRoute();
  const routeKey = route.id ? `${route.section}/${route.id}` : route.section;
  // dossier://clip links from the browser, and the clip-the-copied-link shortcut.
  useClipLinks();
  const [paletteOpen, setPaletteOpen] = useState(false);

  // Every failed write reaches the user; nothing fails silently.
  useEffect(() => onStorageError((error) => showError(error)), []);

  // Notebook search starts after the first render, in its worker: opening never waits for it.
  useEffect(() => startSearchFeature(), []);

  // Article bodies are kept rendered to export Markdown in the background, so an export only assembles files.
  useEffect(() => startExportFeature(), []);

  // Blank notes an earlier session left open are let go, as leaving them would have.
  const startRoute = useRef(route);
  useEffect(() => startNotesFeature(startRoute.current.section === 'notes' ? startRoute.current.id : null), []);

  // Recently deleted forgets what was deleted more than 30 days ago, quietly, once the window is idle.
  useEffect(() => startTrashFeature(), []);

  useEffect(() => {
    void getSetting<ThemeChoice>('theme', 'system').then(applyTheme, () => undefined);
  }, []);

  useEffect(() => {
    void requestPersistentStorage().then((status) => {
      if (status.nearlyFull) {
        const pct = Math.round((status.ratio ?? 0) * 100);
        showToast({ kind: 'error', message: `Storage is ${pct}% full. Export and back up your notebook, then remove articles you no longer need.` });
      }
    });
  }, []);

  const goCommands = useMemo<Command[]>(
    () =>
      SECTIONS.filter((s) => s.inSidebar).map((s, i) => ({
        id: `go.${s.id}`,
        group: 'Go',
        title: `Go to ${s.label}`,
        shortcut: `Ctrl+${i + 1}`,
        run: () => navigate(s.id),
      })),
    [],
  );
  useEffect(() => registerCommands(goCommands), [goCommands]);

  const [sidebarHidden, toggleSidebar] = useSidebarHidden();
  useEffect(
    () => registerCommands([{ id: 'view.toggle-sidebar', group: 'View', title: sidebarHidden ? 'Show the sidebar' : 'Hide the sidebar', shortcut: 'Ctrl+\\', run: toggleSidebar }]),
    [sidebarHidden, toggleSidebar],
  );

  // The last deletion stays undoable after its toast has gone: from the palette, and Ctrl+Z below.
  const deletion = useLastDeletion();
  useEffect(
    () =>
      deletion
        ? registerCommands([{ id: 'edit.undo-deletion', group: 'Edit', title: `Undo: restore “${deletion.what}”`, shortcut: 'Ctrl+Z', run: () => void undoLastDeletion() }])
        : undefined,
    [deletion],
  );

  // Escape closes the palette as it closes every modal (renderer/app/modal.ts).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = hasModifier(e);
      if (mod && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setPaletteOpen((o) => !o);
        return;
      }
      // Ctrl+Z outside text fields undoes the last deletion; in a field (the note editor too) it is the field's own undo.
      if (mod && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'z' && !isEditable(e.target) && lastDeletion()) {
        e.preventDefault();
        undoLastDeletion();
        return;
      }
      if (mod && !e.shiftKey && !e.altKey && e.key === '\\') {
        e.preventDefault();
        toggleSidebar();
        return;
      }
      if (mod && !e.shiftKey && !e.altKey && /^[1-9]$/.test(e.key)) {
        const target = goCommands[Number(e.key) - 1];
        if (target) {
          e.preventDefault();
          target.run();
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [goCommands, toggleSidebar]);

  // Last of the shell's effects: the view's handlers and the shell's own are in place by now.
  const mainRef = useReadyMarker<HTMLElement>(routeKey);

  const section = SECTIONS.find((s) => s.id === route.section);
  const View = section?.view;
  return (
    <div className={sidebarHidden ? 'app sidebar-hidden' : 'app'}>
      {!sidebarHidden && <Sidebar sections={SECTIONS} current={section?.id ?? ''} />}
      <main className="main" id="main" ref={mainRef}>
        {section && View ? (
          // A view that fails to render takes only itself down, not the sidebar or the palette.
          <ErrorBoundary
            what={(route.id && ITEM_NAMES[section.id]) || `the ${section.label} view`}
            resetKey={routeKey}
            offerLibrary={section.id !== 'library'}
          >
            <View itemId={route.id} params={route.params} />
          </ErrorBoundary>
        ) : (
          <EmptyState title="Nothing here">
            <p>This place does not exist. Choose a section on the left, or press Ctrl+K.</p>
          </EmptyState>
        )}
      </main>
      <CommandPalette open={paletteOpen} onClose={() => setPaletteOpen(false)} />
      <Toasts />
    </div>
  );
}
