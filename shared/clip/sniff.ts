/**
 * What a run of bytes (or a string read from them) really is, whatever its name or Content-Type
 * says: clipped input is untrusted, and a PDF or a photo must be refused with a clear message
 * rather than "extracted" into garbage.
 */

export type BinaryKind = 'pdf' | 'image' | 'binary';

const MAGIC: { kind: BinaryKind; bytes: number[] }[] = [
  { kind: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { kind: 'image', bytes: [0x89, 0x50, 0x4e, 0x47] }, // PNG
  { kind: 'image', bytes: [0xff, 0xd8, 0xff] }, // JPEG
  { kind: 'image', bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8
  { kind: 'image', bytes: [0x52, 0x49, 0x46, 0x46] }, // RIFF (WebP)
  { kind: 'image', bytes: [0x42, 0x4d] }, // BMP
  { kind: 'image', bytes: [0x00, 0x00, 0x01, 0x00] }, // ICO
  { kind: 'binary', bytes: [0x50, 0x4b, 0x03, 0x04] }, // ZIP, docx, epub
  { kind: 'binary', bytes: [0x1f, 0x8b] }, // gzip (callers unpack .gz first)
  { kind: 'binary', bytes: [0x7f, 0x45, 0x4c, 0x46] }, // ELF
  { kind: 'binary', bytes: [0x4d, 0x5a] }, // MZ (exe)
];

function startsWith(bytes: ArrayLike<number>, magic: number[]): boolean {
  if (bytes.length < magic.length) return false;
  return magic.every((b, i) => bytes[i] === b);
}

/** The kind of binary content at the start of `bytes`, or null when it can be text. */
export function sniffBinary(bytes: Uint8Array): BinaryKind | null {
  for (const m of MAGIC) if (startsWith(bytes, m.bytes)) return m.kind;
  // ISO media files: "....ftyp<brand>": AVIF/HEIF pictures, or video.
  if (bytes.length >= 12 && bytes[4] === 0x66 && bytes[5] === 0x74 && bytes[6] === 0x79 && bytes[7] === 0x70) {
    const brand = String.fromCharCode(bytes[8]!, bytes[9]!, bytes[10]!, bytes[11]!);
    return /^(avif|avis|heic|heix|mif1)$/.test(brand) ? 'image' : 'binary';
  }
  // UTF-16 with a BOM is text with NULs in it; anything else with NUL bytes is binary.
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return null;
  const head = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of head) {
    if (b === 0) return 'binary';
    // C0 controls other than tab, LF, FF, CR, ESC (ISO-2022 uses ESC).
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) controls++;
  }
  return head.length > 0 && controls / head.length > 0.1 ? 'binary' : null;
}

/** The same check on text that was already decoded (pasted, or a file read as text). */
export function sniffBinaryText(text: string): BinaryKind | null {
  if (text.startsWith('%PDF-')) return 'pdf';
  if (/^(?:\u0089PNG|\ufffdPNG|GIF8[79]a|\u00ff\u00d8\u00ff)/.test(text)) return 'image';
  const head = text.slice(0, 8192);
  if (head.includes('\u0000')) return 'binary';
  let bad = 0;
  for (const ch of head) if (ch === '\ufffd' || (ch < ' ' && ch !== '\t' && ch !== '\n' && ch !== '\r' && ch !== '\f' && ch !== '\u001b')) bad++;
  return head.length > 0 && bad / head.length > 0.1 ? 'binary' : null;
}

/**
 * A sentence for each kind, naming the problem and what to try. `from` says what the user clipped:
 * a web address (fetched), or a file (opened or dropped), so the advice fits what they did.
 */
export function binaryMessage(kind: BinaryKind, what: string, from: 'file' | 'address' = 'file'): string {
  switch (kind) {
    case 'pdf':
      return `${what} is a PDF, not a web page. Dossier clips HTML and plain text: open the PDF, copy the article’s text and paste it instead.`;
    case 'image':
      return `${what} is an image, not a web page. Dossier clips HTML and plain text: clip the page the image appears on instead.`;
    default:
      return from === 'address'
        ? `${what} is a binary file, not a web page or text. Dossier clips HTML and plain-text pages: clip the article’s own page, or copy its text and paste it.`
        : `${what} is a binary file, not a web page or text. Dossier clips .html, .htm, .txt and .md files: save the page as HTML, or copy its text and paste it.`;
  }
}
