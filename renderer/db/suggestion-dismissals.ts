/**
 * The suggestions a user dismissed in an article's Suggestions panel. They live in the settings
 * table under one key per article, like the reading position: backups carry them, deleting the
 * article removes them and its Undo puts them back (renderer/db/articles.ts). A suggestion is named
 * by a key its panel makes (an actor's folded name, a quotation's offset), so it stays dismissed
 * when the same suggestion is read again after a reload.
 */
import { getDb } from './db';
import { guardedWrite } from './errors';

export const dismissedSuggestionsKey = (articleId: string): string => `suggestions.dismissed.${articleId}`;

function keysOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((k): k is string => typeof k === 'string') : [];
}

/** The keys dismissed in an article, in the order they were dismissed. */
export async function dismissedSuggestions(articleId: string): Promise<string[]> {
  return keysOf((await getDb().settings.get(dismissedSuggestionsKey(articleId)))?.value);
}

function change(articleId: string, action: string, edit: (keys: string[]) => string[]): Promise<void> {
  const db = getDb();
  const key = dismissedSuggestionsKey(articleId);
  return guardedWrite(action, () =>
    db.transaction('rw', db.settings, async () => {
      const keys = edit(keysOf((await db.settings.get(key))?.value));
      if (keys.length) await db.settings.put({ key, value: keys });
      else await db.settings.delete(key);
    }),
  );
}

export function dismissSuggestion(articleId: string, suggestionKey: string): Promise<void> {
  return change(articleId, 'dismiss the suggestion', (keys) => (keys.includes(suggestionKey) ? keys : [...keys, suggestionKey]));
}

/** Shows a dismissed suggestion again. */
export function restoreSuggestion(articleId: string, suggestionKey: string): Promise<void> {
  return change(articleId, 'show the suggestion again', (keys) => keys.filter((k) => k !== suggestionKey));
}
