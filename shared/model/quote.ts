/** W3C Web Annotation TextQuoteSelector. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation TextPositionSelector over the article's normalised text (UTF-16 code units). */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type HighlightColor = 'yellow' | 'green' | 'blue' | 'pink' | 'purple';
export const HIGHLIGHT_COLORS: readonly HighlightColor[] = ['yellow', 'green', 'blue', 'pink', 'purple'];

/** A highlighted passage of an article: the thing a researcher cites. */
export interface Quote {
  id: string;
  articleId: string;
  /** The exact words, kept even when the article text changes and the quote cannot be placed. */
  text: string;
  quoteSelector: TextQuoteSelector;
  positionSelector: TextPositionSelector;
  /** Set when re-anchoring failed: the quote is kept and shown as unplaced. */
  unplaced: boolean;
  color: HighlightColor;
  comment: string;
  speakerId: string | null;
  mentionIds: string[];
  tags: string[];
  createdAt: string;
  updatedAt: string;
}

/** Drag-and-drop type of a quote dragged from the quote panel or All quotes into a note; the data is the quote id. */
export const QUOTE_DRAG_MIME = 'application/x-dossier-quote';
