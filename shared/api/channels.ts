/**
 * The IPC channel of a call. Kept free of zod so the sandboxed preload bundles only this
 * and types (a sandboxed preload can require nothing but `electron`).
 */
export function channelOf(name: string): string {
  return `dossier:${name}`;
}
