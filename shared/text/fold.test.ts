import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { actorKeys, foldKey, foldText } from './fold';

describe('foldKey', () => {
  it('ignores case, diacritics and spacing', () => {
    expect(foldKey('  José  MÜLLER ')).toBe('jose muller');
    expect(foldKey('Łukasz Żółć')).toBe('lukasz zolc');
    expect(foldKey('Straße')).toBe('strasse');
  });
  it('folds typographic apostrophes, quotes and dashes to ASCII', () => {
    expect(foldKey('O’Brien')).toBe(foldKey("O'Brien"));
    expect(foldKey('Asia–Pacific')).toBe('asia-pacific');
    expect(foldKey('Ana\u00a0Ruiz')).toBe('ana ruiz');
  });
  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (s) => foldKey(foldKey(s)) === foldKey(s)));
  });
});

describe('foldText', () => {
  it('maps every folded unit back to the original offset', () => {
    const text = 'Señor Müller met Ærø’s mayor.';
    const { folded, map } = foldText(text);
    const at = folded.indexOf('muller');
    expect(text.slice(map[at]!, map[at + 'muller'.length]!)).toBe('Müller');
    const ae = folded.indexOf('aero');
    expect(text.slice(map[ae]!, map[ae + 4]!)).toBe('Ærø');
  });
  it('keeps the map monotonic and ending at the original length', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const { folded, map } = foldText(s);
        expect(map).toHaveLength(folded.length + 1);
        expect(map[map.length - 1]).toBe(s.length);
        for (let i = 1; i < map.length; i++) expect(map[i]!).toBeGreaterThanOrEqual(map[i - 1]!);
      }),
    );
  });
});

describe('actorKeys', () => {
  it('dedupes the name and aliases by their folded form and drops empty ones', () => {
    expect(actorKeys('Zoë Okafor', ['ZOE OKAFOR', 'Dr Okafor', '  '])).toEqual(['zoe okafor', 'dr okafor']);
  });
});
