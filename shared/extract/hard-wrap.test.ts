import { describe, expect, it } from 'vitest';
import { joinWrappedLines, wrapWidth } from './hard-wrap';
import { parsePlainTextClip, type TextSpan } from './plaintext';

/** The input's non-empty lines as spans, as the plain-text parser reads them. */
function spans(input: string): TextSpan[] {
  return [...input.matchAll(/[^\n]+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

const WRAPPED = [
  'Dock workers at the Port of Felmouth have voted to accept a 7% pay',
  'rise, ending a three-week strike that left hundreds of containers',
  'stranded on the quayside.',
  '',
  'Unite\'s regional officer, Gary Holt, said the deal was "a victory for',
  'every worker who stood on the picket line in the rain". He added that',
  'members would be watching closely.',
].join('\n');

describe('hard-wrapped text', () => {
  it('is found by its lines of one width that break mid-sentence, and each paragraph\'s lines become one span covering the input', () => {
    expect(wrapWidth(spans(WRAPPED), WRAPPED)).toBe(69);
    const joined = joinWrappedLines(spans(WRAPPED), WRAPPED);
    expect(joined.map((s) => s.text.replace(/\n/g, ' '))).toEqual([
      'Dock workers at the Port of Felmouth have voted to accept a 7% pay rise, ending a three-week strike that left hundreds of containers stranded on the quayside.',
      'Unite\'s regional officer, Gary Holt, said the deal was "a victory for every worker who stood on the picket line in the rain". He added that members would be watching closely.',
    ]);
    for (const s of joined) expect(WRAPPED.slice(s.start, s.end)).toBe(s.text);
  });

  it('leaves alone text with a paragraph on each line, short lines, verse that ends its lines, and a list\'s items', () => {
    const onePerLine = 'The port reopened on Monday after a three-week strike that left hundreds of containers stranded on the quayside and cost the town dearly.\nUnite said the deal was a victory.\nThe company said it was relieved.';
    expect(wrapWidth(spans(onePerLine), onePerLine)).toBeNull();
    const short = 'By Ruth Ngata\n12 March 2026\nPhoto: Port of Felmouth';
    expect(wrapWidth(spans(short), short)).toBeNull();
    const verse = 'The tide came in across the harbour wall at dawn,\nAnd every boat that waited there was gone.\nThe keeper saw the lantern fail and fall,\nAnd nothing in the morning carried on.';
    expect(wrapWidth(spans(verse), verse)).toBeNull();
    const list = `${WRAPPED}\n\n• Dock workers at the Port of Felmouth voted to accept the offer made\n• The strike left hundreds of containers stranded on the quayside there`;
    expect(joinWrappedLines(spans(list), list).slice(-2).map((s) => s.text.slice(0, 6))).toEqual(['• Dock', '• The ']);
  });

  it('reads a paste of hundreds of thousands of lines, wrapped or not, without overflowing', () => {
    const many = Array.from({ length: 300_000 }, (_, i) => (i % 2 ? 'and the quay stayed quiet all night long while the tide went out' : 'The ferry left the harbour at dawn with forty passengers aboard')).join('\n');
    expect(wrapWidth(spans(many), many)).toBe(64);
    expect(joinWrappedLines(spans(many), many).length).toBeLessThan(300_000);
    const short = Array.from({ length: 300_000 }, (_, i) => `Line ${i}`).join('\n');
    expect(joinWrappedLines(spans(short), short)).toHaveLength(300_000);
  });

  it('gives a plain-text clip its paragraphs back: no line taken for the deck, the byline and date still furniture', () => {
    const clip = parsePlainTextClip(`Port of Felmouth strike ends after workers accept 7% offer\nBy Ruth Ngata\n12 March 2026\n\n${WRAPPED}`);
    expect(clip.byline).toBe('Ruth Ngata');
    expect(clip.published).toBe('2026-03-12');
    expect(clip.deck).toBeNull();
    expect(clip.paragraphs).toHaveLength(2);
    expect(clip.paragraphs[0]!.text.startsWith('Dock workers') && clip.paragraphs[0]!.text.endsWith('quayside.')).toBe(true);
  });
});
