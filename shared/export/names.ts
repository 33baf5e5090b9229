/**
 * File and folder names that every desktop file system accepts and that Obsidian can link to.
 *
 * Rules (Windows is the strictest, macOS folds Unicode and case, Linux only forbids "/" and NUL):
 * - no control characters, bidi overrides or the characters < > : " / \ | ? * (Windows), nor
 *   # ^ [ ] (they break [[wikilinks]]); no leading dots (hidden files) nor trailing dots or spaces;
 * - not a Windows device name (CON, PRN, AUX, NUL, COM0-9, LPT0-9, their superscript forms,
 *   CONIN$, CONOUT$, CLOCK$), whatever the extension;
 * - Unicode NFC, at most MAX_NAME_BYTES bytes of UTF-8 including the extension, never empty;
 * - two items whose names differ only by case or normalisation are a collision (macOS and Windows
 *   treat them as one file), resolved with " (2)", " (3)"... in a deterministic order.
 */
import { escapeRegExp } from '../text/regexp';

export const MAX_NAME_BYTES = 200;

// eslint-disable-next-line no-control-regex -- control characters are exactly what file names must not hold
const FORBIDDEN = /[<>:"/\\|?*#^[\]\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** The same, without the global flag (and so without lastIndex state), for tests of one name. */
const HAS_FORBIDDEN = new RegExp(FORBIDDEN.source);
const HAS_LONE_SURROGATE = new RegExp(LONE_SURROGATE.source);
const DEVICE = /^(con|prn|aux|nul|clock\$|conin\$|conout\$|(com|lpt)[0-9\u00b9\u00b2\u00b3])$/i;

/** The length of `s` in UTF-8 (a lone surrogate counts as the 3 bytes of U+FFFD, as TextEncoder writes it), without encoding it. */
export function utf8Bytes(s: string): number {
  let bytes = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2; // a pair: 4 bytes for its 2 code units
      i++;
    } else bytes += 2;
  }
  return bytes;
}

/**
 * Titles safeStem leaves as they are: a letter or digit first, then letters (ASCII or precomposed
 * Latin-1, all in NFC), digits, a few marks no file system minds, and single spaces each followed
 * by one of those (no run of whitespace, none at the end).
 */
const SAFE_AS_IS = /^[A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff](?:[A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff,'()!&+-]| (?=[A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff,'()!&+-]))*$/;

/** Grapheme clusters, so truncation never splits an emoji or a letter from its accent. */
const SegmenterCtor = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
const segmenter = SegmenterCtor ? new SegmenterCtor(undefined, { granularity: 'grapheme' }) : null;

function graphemes(s: string): string[] {
  return segmenter ? Array.from(segmenter.segment(s), (g) => g.segment) : Array.from(s);
}

function trimEnds(s: string): string {
  return s.replace(/^[\s.]+/u, '').replace(/[\s.]+$/u, '');
}

/** Cuts `s` to at most `maxBytes` of UTF-8 on a grapheme boundary, staying NFC and trimmed. */
export function truncateUtf8(s: string, maxBytes: number): string {
  let out = s;
  while (utf8Bytes(out) > maxBytes) {
    const parts = graphemes(out);
    let bytes = 0;
    let kept = '';
    for (const g of parts) {
      const b = utf8Bytes(g);
      if (bytes + b > maxBytes) break;
      bytes += b;
      kept += g;
    }
    out = trimEnds(kept.normalize('NFC'));
  }
  return out;
}

/** True when Windows would treat the name as a device, whatever follows the first dot. */
export function isReservedName(name: string): boolean {
  const stem = name.split('.')[0]!.replace(/[\s.]+$/u, '');
  return DEVICE.test(stem);
}

/**
 * The safe stem (no extension) for a title: forbidden characters become spaces, whitespace runs
 * one space, ends trimmed, NFC, device names prefixed with "_", cut to fit `maxBytes`.
 * Returns `fallback` (itself made safe) when nothing is left.
 */
export function safeStem(title: string, fallback: string, maxBytes = MAX_NAME_BYTES): string {
  // Most titles are already a safe stem: letters, digits, single spaces between words, a few marks.
  if (typeof title === 'string' && SAFE_AS_IS.test(title) && utf8Bytes(title) <= maxBytes && !isReservedName(title)) return title;
  const cleaned = (s: string) => {
    let out = s.replace(LONE_SURROGATE, ' ').normalize('NFC').replace(FORBIDDEN, ' ').replace(/\s+/gu, ' ');
    out = truncateUtf8(trimEnds(out), maxBytes);
    if (out && isReservedName(out)) out = truncateUtf8(`_${out}`, maxBytes);
    return out;
  };
  return cleaned(String(title ?? '')) || cleaned(fallback) || '_';
}

/** A whole safe file name: stem plus extension (with its dot), within MAX_NAME_BYTES in total. */
export function safeFileName(title: string, ext: string, fallback = 'Untitled'): string {
  return `${safeStem(title, fallback, MAX_NAME_BYTES - utf8Bytes(ext))}${ext}`;
}

// eslint-disable-next-line no-control-regex -- the whole ASCII range, controls included
const ASCII = /^[\u0000-\u007f]*$/;

/** What two names are compared by: case-insensitive and normalisation-insensitive file systems. */
export function nameKey(name: string): string {
  // ASCII (most names) is already in NFC and stays ASCII when lowercased.
  if (ASCII.test(name)) return name.toLowerCase();
  return name.normalize('NFC').toLowerCase().normalize('NFC');
}

/** True for a name this module could have produced: what main accepts as a path segment. */
export function isSafeFileName(name: string): boolean {
  if (!name || name === '.' || name === '..') return false;
  if (utf8Bytes(name) > MAX_NAME_BYTES + 16) return false; // extensions of attachments may add a little
  if (name !== name.normalize('NFC')) return false;
  if (HAS_FORBIDDEN.test(name) || HAS_LONE_SURROGATE.test(name)) return false;
  if (/^[\s.]|[\s.]$/u.test(name)) return false;
  return !isReservedName(name);
}

export interface NameRequest {
  /** The item's stable id: decides who keeps the plain name when titles collide. */
  id: string;
  title: string;
}

export interface PlanOptions {
  /** Folder inside the export ("Articles"), or "" for the root. */
  folder: string;
  /** Extension with its dot (".md"). */
  ext: string;
  /** Used when a title leaves nothing after cleaning. */
  fallback: string;
  /** Paths given to items by an earlier export (item id -> relative path), kept when still right. */
  previous?: ReadonlyMap<string, string>;
  /** Names already taken in this folder (other exporters' files), compared by nameKey. */
  taken?: Iterable<string>;
}

function withSuffix(stem: string, n: number, ext: string): string {
  if (n === 1) return `${stem}${ext}`;
  const suffix = ` (${n})`;
  return `${truncateUtf8(stem, MAX_NAME_BYTES - utf8Bytes(suffix + ext))}${suffix}${ext}`;
}

/**
 * Gives every item a distinct safe path in `folder`, deterministically:
 * 1. an item keeps the path an earlier export gave it when that path is still its name or a
 *    numbered form of it (re-exports update files in place);
 * 2. items claim their plain name in id order (the oldest id wins);
 * 3. the rest take " (2)", " (3)"... in id order, skipping names already used.
 */
export function planNames(items: readonly NameRequest[], options: PlanOptions): Map<string, string> {
  const { folder, ext, fallback, previous } = options;
  const prefix = folder ? `${folder}/` : '';
  const used = new Set<string>([...(options.taken ?? [])].map(nameKey));
  const result = new Map<string, string>();
  const sorted = [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const stems = new Map(sorted.map((item) => [item.id, safeStem(item.title, fallback, MAX_NAME_BYTES - utf8Bytes(ext))]));

  const claim = (id: string, name: string) => {
    used.add(nameKey(name));
    result.set(id, prefix + name);
  };

  if (previous) {
    const numberedForm = new RegExp(`^ \\((\\d+)\\)${escapeRegExp(ext)}$`);
    for (const item of sorted) {
      const before = previous.get(item.id);
      if (!before || !before.startsWith(prefix)) continue;
      const name = before.slice(prefix.length);
      const stem = stems.get(item.id)!;
      const numbered = name.startsWith(stem) && numberedForm.test(name.slice(stem.length));
      if ((name === stem + ext || numbered) && !used.has(nameKey(name))) claim(item.id, name);
    }
  }
  for (const item of sorted) {
    if (result.has(item.id)) continue;
    const name = `${stems.get(item.id)!}${ext}`;
    if (!used.has(nameKey(name))) claim(item.id, name);
  }
  // Where each stem's numbering resumes, so many identical titles stay linear.
  const next = new Map<string, number>();
  for (const item of sorted) {
    if (result.has(item.id)) continue;
    const stem = stems.get(item.id)!;
    const key = nameKey(stem);
    for (let n = next.get(key) ?? 2; ; n++) {
      const name = withSuffix(stem, n, ext);
      if (!used.has(nameKey(name))) {
        claim(item.id, name);
        next.set(key, n + 1);
        break;
      }
    }
  }
  return result;
}

/** The name of a path's last segment without its extension: what a [[wikilink]] names. */
export function linkName(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}
