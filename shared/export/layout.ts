/** The folders of a notebook export (an Obsidian-compatible vault). */
export const ARTICLES_FOLDER = 'Articles';
export const ACTORS_FOLDER = 'Actors';
export const NOTES_FOLDER = 'Notes';
export const ATTACHMENTS_FOLDER = 'attachments';
export const EXPORT_FOLDERS: readonly string[] = [ARTICLES_FOLDER, ACTORS_FOLDER, NOTES_FOLDER, ATTACHMENTS_FOLDER];
