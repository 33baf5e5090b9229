/** The only webPreferences a Dossier window is created with (Electron's security checklist). */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  } as const;
}

export type SecureWebPreferences = ReturnType<typeof secureWebPreferences>;

/** True when a window's preferences keep every protection on. */
export function isSecureWebPreferences(prefs: Record<string, unknown>): boolean {
  return (
    prefs.contextIsolation === true &&
    prefs.sandbox === true &&
    prefs.nodeIntegration === false &&
    prefs.webSecurity !== false &&
    prefs.allowRunningInsecureContent !== true &&
    prefs.webviewTag !== true &&
    prefs.nodeIntegrationInWorker !== true &&
    prefs.nodeIntegrationInSubFrames !== true
  );
}
