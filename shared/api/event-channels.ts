/**
 * Main → renderer events. Names and channels only, free of zod so the sandboxed preload can
 * bundle this file (it can require nothing but `electron`); the payload schemas are in events.ts.
 */
export const EVENT_NAMES = ['clipRequest', 'clipRejected'] as const;
export type EventName = (typeof EVENT_NAMES)[number];

export function eventChannelOf(name: EventName): string {
  return `dossier-event:${name}`;
}
