import { describe, expect, it } from 'vitest';
import { decodePage } from './decode';

/** ASCII text as bytes, with `extra` bytes spliced in where the text has a `{}`. */
function bytes(ascii: string, ...extra: number[][]): Uint8Array {
  const out: number[] = [];
  const parts = ascii.split('{}');
  parts.forEach((part, i) => {
    for (const ch of part) out.push(ch.charCodeAt(0));
    if (i < parts.length - 1) out.push(...extra[i]!);
  });
  return Uint8Array.from(out);
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodePage: bytes that declare no charset', () => {
  it('reads a Latin-1 / windows-1252 file as windows-1252, not as UTF-8 with U+FFFD', () => {
    // "Café reopens on the pier" with é as the single byte 0xE9 (Latin-1 and windows-1252 agree).
    const decoded = decodePage(bytes('Caf{} reopens on the pier\nThe caf{} at the end of the pier.', [0xe9], [0xe9]), null);
    expect(decoded).toEqual({ text: 'Café reopens on the pier\nThe café at the end of the pier.', charset: 'windows-1252', from: 'default' });
  });

  it('reads windows-1252 smart quotes, dashes and the euro sign (0x80–0x9F), not C1 controls', () => {
    // 0x93 “ 0x94 ” 0x91 ‘ 0x92 ’ 0x96 – 0x97 — 0x80 € 0x85 …
    const decoded = decodePage(bytes('{}Fine,{} she said {}the quay{}s closed{} {} it cost {}5{}', [0x93], [0x94], [0x91], [0x92], [0x97], [0x96], [0x80], [0x85]), null);
    expect(decoded.text).toBe('“Fine,” she said ‘the quay’s closed— – it cost €5…');
    expect(decoded.charset).toBe('windows-1252');
    expect(decoded.text).not.toMatch(/[\u0080-\u009f\ufffd]/);
  });

  it('leaves valid UTF-8 as it is, multi-byte characters included', () => {
    const text = 'Café “Marrowby” – €5 — naïve, Wrocław, 日本, 🙂';
    expect(decodePage(utf8(text), null)).toEqual({ text, charset: 'utf-8', from: 'default' });
    expect(decodePage(utf8('plain ASCII'), null)).toEqual({ text: 'plain ASCII', charset: 'utf-8', from: 'default' });
  });

  it('reads mostly valid UTF-8 with a stray byte as UTF-8 (one U+FFFD), not as windows-1252 ("Ã©")', () => {
    const decoded = decodePage(Uint8Array.from([...utf8('Café “Marrowby” – Zoë '), 0xff, ...utf8(' naïve')]), null);
    expect(decoded).toEqual({ text: 'Café “Marrowby” – Zoë \ufffd naïve', charset: 'utf-8', from: 'default' });
  });

  it('HTML without a charset falls back the same way; a declared <meta> charset wins over the fallback', () => {
    expect(decodePage(bytes('<p>caf{}</p>', [0xe9]), null)).toMatchObject({ text: '<p>café</p>', charset: 'windows-1252' });
    // ISO-8859-2 declared: 0xB3 is ł there (³ in windows-1252).
    const latin2 = decodePage(bytes('<meta charset="iso-8859-2"><p>Wroc{}aw</p>', [0xb3]), null);
    expect(latin2).toMatchObject({ charset: 'iso-8859-2', from: 'meta' });
    expect(latin2.text).toContain('<p>Wrocław</p>');
    // A page that declares UTF-8 keeps it: its one bad byte is a U+FFFD, not a reason to re-read it all.
    expect(decodePage(bytes('<meta charset="utf-8"><p>caf{}</p>', [0xe9]), null).text).toContain('<p>caf\ufffd</p>');
  });

  it('a Content-Type charset wins over the fallback', () => {
    expect(decodePage(bytes('caf{}', [0xe9]), 'text/plain; charset=utf-8')).toEqual({ text: 'caf\ufffd', charset: 'utf-8', from: 'header' });
  });
});

describe('decodePage: byte-order marks', () => {
  it('reads UTF-16 LE and BE with their BOM, and UTF-8 with its BOM (the BOM itself dropped)', () => {
    const text = 'Café “quoted” €5';
    const le = [0xff, 0xfe];
    const be = [0xfe, 0xff];
    for (const ch of text) {
      const code = ch.charCodeAt(0);
      le.push(code & 0xff, code >> 8);
      be.push(code >> 8, code & 0xff);
    }
    expect(decodePage(Uint8Array.from(le), null)).toEqual({ text, charset: 'utf-16le', from: 'bom' });
    expect(decodePage(Uint8Array.from(be), null)).toEqual({ text, charset: 'utf-16be', from: 'bom' });
    expect(decodePage(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]), null)).toEqual({ text, charset: 'utf-8', from: 'bom' });
  });
});
