import { z } from 'zod';
import type { EventName } from './event-channels';

/**
 * Main → renderer events: main validates a payload with these schemas before sending it, and
 * the renderer validates it again on arrival (it never trusts a message just for coming from main).
 */

/** Size limits of a clip request (dossier://clip?url=…&title=…&selection=…), shared by parser and schema. */
export const CLIP_LIMITS = {
  /** The whole dossier:// link as the OS hands it over. */
  link: 300_000,
  url: 8_192,
  title: 2_000,
  selection: 100_000,
} as const;

function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '' && !u.username && !u.password;
  } catch {
    return false;
  }
}

/** A page to clip, from the bookmarklet (dossier://clip) or the clipboard shortcut. */
export const clipRequestSchema = z
  .object({
    /** Normalised http(s) URL without credentials. */
    url: z.string().max(CLIP_LIMITS.url).refine(isHttpUrl, 'Only http and https pages can be clipped.'),
    title: z.string().min(1).max(CLIP_LIMITS.title).optional(),
    /** The text the user had selected: it becomes the clip's first highlight. */
    selection: z.string().min(1).max(CLIP_LIMITS.selection).optional(),
  })
  .strict();
export type ClipRequest = z.infer<typeof clipRequestSchema>;

export const CLIP_REJECTION_REASONS = [
  'not-dossier',
  'unknown-action',
  'bad-encoding',
  'repeated-param',
  'unknown-param',
  'missing-url',
  'bad-url',
  'not-http',
  'too-long',
] as const;
export type ClipRejectionReason = (typeof CLIP_REJECTION_REASONS)[number];

/** A dossier:// link that was refused, with a message that says what went wrong and what to try. */
export const clipRejectedSchema = z.object({ reason: z.enum(CLIP_REJECTION_REASONS), message: z.string().max(500) }).strict();
export type ClipRejected = z.infer<typeof clipRejectedSchema>;

export const events = {
  clipRequest: clipRequestSchema,
  clipRejected: clipRejectedSchema,
} satisfies Record<EventName, z.ZodType>;

export type EventPayload<K extends EventName> = z.output<(typeof events)[K]>;

/** What the preload adds to window.dossier for events: subscribe, get an unsubscribe function back. */
export interface DossierEvents {
  onClipRequest(callback: (request: ClipRequest) => void): () => void;
  onClipRejected(callback: (rejection: ClipRejected) => void): () => void;
}

export { EVENT_NAMES, eventChannelOf, type EventName } from './event-channels';
