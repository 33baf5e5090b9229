/**
 * Placeholder until the actors feature lands: the actors an article mentions and the likely speaker
 * of each quotation, with the words that support them, to accept one by one or all at once.
 * The reader renders it in its side panel.
 */
export function ArticleSuggestions(_props: { articleId: string }) {
  return null;
}
