/** An article as the library lists it. The body lives apart (ArticleBody) so lists stay light. */
export interface Article {
  id: string;
  /** Canonical URL when the page declared one, else the URL it was clipped from; null for pasted text. */
  url: string | null;
  canonicalUrl: string | null;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601, as declared by the page; null when unknown. */
  publishedAt: string | null;
  /** ISO 8601. */
  clippedAt: string;
  lang: string | null;
  excerpt: string | null;
  leadImageId: string | null;
  wordCount: number;
  readingMinutes: number;
  tags: string[];
  /** Ids of actors linked to the article (speakers or mentions of its quotes, or accepted suggestions). */
  actorIds: string[];
  quoteCount: number;
  /** How the clip came in. */
  source: ClipSource;
  /** Dateline ("WASHINGTON") and wire credit ("REUTERS") found in plain-text clips. */
  dateline: string | null;
  credit: string | null;
  /** Earlier clip of the same URL this one supersedes, when saved as a new version. */
  previousVersionId: string | null;
}

export type ClipSource = 'url' | 'html' | 'text' | 'file' | 'drop' | 'protocol';

/** The stored, sanitised article body and its normalised text (the coordinate space of quote anchors). */
export interface ArticleBody {
  articleId: string;
  /** Sanitised HTML; images point at `dossier-image:<imageId>` and are resolved from the local store. */
  html: string;
  /** Normalised plain text of `html` (see shared/text); quote positions index into it. */
  text: string;
  /** Captions kept apart from the body text. */
  captions: string[];
  /**
   * htmlFingerprint(html), set by storage whenever `html` is written (renderer/db/schema.ts hooks),
   * so an export can tell a body is unchanged without reading through all of its HTML.
   */
  htmlHash?: string;
}

/** An image stored for offline reading. */
export interface StoredImage {
  id: string;
  articleId: string;
  mime: string;
  bytes: Uint8Array;
  sourceUrl: string;
}
