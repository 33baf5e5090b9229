/**
 * Bytes of a page or file to text: a byte-order mark (UTF-8, UTF-16 LE/BE), else the charset
 * from the Content-Type header, else a `<meta charset>` / `<meta http-equiv="Content-Type">` in
 * the first bytes, else UTF-8 when the bytes are valid UTF-8, else windows-1252 (files saved by
 * Windows tools and older newsroom systems: a superset of Latin-1 with curly quotes, dashes and €).
 * TextDecoder knows the WHATWG encodings (windows-1252, ISO-8859-x, Shift_JIS, GB18030, EUC-KR...)
 * in Chromium and in Node with full ICU.
 */

/** How far into the page a `<meta charset>` is looked for (the HTML spec prescans 1024 bytes; pages often put it later). */
const PRESCAN_BYTES = 4096;

export interface DecodedText {
  text: string;
  /** The encoding TextDecoder used (its canonical name, e.g. "windows-1252"). */
  charset: string;
  /** Where the charset came from ('default': none declared, UTF-8 if valid, else windows-1252). */
  from: 'bom' | 'header' | 'meta' | 'default';
}

/** `text/html; charset="Shift_JIS"` → "Shift_JIS"; null when the header names none. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType);
  return m ? m[2]! : null;
}

/** The charset a page declares in its first bytes (read as ASCII), or null. */
export function sniffMetaCharset(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, PRESCAN_BYTES);
  let ascii = '';
  for (const b of head) ascii += b < 0x80 ? String.fromCharCode(b) : ' ';
  const direct = /<meta[^>]*?\scharset\s*=\s*["']?\s*([A-Za-z0-9_:.()-]+)/i.exec(ascii);
  if (direct) return direct[1]!;
  for (const tag of ascii.match(/<meta\b[^>]*>/gi) ?? []) {
    if (/http-equiv\s*=\s*["']?\s*content-type/i.test(tag)) {
      const content = /content\s*=\s*(["'])(.*?)\1/i.exec(tag)?.[2] ?? /content\s*=\s*([^\s>]+)/i.exec(tag)?.[1] ?? '';
      const cs = charsetFromContentType(content);
      if (cs) return cs;
    }
  }
  return null;
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** A TextDecoder for `label`, or null when the label is unknown (a wrong charset falls back, never throws). */
function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    return null;
  }
}

/** windows-1252's 0x80–0x9F (WHATWG index); the five unassigned bytes map to themselves. */
const CP1252_C1 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Some TextDecoders (Node's, before v23) read windows-1252 as ISO-8859-1, turning curly quotes,
 * dashes and € into invisible C1 controls. Chromium's does it right; both end up right after this.
 */
function decode(decoder: TextDecoder, bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  if (decoder.encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!);
}

/**
 * Bytes that declare no charset: UTF-8 if they are valid UTF-8, or mostly so (more characters from
 * valid multi-byte sequences than invalid bytes); else windows-1252, which gives every byte a
 * character, so nothing is replaced by U+FFFD.
 */
function decodeUndeclared(bytes: Uint8Array): { text: string; charset: string } {
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  let invalid = 0;
  let multibyte = 0;
  for (const c of utf8) {
    if (c === '\ufffd') invalid++;
    else if (c > '\u007f') multibyte++;
  }
  // ("Café … Zoë" in UTF-8 with one stray byte: mostly valid UTF-8 is UTF-8 with a flaw, not windows-1252,
  // where UTF-8's pairs of bytes would read as "Ã©". windows-1252 text rarely forms a valid UTF-8 sequence.)
  if (invalid === 0 || multibyte > invalid) return { text: utf8, charset: 'utf-8' };
  return { text: decode(new TextDecoder('windows-1252'), bytes), charset: 'windows-1252' };
}

/**
 * Decodes page bytes with the charset rules above. A declared charset decodes invalid bytes as
 * U+FFFD; nothing throws.
 */
export function decodePage(bytes: Uint8Array, contentType?: string | null): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), charset: bom, from: 'bom' };
  const header = charsetFromContentType(contentType);
  const headerDecoder = header ? decoderFor(header) : null;
  if (headerDecoder) return { text: decode(headerDecoder, bytes), charset: headerDecoder.encoding, from: 'header' };
  const meta = sniffMetaCharset(bytes);
  let metaDecoder = meta ? decoderFor(meta) : null;
  // A page that says utf-16 in an ASCII-readable meta is not UTF-16 (the HTML spec's rule).
  if (metaDecoder && metaDecoder.encoding.startsWith('utf-16')) metaDecoder = new TextDecoder('utf-8');
  if (metaDecoder) return { text: decode(metaDecoder, bytes), charset: metaDecoder.encoding, from: 'meta' };
  return { ...decodeUndeclared(bytes), from: 'default' };
}
