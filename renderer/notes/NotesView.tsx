import { EmptyState } from '../app/EmptyState';

/** Placeholder until this feature lands; its owner replaces this file. */
export function NotesView(_props: { itemId: string | null; params: URLSearchParams }) {
  return <EmptyState title="Notes">Not built yet.</EmptyState>;
}
