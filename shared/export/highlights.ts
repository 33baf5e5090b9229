/**
 * Highlights in an article's Markdown: each quote's words wrapped in ==…== and its block given an
 * Obsidian block id (^q-…) so notes and actor pages can link to the exact passage.
 *
 * The quotes are placed in the body DOM (shared/anchor over shared/text, the same coordinate
 * space the reader uses), marked with private-use characters that HTML -> Markdown leaves alone,
 * and the markers are turned into Markdown afterwards, line by line, where block structure is
 * known: a block id goes at the end of its paragraph or list item, or on its own line after a
 * table or code block.
 */
import { anchor } from '../anchor';
import type { Quote } from '../model';
import { domTextMap } from '../text/dom-text';

export const MARK_OPEN = '\ue000';
export const MARK_CLOSE = '\ue001';
const BLOCK_OPEN = '\ue002';
const BLOCK_CLOSE = '\ue003';
const MARKERS = /[\ue000-\ue003]/g;
const ANY_MARKER = /[\ue000-\ue003]/;
const BLOCK_ID = new RegExp(`${BLOCK_OPEN}([^${BLOCK_CLOSE}]*)${BLOCK_CLOSE}`, 'g');
const OPENS = new RegExp(MARK_OPEN, 'g');
const CLOSES = new RegExp(MARK_CLOSE, 'g');

const PLAIN_START = /^[a-z0-9]{8}/;

/** Obsidian block ids allow letters, digits and dashes. */
export function blockIdOf(quoteId: string, length = 8): string {
  // An id that starts with 8 lower-case letters or digits (a UUID) gives those 8, as the general way below does.
  if (length === 8 && PLAIN_START.test(quoteId)) return `q-${quoteId.slice(0, 8)}`;
  const clean = quoteId.toLowerCase().replace(/[^a-z0-9]/g, '');
  return `q-${clean.slice(0, length) || 'x'}`;
}

/** Distinct block ids for quotes of one article: 8 characters, longer (then numbered) only on a clash. */
export function assignBlockIds(quotes: readonly Pick<Quote, 'id'>[]): Map<string, string> {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  for (const q of [...quotes].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    let id = blockIdOf(q.id);
    if (used.has(id)) id = blockIdOf(q.id, 32);
    for (let n = 2; used.has(id); n++) id = `${blockIdOf(q.id, 32)}-${n}`;
    used.add(id);
    ids.set(q.id, id);
  }
  return ids;
}

interface Insert {
  node: Text;
  ordinal: number;
  offset: number;
  text: string;
  /** Order among inserts at the same point: closers before block ids before openers. */
  rank: number;
}

/**
 * Places each quote in `root` (the parsed body) and inserts the markers. Returns the ids of
 * quotes that could not be placed (their text changed beyond recognition): they are listed apart.
 */
export function markQuotes(root: Node, quotes: readonly Pick<Quote, 'id' | 'quoteSelector' | 'positionSelector' | 'unplaced'>[], blockIds: ReadonlyMap<string, string>): string[] {
  if (!quotes.length) return [];
  const map = domTextMap(root);
  const unplaced: string[] = [];
  const ranges: { start: number; end: number; quoteId: string }[] = [];
  for (const q of quotes) {
    const placed = q.unplaced ? null : anchor(map.text, { quote: q.quoteSelector, position: q.positionSelector });
    if (!placed || placed.unplaced || placed.end <= placed.start) {
      unplaced.push(q.id);
      continue;
    }
    ranges.push({ start: placed.start, end: placed.end, quoteId: q.id });
  }
  const inserts: Insert[] = [];
  // Document order of each text node, looked up per piece (a scan of the segments was quadratic).
  const ordinals = new Map<Text, number>();
  for (const s of map.segments) if (!ordinals.has(s.node)) ordinals.set(s.node, s.ordinal);
  // Overlapping quotes share one highlight, so ==…== never nests or crosses.
  const merged: { start: number; end: number }[] = [];
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ start: r.start, end: r.end });
  }
  for (const m of merged) {
    for (const piece of map.textToPieces(m.start, m.end)) {
      if (piece.end <= piece.start) continue;
      const ordinal = ordinals.get(piece.node) ?? 0;
      inserts.push({ node: piece.node, ordinal, offset: piece.start, text: MARK_OPEN, rank: 2 });
      inserts.push({ node: piece.node, ordinal, offset: piece.end, text: MARK_CLOSE, rank: 0 });
    }
  }
  for (const r of ranges) {
    const pieces = map.textToPieces(r.start, r.end).filter((p) => p.end > p.start);
    const last = pieces[pieces.length - 1];
    if (!last) {
      unplaced.push(r.quoteId);
      continue;
    }
    const ordinal = ordinals.get(last.node) ?? 0;
    inserts.push({ node: last.node, ordinal, offset: last.end, text: `${BLOCK_OPEN}${blockIds.get(r.quoteId)}${BLOCK_CLOSE}`, rank: 1 });
  }
  // Apply from the end of the document backwards so earlier offsets stay valid.
  inserts.sort((a, b) => b.ordinal - a.ordinal || b.offset - a.offset || b.rank - a.rank);
  for (const ins of inserts) ins.node.data = ins.node.data.slice(0, ins.offset) + ins.text + ins.node.data.slice(ins.offset);
  return unplaced;
}

const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s/;
const FENCE = /^\s*(`{3,}|~{3,})/;

/**
 * Turns markers in converted Markdown into ==highlights== and ^block ids. Inside code blocks the
 * highlight markers are dropped (== would be literal there) and block ids follow the block.
 */
export function resolveMarkers(markdown: string): string {
  // Nothing to resolve (an article without highlights): the line pass below would return it as it is.
  if (!ANY_MARKER.test(markdown) && !markdown.includes('====')) return markdown;
  const lines = markdown.split('\n');
  const out: string[] = [];
  let fence: string | null = null;
  let pendingAfterBlock: string[] = []; // ids to put on their own line after the current table/code block
  const flushAfterBlock = () => {
    if (pendingAfterBlock.length) out.push('', pendingAfterBlock.map((id) => `^${id}`).join(' '));
    pendingAfterBlock = [];
  };
  const blockIdsIn = (line: string): { text: string; ids: string[] } => {
    const ids: string[] = [];
    const text = line.replace(BLOCK_ID, (_m, id: string) => {
      ids.push(id);
      return '';
    });
    return { text, ids };
  };
  // Ids waiting for the end of the paragraph or list item they were found in.
  let pending: string[] = [];
  const attachPending = () => {
    if (!pending.length) return;
    let i = out.length - 1;
    while (i >= 0 && out[i]!.trim() === '') i--;
    if (i >= 0) out[i] = `${out[i]!.replace(/\s+$/, '')} ${pending.map((id) => `^${id}`).join(' ')}`;
    pending = [];
  };
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n]!;
    const fenceMatch = FENCE.exec(raw);
    if (fence) {
      const { text, ids } = blockIdsIn(raw);
      pendingAfterBlock.push(...ids);
      out.push(text.replace(MARKERS, ''));
      if (fenceMatch && fenceMatch[1]!.startsWith(fence[0]!) && fenceMatch[1]!.length >= fence.length && raw.trim() === fenceMatch[1]) {
        fence = null;
        flushAfterBlock();
      }
      continue;
    }
    if (fenceMatch) {
      attachPending();
      fence = fenceMatch[1]!;
      const { text, ids } = blockIdsIn(raw);
      pendingAfterBlock.push(...ids);
      out.push(text.replace(MARKERS, ''));
      continue;
    }
    const { text: withoutIds, ids } = blockIdsIn(raw);
    const line = withoutIds.replace(OPENS, '==').replace(CLOSES, '==').replace(/====/g, '');
    const isTable = /^\s*\|/.test(line);
    if (isTable) {
      attachPending();
      pendingAfterBlock.push(...ids);
      out.push(line);
      const next = lines[n + 1];
      if (next === undefined || !/^\s*\|/.test(next)) flushAfterBlock();
      continue;
    }
    if (line.trim() === '' || LIST_ITEM.test(line)) attachPending();
    out.push(line);
    pending.push(...ids);
    const next = lines[n + 1];
    if (next === undefined || next.trim() === '' || LIST_ITEM.test(next) || /^\s*\|/.test(next) || FENCE.test(next)) attachPending();
  }
  attachPending();
  flushAfterBlock();
  return out.join('\n');
}
