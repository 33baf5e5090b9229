import { useSyncExternalStore } from 'react';
import type { Article } from '../../shared/model';

/** What the user chose when a clip's URL is already in the library. */
export type DuplicateChoice = 'open' | 'new-version' | 'cancel';

export interface DuplicatePrompt {
  existing: Article;
  url: string;
}

interface Pending extends DuplicatePrompt {
  resolve: (choice: DuplicateChoice) => void;
}

let pending: Pending | null = null;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

/**
 * Asks "open the existing article or save a new version?" through whichever view shows the
 * prompt (the library mounts DuplicateDialog). A newer question cancels an unanswered one.
 */
export function askDuplicate(prompt: DuplicatePrompt): Promise<DuplicateChoice> {
  pending?.resolve('cancel');
  return new Promise((resolve) => {
    pending = { ...prompt, resolve };
    emit();
  });
}

export function answerDuplicate(choice: DuplicateChoice): void {
  const p = pending;
  pending = null;
  emit();
  p?.resolve(choice);
}

export function hasDuplicatePromptView(): boolean {
  return listeners.size > 0;
}

export function useDuplicatePrompt(): DuplicatePrompt | null {
  return useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    () => pending,
  );
}
