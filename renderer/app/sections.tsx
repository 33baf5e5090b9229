import type { ComponentType } from 'react';
import { LibraryView } from '../library/LibraryView';
import { ReaderView } from '../reader/ReaderView';
import { AllQuotesView } from '../reader/AllQuotesView';
import { ActorsView } from '../actors/ActorsView';
import { NotesView } from '../notes/NotesView';
import { ExportView } from '../export/ExportView';
import { SettingsView } from '../settings/SettingsView';
import { HelpView } from '../help/HelpView';
import { RecentlyDeletedView } from '../trash/RecentlyDeletedView';

/** A top-level place in the app: a sidebar entry, a route (#/<id>[/<item>]) and a view. */
export interface Section {
  id: string;
  label: string;
  /** Shown in the sidebar when true (and reachable with Ctrl/Cmd+<position>); the reader is reached from lists. */
  inSidebar: boolean;
  view: ComponentType<{ itemId: string | null; params: URLSearchParams }>;
}

/** Every section of the app. Features add theirs here (one line each). */
export const SECTIONS: Section[] = [
  { id: 'library', label: 'Library', inSidebar: true, view: LibraryView },
  { id: 'read', label: 'Reader', inSidebar: false, view: ReaderView },
  { id: 'quotes', label: 'Quotes', inSidebar: true, view: AllQuotesView },
  { id: 'actors', label: 'Actors', inSidebar: true, view: ActorsView },
  { id: 'notes', label: 'Notes', inSidebar: true, view: NotesView },
  { id: 'export', label: 'Export', inSidebar: true, view: ExportView },
  { id: 'settings', label: 'Settings', inSidebar: true, view: SettingsView },
  { id: 'help', label: 'Help', inSidebar: true, view: HelpView },
  // Last, so the sections before it keep their Ctrl+<number>.
  { id: 'trash', label: 'Recently deleted', inSidebar: true, view: RecentlyDeletedView },
];
