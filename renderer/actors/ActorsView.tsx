import { EmptyState } from '../app/EmptyState';

/** Placeholder until this feature lands; its owner replaces this file. */
export function ActorsView(_props: { itemId: string | null; params: URLSearchParams }) {
  return <EmptyState title="Actors">Not built yet.</EmptyState>;
}
