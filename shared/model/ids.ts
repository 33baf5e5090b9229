/** A new random id (UUID v4). Uses the Web Crypto global both Chromium and Node provide. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}

/** Now as an ISO 8601 string; the one clock every record's dates come from. */
export function nowIso(): string {
  return new Date().toISOString();
}
