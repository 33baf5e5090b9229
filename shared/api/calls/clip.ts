import type { CallSpec } from '../define';

/** Calls that bring pages and files into Dossier (fetching a URL, its images, opening files). */
export const clipCalls = {} satisfies Record<string, CallSpec>;
