/**
 * Runs `work` once the window has time (requestIdleCallback), and at the latest after `timeoutMs`;
 * where idle callbacks do not exist, after `fallbackMs`. Work that starts with the app (search,
 * export's kept bodies, the blank-note sweep) waits so, never competing with the first render.
 */
export function whenIdle(work: () => void, timeoutMs: number, fallbackMs: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout: timeoutMs });
  else setTimeout(work, fallbackMs);
}
