import type { ComponentType } from 'react';
import { LibraryView } from '../library/LibraryView';
import { SettingsView } from '../settings/SettingsView';

/** A top-level place in the app: a sidebar entry, a route (#/<id>[/<item>]) and a view. */
export interface Section {
  id: string;
  label: string;
  /** Shown in the sidebar when true; reader-like sections are reached from lists. */
  inSidebar: boolean;
  /** Keyboard shortcut digit for Ctrl/Cmd+<digit>, when in the sidebar. */
  view: ComponentType<{ itemId: string | null; params: URLSearchParams }>;
}

/** Every section of the app. Features add theirs here (one line each). */
export const SECTIONS: Section[] = [
  { id: 'library', label: 'Library', inSidebar: true, view: LibraryView },
  { id: 'settings', label: 'Settings', inSidebar: true, view: SettingsView },
];
