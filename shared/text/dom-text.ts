/**
 * The normalised plain text of an article DOM, and a two-way map between that text and the DOM.
 *
 * This text is the coordinate space of every quote anchor (TextPositionSelector offsets are UTF-16
 * code units into it), so the extractor, the reader and the exporter must all produce it the same
 * way: they all call this module.
 *
 * Rules:
 * - Block elements (p, div, h1–h6, li, blockquote, figure, pre, tr, section, ...) are separated by
 *   exactly "\n\n"; empty blocks are dropped; blocks are trimmed.
 * - Inside a block, every run of whitespace (JS `\s`, which includes NBSP and the Unicode spaces)
 *   becomes one " ". Inline elements (a, em, span...) add nothing: "<b>a</b>b" is "ab".
 * - `<br>` is "\n" (at most two in a row, none at the start or end of a block, no spaces around it).
 * - Table cells are separated by one space.
 * - `<pre>` keeps its whitespace verbatim, except blank lines at its start and whitespace at its end.
 * - Soft hyphens (U+00AD) are dropped: they are invisible and would split words for search.
 * - Script, style, template, form controls, embedded media and `[hidden]` elements add nothing.
 *
 * Every character of the text either comes from exactly one character of a DOM text node (a
 * collapsed whitespace run maps to its first character; NBSP maps to itself though it reads as " "),
 * or is synthetic (block separators, `<br>` newlines, cell spaces). The map keeps the first kind
 * as segments, which is what lets a browser Selection turn into offsets and offsets into Ranges.
 */

/** A run of text characters that come one-to-one from consecutive characters of one text node. */
export interface DomTextSegment {
  node: Text;
  /** Offset of the first character in the text node (UTF-16 code units). */
  nodeStart: number;
  /** Offset of the first character in the normalised text. */
  textStart: number;
  length: number;
  /** Document-order index of the text node among the text nodes walked. */
  ordinal: number;
}

/** A DOM boundary point, as in Range.setStart(node, offset). */
export interface DomPoint {
  node: Node;
  offset: number;
}

/** The part of one text node covered by a text range. */
export interface DomTextPiece {
  node: Text;
  start: number;
  end: number;
}

/** Which way a boundary that falls between content (block gap, collapsed space) should snap. */
export type Bias = 'forward' | 'backward';

export interface DomTextMap {
  text: string;
  segments: readonly DomTextSegment[];
  /** The DOM point for a text offset. Range starts use 'forward', range ends 'backward'. */
  toDomPoint(offset: number, bias: Bias): DomPoint | null;
  /** The text offset for a DOM point (text node + offset, or element + child index). */
  toTextOffset(node: Node, offset: number, bias: Bias): number;
  /** A DOM Range (or Selection range) as text offsets; null when it lies outside the mapped root. */
  rangeToText(range: RangeLike): { start: number; end: number } | null;
  /** The text-node pieces covering [start, end), in document order, for painting. */
  textToPieces(start: number, end: number): DomTextPiece[];
}

export interface RangeLike {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const DOCUMENT_NODE = 9;
const DOCUMENT_FRAGMENT_NODE = 11;

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'listing', 'plaintext', 'xmp', 'search',
]);
const PRE = new Set(['pre', 'listing', 'plaintext', 'xmp']);
const CELL = new Set(['td', 'th']);
const SKIP = new Set([
  'head', 'title', 'meta', 'link', 'base', 'script', 'style', 'noscript', 'template', 'iframe', 'object',
  'embed', 'svg', 'math', 'canvas', 'video', 'audio', 'source', 'track', 'picture', 'map', 'select',
  'option', 'optgroup', 'textarea', 'input', 'button', 'datalist', 'output', 'progress', 'meter', 'img',
]);

const WS = /\s/;
const SOFT_HYPHEN = '\u00ad';
/** Whitespace or a soft hyphen: where a run of content characters ends (global: searched from lastIndex). */
const RUN_END = /[\s\u00ad]/g;
/**
 * Where a stretch of one text node stops mapping one-to-one onto the text: a soft hyphen (dropped),
 * whitespace followed by more whitespace or a soft hyphen (the run collapses to one space), or
 * whitespace at the end of the node (it may become a block gap or nothing).
 */
const STRETCH_END = /\u00ad|\s(?=[\s\u00ad]|$)/g;
/** Whitespace other than U+0020 (it reads as " " in the text). */
const OTHER_WS = /[^\S ]/;
const OTHER_WS_ALL = /[^\S ]/g;

function nameOf(el: Element): string {
  return (el.localName || el.tagName || '').toLowerCase();
}

interface PendingWs {
  node: Text;
  offset: number;
  ch: string;
}

/** What separates the next content from the text before it (outside <pre>). */
const enum Space {
  None,
  /** A cell gap: a space with no DOM character behind it. */
  Synthetic,
  /** A whitespace character of a text node (pendingNode, pendingOffset). */
  Real,
}

/** Builds the text (and, when asked, the segments) in one document-order walk. */
class TextBuilder {
  text = '';
  segments: DomTextSegment[] = [];
  ordinals = new Map<Node, number>();
  private last: DomTextSegment | null = null;
  private pendingBlock = false;
  private pendingNewlines = 0;
  private space = Space.None;
  private spaceNode: Text | null = null;
  private spaceOffset = 0;
  private preWs: (PendingWs | { node: null; offset: 0; ch: string })[] = [];

  constructor(private readonly withMap: boolean) {}

  get length(): number {
    return this.text.length;
  }

  block(): void {
    this.pendingBlock = true;
    this.pendingNewlines = 0;
    this.space = Space.None;
    this.preWs = [];
  }

  lineBreak(inPre: boolean): void {
    if (inPre) this.preWs.push({ node: null, offset: 0, ch: '\n' });
    else this.pendingNewlines++;
  }

  cellGap(): void {
    if (this.space === Space.None) this.space = Space.Synthetic;
  }

  textNode(node: Text, inPre: boolean): void {
    const ordinal = this.ordinals.size;
    this.ordinals.set(node, ordinal);
    if (inPre) this.preTextNode(node, ordinal);
    else this.flowTextNode(node, ordinal);
  }

  /**
   * Outside <pre>: whole stretches of the node at once. Inside a stretch every whitespace character
   * stands alone between content characters, so it maps one-to-one to a " " of the text, and the
   * stretch is one segment (a word-by-word walk would merge its pieces into the same segment).
   */
  private flowTextNode(node: Text, ordinal: number): void {
    const data = node.data;
    const n = data.length;
    let i = 0;
    while (i < n) {
      const code = data.charCodeAt(i);
      if (code === 0xad) {
        i++;
        continue;
      }
      if (isSpace(code, data, i)) {
        if (this.space !== Space.Real) {
          this.space = Space.Real;
          this.spaceNode = node;
          this.spaceOffset = i;
        }
        i++;
        continue;
      }
      STRETCH_END.lastIndex = i + 1;
      const j = STRETCH_END.test(data) ? STRETCH_END.lastIndex - 1 : n;
      let piece = data.slice(i, j);
      if (OTHER_WS.test(piece)) piece = piece.replace(OTHER_WS_ALL, ' ');
      this.flushPending(false);
      this.emit(piece, node, i, ordinal);
      i = j;
    }
  }

  /** Inside <pre>: whitespace is kept as it is (blank lines at the start of the block excepted). */
  private preTextNode(node: Text, ordinal: number): void {
    const data = node.data;
    let i = 0;
    const n = data.length;
    while (i < n) {
      const ch = data[i]!;
      if (ch === SOFT_HYPHEN) {
        i++;
        continue;
      }
      if (WS.test(ch)) {
        this.preWs.push({ node, offset: i, ch: ch === '\u00a0' ? ' ' : ch });
        i++;
        continue;
      }
      // A run of content characters (stops at whitespace or a soft hyphen), found with one regex search.
      RUN_END.lastIndex = i + 1;
      const j = RUN_END.test(data) ? RUN_END.lastIndex - 1 : n;
      this.flushPending(true);
      this.emit(data.slice(i, j), node, i, ordinal);
      i = j;
    }
  }

  private flushPending(inPre: boolean): void {
    if (inPre) {
      let ws = this.preWs;
      if (this.pendingBlock || this.length === 0) {
        // Blank lines at the start of a pre block are layout, not content; indentation is content.
        let lastNl = -1;
        ws.forEach((w, k) => {
          if (w.ch === '\n' || w.ch === '\r') lastNl = k;
        });
        ws = ws.slice(lastNl + 1);
        if (this.length > 0) this.emitSynthetic('\n\n');
      }
      for (const w of ws) {
        if (w.node) this.emit(w.ch, w.node, w.offset, this.ordinals.get(w.node)!);
        else this.emitSynthetic(w.ch);
      }
    } else if (this.text.length > 0) {
      if (this.pendingBlock) this.emitSynthetic('\n\n');
      else if (this.pendingNewlines > 0) this.emitSynthetic(this.pendingNewlines >= 2 ? '\n\n' : '\n');
      else if (this.space === Space.Real) this.emit(' ', this.spaceNode!, this.spaceOffset, this.ordinals.get(this.spaceNode!)!);
      else if (this.space === Space.Synthetic) this.emitSynthetic(' ');
    }
    this.pendingBlock = false;
    this.pendingNewlines = 0;
    this.space = Space.None;
    this.spaceNode = null;
    if (this.preWs.length) this.preWs = [];
  }

  private emitSynthetic(s: string): void {
    this.text += s;
  }

  private emit(s: string, node: Text, nodeStart: number, ordinal: number): void {
    if (this.withMap) {
      const last = this.last;
      const at = this.text.length;
      if (last && last.node === node && last.nodeStart + last.length === nodeStart && last.textStart + last.length === at) {
        last.length += s.length;
      } else {
        this.last = { node, nodeStart, textStart: at, length: s.length, ordinal };
        this.segments.push(this.last);
      }
    }
    this.text += s;
  }
}

/** Whether data[i] (char code `code`) is JS `\s` whitespace; ASCII answered without a regex. */
function isSpace(code: number, data: string, i: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 128) return false;
  return WS.test(data[i]!);
}

function isHidden(el: Element): boolean {
  return typeof el.hasAttribute === 'function' && el.hasAttribute('hidden');
}

function startNode(root: Node): Node {
  if (root.nodeType === DOCUMENT_NODE) {
    const doc = root as Document;
    return doc.body ?? doc.documentElement ?? root;
  }
  return root;
}

/**
 * Walks the tree iteratively (clipped pages can nest deeper than the call stack), from node to
 * node with firstChild / nextSibling / parentNode: some DOMs (linkedom) build a new array on every
 * read of childNodes.
 */
function walk(root: Node, builder: TextBuilder): void {
  let preDepth = 0;
  const start = startNode(root);
  const startType = start.nodeType;
  if (startType === TEXT_NODE || startType === CDATA_SECTION_NODE) {
    builder.textNode(start as Text, false);
    return;
  }
  /** Opens an element: false when its content adds nothing (skipped, hidden, br, wbr). */
  const enter = (el: Element): boolean => {
    const name = nameOf(el);
    if (SKIP.has(name) || isHidden(el)) return false;
    if (name === 'br') {
      builder.lineBreak(preDepth > 0);
      return false;
    }
    if (name === 'wbr') return false;
    if (BLOCK.has(name)) builder.block();
    else if (CELL.has(name)) builder.cellGap();
    if (PRE.has(name)) preDepth++;
    return true;
  };
  const exit = (el: Element): void => {
    const name = nameOf(el);
    if (PRE.has(name)) preDepth--;
    if (BLOCK.has(name)) builder.block();
    else if (CELL.has(name)) builder.cellGap();
  };
  if (startType === ELEMENT_NODE) {
    if (!enter(start as Element)) return;
  } else if (startType !== DOCUMENT_NODE && startType !== DOCUMENT_FRAGMENT_NODE) return;
  let node: Node | null = start.firstChild;
  let parent: Node = start;
  for (;;) {
    if (node) {
      const type = node.nodeType;
      if (type === TEXT_NODE || type === CDATA_SECTION_NODE) builder.textNode(node as Text, preDepth > 0);
      else if (type === ELEMENT_NODE && enter(node as Element)) {
        const child = node.firstChild;
        if (child) {
          parent = node;
          node = child;
          continue;
        }
        exit(node as Element);
      }
      node = node.nextSibling;
      continue;
    }
    // The children of `parent` are done.
    if (parent === start) {
      if (startType === ELEMENT_NODE) exit(start as Element);
      return;
    }
    exit(parent as Element);
    node = parent.nextSibling;
    parent = parent.parentNode!;
  }
}

/** The normalised plain text of an article DOM (see the rules at the top of this file). */
export function articleText(root: Node): string {
  const builder = new TextBuilder(false);
  walk(root, builder);
  return builder.text;
}

/** The normalised text plus the map between it and the DOM. The text equals articleText(root). */
export function domTextMap(root: Node): DomTextMap {
  const builder = new TextBuilder(true);
  walk(root, builder);
  const text = builder.text;
  const segments = builder.segments;
  const ordinals = builder.ordinals;
  const mapRoot = startNode(root);
  return {
    text,
    segments,
    toDomPoint: (offset, bias) => toDomPoint(segments, text.length, offset, bias),
    toTextOffset: (node, offset, bias) => toTextOffset(segments, ordinals, mapRoot, text.length, node, offset, bias),
    rangeToText: (range) => {
      if (!contains(mapRoot, range.startContainer) || !contains(mapRoot, range.endContainer)) return null;
      const start = toTextOffset(segments, ordinals, mapRoot, text.length, range.startContainer, range.startOffset, 'forward');
      const end = toTextOffset(segments, ordinals, mapRoot, text.length, range.endContainer, range.endOffset, 'backward');
      return end >= start ? { start, end } : { start, end: start };
    },
    textToPieces: (start, end) => textToPieces(segments, start, end),
  };
}

function contains(root: Node, node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) if (n === root) return true;
  return false;
}

/** Index of the first segment whose textStart + length > offset (segments are in text order). */
function firstEndingAfter(segments: readonly DomTextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (s.textStart + s.length > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function toDomPoint(segments: readonly DomTextSegment[], textLength: number, offset: number, bias: Bias): DomPoint | null {
  if (!segments.length) return null;
  const t = Math.max(0, Math.min(offset, textLength));
  if (bias === 'forward') {
    const k = firstEndingAfter(segments, t);
    const s = segments[k];
    if (!s) {
      const last = segments[segments.length - 1]!;
      return { node: last.node, offset: last.nodeStart + last.length };
    }
    return { node: s.node, offset: s.nodeStart + Math.max(0, t - s.textStart) };
  }
  // Backward: the segment containing the character before t, else the last segment ending before t.
  const k = firstEndingAfter(segments, t - 1);
  const s = segments[k];
  if (s && s.textStart < t) return { node: s.node, offset: s.nodeStart + (t - s.textStart) };
  const prev = segments[k - 1];
  if (prev) return { node: prev.node, offset: prev.nodeStart + prev.length };
  const first = segments[0]!;
  return { node: first.node, offset: first.nodeStart };
}

/** The node after `node`'s subtree in document order, not leaving `root`. */
function nextOutside(node: Node, root: Node): Node | null {
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) {
    if (n.nextSibling) return n.nextSibling;
  }
  return null;
}

/** Ordinal of the first mapped text node at or after `from` in document order (Infinity when none). */
function ordinalFrom(from: Node | null, ordinals: Map<Node, number>, root: Node): number {
  let n: Node | null = from;
  while (n) {
    const ord = ordinals.get(n);
    if (ord !== undefined) return ord;
    n = n.firstChild ?? nextOutside(n, root);
  }
  return Infinity;
}

/** A DOM point as a document-order key (text node ordinal, offset within it). */
function pointKey(ordinals: Map<Node, number>, root: Node, node: Node, offset: number): [number, number] {
  const ord = ordinals.get(node);
  if (ord !== undefined) return [ord, offset];
  if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE || node.nodeType === 8) {
    // An unmapped character node (inside a skipped element, or a comment): the point is before what follows it.
    return [ordinalFrom(nextOutside(node, root), ordinals, root), 0];
  }
  const child = node.childNodes[offset];
  const from = child ?? (node === root ? null : nextOutside(node, root));
  return [ordinalFrom(from, ordinals, root), 0];
}

function keyLess(a: [number, number], b: [number, number]): boolean {
  return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
}

function toTextOffset(
  segments: readonly DomTextSegment[],
  ordinals: Map<Node, number>,
  root: Node,
  textLength: number,
  node: Node,
  offset: number,
  bias: Bias,
): number {
  const p = pointKey(ordinals, root, node, offset);
  if (bias === 'forward') {
    // First segment whose end lies after p.
    let lo = 0;
    let hi = segments.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const s = segments[mid]!;
      if (keyLess(p, [s.ordinal, s.nodeStart + s.length])) hi = mid;
      else lo = mid + 1;
    }
    const s = segments[lo];
    if (!s) return textLength;
    if (s.ordinal === p[0] && p[1] >= s.nodeStart) return s.textStart + (p[1] - s.nodeStart);
    return s.textStart;
  }
  // Backward: last segment whose start lies before p.
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (keyLess([s.ordinal, s.nodeStart], p)) lo = mid + 1;
    else hi = mid;
  }
  const s = segments[lo - 1];
  if (!s) return 0;
  if (s.ordinal === p[0] && p[1] <= s.nodeStart + s.length) return s.textStart + (p[1] - s.nodeStart);
  return s.textStart + s.length;
}

function textToPieces(segments: readonly DomTextSegment[], start: number, end: number): DomTextPiece[] {
  const pieces: DomTextPiece[] = [];
  if (end <= start) return pieces;
  for (let k = firstEndingAfter(segments, start); k < segments.length; k++) {
    const s = segments[k]!;
    if (s.textStart >= end) break;
    const from = s.nodeStart + Math.max(0, start - s.textStart);
    const to = s.nodeStart + Math.min(s.length, end - s.textStart);
    const last = pieces[pieces.length - 1];
    // Pieces of one node merge, so collapsed whitespace between them is covered too.
    if (last && last.node === s.node) last.end = to;
    else pieces.push({ node: s.node, start: from, end: to });
  }
  return pieces;
}
