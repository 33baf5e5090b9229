import { describe, expect, it } from 'vitest';
import { initials } from './tokens';

describe('initials', () => {
  it.each([
    ['International Committee of the Red Cross', false, 'ICRC'],
    ['Bureau of Meteorology', true, 'BOM'],
    ['Bureau of Meteorology', false, 'BM'],
    ['Anglo-Nordic Shipping Company', false, 'ANSC'],
    ['Jet Propulsion Laboratory', false, 'JPL'],
  ])('"%s" (keeping "of": %s) is %s', (name, withOf, expected) => {
    expect(initials(name, withOf)).toBe(expected);
  });
});
