/** A note: Lexical editor state plus what search, export and backlinks need without parsing it. */
export interface Note {
  id: string;
  title: string;
  /** Serialized Lexical editor state (JSON string). */
  editorState: string;
  /** Plain text, for search and export. */
  text: string;
  /** The article this note belongs to, or null for a standalone note. */
  articleId: string | null;
  quoteIds: string[];
  actorIds: string[];
  createdAt: string;
  updatedAt: string;
}
