/**
 * Placeholder until the actors feature lands: a popover to set a quote's speaker and mentioned
 * actors (type-ahead over names and aliases, or a new actor from the selected words).
 * The reader renders it from the selection toolbar and the quote panel.
 */
export function QuoteActorsEditor(_props: { quoteId: string; selectedText?: string; onClose: () => void }) {
  return null;
}
