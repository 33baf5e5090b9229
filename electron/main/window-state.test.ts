import { describe, expect, it } from 'vitest';
import { DEFAULT_BOUNDS, fitToDisplays, parseBounds } from './window-state';

describe('window state', () => {
  it('falls back to defaults for missing or nonsense input', () => {
    expect(parseBounds(null)).toEqual(DEFAULT_BOUNDS);
    expect(parseBounds({ width: 'wide', height: 10 })).toEqual(DEFAULT_BOUNDS);
    expect(parseBounds({ width: 100, height: 100 })).toEqual(DEFAULT_BOUNDS);
  });

  it('keeps a saved position that is on a display, and drops one that is not', () => {
    const saved = parseBounds({ x: 40, y: 30, width: 1200, height: 800, maximized: false });
    const displays = [{ x: 0, y: 0, width: 1920, height: 1080 }];
    expect(fitToDisplays(saved, displays)).toEqual(saved);
    const offscreen = parseBounds({ x: 5000, y: 30, width: 1200, height: 800 });
    expect(fitToDisplays(offscreen, displays)).toEqual({ width: 1200, height: 800, maximized: false });
  });
});
