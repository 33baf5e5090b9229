import { EmptyState } from '../app/EmptyState';

/** Placeholder until this feature lands; its owner replaces this file. */
export function ReaderView(_props: { itemId: string | null; params: URLSearchParams }) {
  return <EmptyState title="Reader">Not built yet.</EmptyState>;
}
