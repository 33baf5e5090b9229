import { registerCommands } from '../app/commands';
import { navigate } from '../app/router';

/** Export commands, in the palette from the start (the Export view runs the action named in ?do=). */
export function registerExportCommands(): () => void {
  return registerCommands([
    { id: 'export.folder', group: 'Export', title: 'Export notebook to Markdown folder…', run: () => navigate('export', null, { do: 'folder' }) },
    { id: 'export.backup', group: 'Export', title: 'Back up notebook…', run: () => navigate('export', null, { do: 'backup' }) },
    { id: 'export.restore', group: 'Export', title: 'Restore notebook from backup…', run: () => navigate('export', null, { do: 'restore' }) },
    { id: 'export.citations', group: 'Export', title: 'Export citations (CSL-JSON, BibTeX)…', run: () => navigate('export') },
  ]);
}

registerExportCommands();
