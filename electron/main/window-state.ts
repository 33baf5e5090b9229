/** Window bounds remembered between runs, clamped so a window never opens off every screen. */
export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized?: boolean;
}

export interface DisplayArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_BOUNDS: WindowBounds = { width: 1280, height: 820 };

export function parseBounds(raw: unknown): WindowBounds {
  if (!raw || typeof raw !== 'object') return DEFAULT_BOUNDS;
  const r = raw as Record<string, unknown>;
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? Math.round(v) : undefined);
  const width = num(r.width);
  const height = num(r.height);
  if (!width || !height || width < 400 || height < 300) return DEFAULT_BOUNDS;
  const bounds: WindowBounds = { width: Math.min(width, 10000), height: Math.min(height, 10000), maximized: r.maximized === true };
  const x = num(r.x);
  const y = num(r.y);
  if (x !== undefined && y !== undefined) {
    bounds.x = x;
    bounds.y = y;
  }
  return bounds;
}

/** Keeps the saved position only if the window's top-left area is on one of the displays. */
export function fitToDisplays(bounds: WindowBounds, displays: readonly DisplayArea[]): WindowBounds {
  if (bounds.x === undefined || bounds.y === undefined) return bounds;
  const { x, y } = bounds;
  const visible = displays.some((d) => x + 100 > d.x && x < d.x + d.width - 100 && y >= d.y && y < d.y + d.height - 50);
  if (visible) return bounds;
  return { width: bounds.width, height: bounds.height, maximized: bounds.maximized ?? false };
}
