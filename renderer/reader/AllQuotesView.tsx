import { EmptyState } from '../app/EmptyState';

/** Placeholder until this feature lands; its owner replaces this file. */
export function AllQuotesView(_props: { itemId: string | null; params: URLSearchParams }) {
  return <EmptyState title="Quotes">Not built yet.</EmptyState>;
}
