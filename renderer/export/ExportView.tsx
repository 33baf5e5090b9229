import { EmptyState } from '../app/EmptyState';

/** Placeholder until this feature lands; its owner replaces this file. */
export function ExportView(_props: { itemId: string | null; params: URLSearchParams }) {
  return <EmptyState title="Export and backup">Not built yet.</EmptyState>;
}
