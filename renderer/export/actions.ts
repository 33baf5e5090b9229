/**
 * What the Export view, the note menu, the actor button and the palette commands do: read through
 * renderer/db, turn into Markdown or backup text with shared/, and hand files to main.
 */
import { toBibtex, toCslJson } from '../../shared/export/citations';
import { exportNotebook, type ExportProgress, type ExportResult } from '../../shared/export/notebook';
import { standaloneActorMarkdown, standaloneNoteMarkdown } from '../../shared/export/single';
import type { DecodedBackup } from '../../shared/backup/decode';
import { callMain } from '../api';
import { readBackup, restoreBackup, writeBackup, type BackupProgress, type RestoreMode, type RestoreProgress, type RestoreSummary } from '../db/backup';
import { dexieNotebookSource, getArticlesById, loadActorForExport, loadNoteForExport } from '../db/export-source';
import { mainArticleRenderer, mainExportSink } from './main-sink';
import { getMentionStyle } from './mention-style';
import { preparedExport } from './start';

/** Asks for a folder and exports the whole notebook into it; null when the user cancels the dialog. */
export async function exportToFolder(options: { signal?: AbortSignal; onProgress?: (p: ExportProgress) => void }): Promise<{ folder: string; result: ExportResult } | null> {
  const { folder } = await callMain('exportChooseFolder', {});
  if (!folder) return null;
  const result = await exportNotebook(dexieNotebookSource(), mainExportSink(folder.token), {
    // Articles are rendered in main's worker threads; actors and notes here, unless prepared ahead.
    articleRenderer: mainArticleRenderer(),
    prepared: preparedExport(),
    mentionStyle: await getMentionStyle(),
    exportedAt: new Date().toISOString(),
    signal: options.signal,
    onProgress: options.onProgress,
  });
  return { folder: folder.name, result };
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Asks where to save, then streams a backup there; the file appears only once it is complete. */
export async function backupToFile(options: { signal?: AbortSignal; onProgress?: (p: BackupProgress) => void }): Promise<{ name: string; rows: number } | null> {
  const { session } = await callMain('backupSaveBegin', { suggestedName: `Dossier backup ${today()}` });
  if (!session) return null;
  try {
    const { version } = await callMain('appInfo', {});
    const summary = await writeBackup(async (text) => void (await callMain('backupSaveChunk', { token: session.token, text })), {
      appVersion: version,
      signal: options.signal,
      onProgress: options.onProgress,
    });
    await callMain('backupSaveEnd', { token: session.token, commit: true });
    return { name: session.name, rows: Object.values(summary.counts).reduce((a, b) => a + b, 0) };
  } catch (error) {
    await callMain('backupSaveEnd', { token: session.token, commit: false }).catch(() => undefined);
    throw error;
  }
}

/** Asks for a backup file and reads and checks all of it; nothing is written. Null when cancelled. */
export async function openBackupFile(signal?: AbortSignal): Promise<{ name: string; backup: DecodedBackup } | null> {
  const { session } = await callMain('backupOpenBegin', {});
  if (!session) return null;
  try {
    const backup = await readBackup(() => callMain('backupOpenChunk', { token: session.token }), signal);
    return { name: session.name, backup };
  } finally {
    await callMain('backupOpenEnd', { token: session.token }).catch(() => undefined);
  }
}

/** Restores a checked backup in one transaction; `signal` cancels it with the notebook as it was (an AbortError). */
export function restoreFromBackup(backup: DecodedBackup, mode: RestoreMode, options: { signal?: AbortSignal; onProgress?: (p: RestoreProgress) => void } = {}): Promise<RestoreSummary> {
  return restoreBackup(backup, mode, options);
}

export async function saveCitations(articleIds: readonly string[], format: 'csl-json' | 'bibtex'): Promise<string | null> {
  const articles = await getArticlesById(articleIds);
  const text = format === 'csl-json' ? toCslJson(articles) : toBibtex(articles);
  const { name } = await callMain('saveTextFile', { kind: format, suggestedName: articles.length === 1 ? articles[0]!.title : `Dossier citations ${today()}`, text });
  return name;
}

async function noteMarkdownText(noteId: string, frontMatter: boolean): Promise<{ title: string; text: string }> {
  const data = await loadNoteForExport(noteId);
  if (!data) throw new Error('This note no longer exists.');
  return { title: data.note.title || 'Untitled note', text: standaloneNoteMarkdown(data, await getMentionStyle(), { frontMatter }) };
}

/** Copies the note as Markdown (title and body) to the clipboard. */
export async function copyNoteAsMarkdown(noteId: string): Promise<void> {
  const { text } = await noteMarkdownText(noteId, false);
  await navigator.clipboard.writeText(text);
}

export async function saveNoteAsMarkdown(noteId: string): Promise<string | null> {
  const { title, text } = await noteMarkdownText(noteId, true);
  return (await callMain('saveTextFile', { kind: 'markdown', suggestedName: title, text })).name;
}

export async function saveActorAsMarkdown(actorId: string): Promise<string | null> {
  const data = await loadActorForExport(actorId);
  if (!data) throw new Error('This actor no longer exists.');
  return (await callMain('saveTextFile', { kind: 'markdown', suggestedName: data.actor.name || 'Unnamed actor', text: standaloneActorMarkdown(data) })).name;
}
