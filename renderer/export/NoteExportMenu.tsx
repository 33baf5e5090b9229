/** Placeholder until the export feature lands: copy a note as Markdown or save it as .md. The note editor renders it. */
export function NoteExportMenu(_props: { noteId: string }) {
  return null;
}
