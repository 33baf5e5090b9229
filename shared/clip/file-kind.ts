/** What kind of clip a file is, from its name: html (.html, .htm, .xhtml), markdown (.md), text (.txt); ".gz" is unpacked first. */
export type ClipFileKind = 'html' | 'text' | 'markdown';

export function clipFileKind(name: string): ClipFileKind | null {
  const lower = name.toLowerCase().replace(/\.gz$/, '');
  if (/\.(html?|xhtml)$/.test(lower)) return 'html';
  if (/\.(md|markdown)$/.test(lower)) return 'markdown';
  if (/\.txt$/.test(lower)) return 'text';
  return null;
}
