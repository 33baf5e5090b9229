/**
 * Reading Dossier's own note nodes from stored JSON, whatever version wrote them.
 *
 * Notes live for years, so node JSON written by an older Dossier (or damaged by hand) must still
 * open: every field is checked and missing ones get a safe default instead of throwing. The
 * editor (renderer/notes/nodes) and pure readers (references, export) share these parsers.
 */
import {
  MENTION_NODE_TYPE,
  QUOTE_NODE_TYPE,
  type QuoteSnapshot,
  type SerializedActorMentionNodeV1,
  type SerializedQuoteNodeV1,
} from '../model/note-nodes';

/** The version this code writes. */
export const QUOTE_NODE_VERSION = 1;
export const MENTION_NODE_VERSION = 1;

function str(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : fallback;
}

function strOrNull(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function emptySnapshot(): QuoteSnapshot {
  return { text: '', speakerName: null, articleTitle: '', articleUrl: null, siteName: null, publishedAt: null };
}

export function parseSnapshot(value: unknown): QuoteSnapshot {
  const s = record(value);
  return {
    text: str(s['text']),
    speakerName: strOrNull(s['speakerName']),
    articleTitle: str(s['articleTitle']),
    articleUrl: strOrNull(s['articleUrl']),
    siteName: strOrNull(s['siteName']),
    publishedAt: strOrNull(s['publishedAt']),
  };
}

/**
 * A quote node as the current version sees it. Version 1 is the only one written so far; JSON
 * with an older or missing version, or with missing or mistyped fields, still reads (empty
 * defaults, never an exception), and a newer version's extra fields are ignored. A future
 * version 2 adds its upgrade step here.
 */
export function parseQuoteNodeJSON(json: unknown): SerializedQuoteNodeV1 {
  const j = record(json);
  const snapshot = parseSnapshot(j['snapshot']);
  return { type: QUOTE_NODE_TYPE, version: QUOTE_NODE_VERSION, quoteId: str(j['quoteId']), articleId: str(j['articleId']), snapshot };
}

/** A mention node as the current version sees it; tolerant in the same way as quotes. */
export function parseMentionNodeJSON(json: unknown): SerializedActorMentionNodeV1 {
  const j = record(json);
  const name = str(j['name']);
  return { type: MENTION_NODE_TYPE, version: MENTION_NODE_VERSION, actorId: str(j['actorId']), name };
}
