import type { Article } from '../../shared/model';
import { createStore, useStore } from '../app/store';

/** What the user chose when a clip's URL is already in the library. */
export type DuplicateChoice = 'open' | 'new-version' | 'cancel';

export interface DuplicatePrompt {
  existing: Article;
  url: string;
}

interface Pending extends DuplicatePrompt {
  resolve: (choice: DuplicateChoice) => void;
}

const pending = createStore<Pending | null>(null);

/**
 * Asks "open the existing article or save a new version?" through whichever view shows the
 * prompt (the library mounts DuplicateDialog). A newer question cancels an unanswered one.
 */
export function askDuplicate(prompt: DuplicatePrompt): Promise<DuplicateChoice> {
  pending.get()?.resolve('cancel');
  return new Promise((resolve) => pending.set({ ...prompt, resolve }));
}

export function answerDuplicate(choice: DuplicateChoice): void {
  const p = pending.get();
  pending.set(null);
  p?.resolve(choice);
}

export function hasDuplicatePromptView(): boolean {
  return pending.subscribers() > 0;
}

export function useDuplicatePrompt(): DuplicatePrompt | null {
  return useStore(pending);
}
