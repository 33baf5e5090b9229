import { EmptyState } from '../app/EmptyState';

/** Placeholder until this feature lands; its owner replaces this file. */
export function HelpView(_props: { itemId: string | null; params: URLSearchParams }) {
  return <EmptyState title="Help">Not built yet.</EmptyState>;
}
