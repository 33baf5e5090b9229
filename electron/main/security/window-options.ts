import { secureWebPreferences } from './web-preferences';

/** Where and how big the window opens (from window-state.ts). */
export interface WindowPlacement {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

/**
 * The options of Dossier's one window. Plain data so Node tests can check them; the preferences
 * always come from secureWebPreferences (a source-scan test forbids any other webPreferences).
 */
export function mainWindowOptions(placement: WindowPlacement, preloadPath: string) {
  return {
    ...(placement.x === undefined ? {} : { x: placement.x }),
    ...(placement.y === undefined ? {} : { y: placement.y }),
    width: placement.width,
    height: placement.height,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Dossier',
    backgroundColor: '#1e1e1e',
    webPreferences: secureWebPreferences(preloadPath),
  };
}
