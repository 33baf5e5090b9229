/**
 * A fast 64-bit fingerprint of text or bytes, to tell whether an exported file's inputs changed
 * since the last export (not a cryptographic hash: nobody gains anything by forging one). Two
 * independent 32-bit multiply-xor lanes over the UTF-16 code units (or bytes), mixed at the end.
 */

function finish(a: number, b: number, length: number): string {
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b) ^ length;
  b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35) ^ Math.imul(length, 0x27d4eb2f);
  a ^= Math.imul(b ^ (b >>> 15), 0x2c1b3c6d);
  b ^= Math.imul(a ^ (a >>> 16), 0x297a2d39);
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** A 16-hex-digit fingerprint of the parts, in order (each part's length counts, so ["ab", "c"] differs from ["a", "bc"]). */
export function fingerprint(...parts: readonly string[]): string {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  let length = 0;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) {
      const c = part.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
    }
    // A separator that no code unit sequence can fake: the part's length folded into both lanes.
    a = Math.imul(a ^ (part.length + 0x10000), 0x01000193);
    b = Math.imul(b ^ (part.length + 0x20000), 0x5bd1e995) ^ (b >>> 15);
    length += part.length + 1;
  }
  return finish(a, b, length);
}

/** The fingerprint of an article body's HTML (ArticleBody.htmlHash). */
export function htmlFingerprint(html: string): string {
  return fingerprint('dossier-html', html);
}

/** The fingerprint of bytes (an image's). */
export function fingerprintBytes(bytes: Uint8Array): string {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]!;
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return finish(a, b, bytes.length);
}
