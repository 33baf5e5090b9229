import { app, BrowserWindow, ipcMain, Menu, screen, session, shell } from 'electron';
import { join } from 'node:path';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createDispatch } from './ipc/dispatch';
import { createHandlers } from './ipc/handlers';
import { registerIpc } from './ipc/register';
import { decidePermission } from './security/permissions';
import { isAllowedNavigation, isSafeExternalUrl } from './security/navigation';
import { rendererCsp } from './security/csp';
import { secureWebPreferences } from './security/web-preferences';
import { DEFAULT_BOUNDS, fitToDisplays, parseBounds, type WindowBounds } from './window-state';
import { buildMenuTemplate } from './menu';

// Electron glue only: every decision lives in a plain module that Node tests load without Electron.

const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
const indexHtml = join(__dirname, '../renderer/index.html');
const appUrls = devServerUrl ? [devServerUrl] : [`file://${indexHtml.replace(/\\/g, '/')}`];

if (!app.requestSingleInstanceLock()) {
  app.quit();
}

let mainWindow: BrowserWindow | null = null;
const stateFile = () => join(app.getPath('userData'), 'window-state.json');

function loadBounds(): WindowBounds {
  try {
    const displays = screen.getAllDisplays().map((d) => d.workArea);
    return fitToDisplays(parseBounds(JSON.parse(readFileSync(stateFile(), 'utf8'))), displays);
  } catch {
    return DEFAULT_BOUNDS;
  }
}

function saveBounds(win: BrowserWindow): void {
  try {
    mkdirSync(app.getPath('userData'), { recursive: true });
    writeFileSync(stateFile(), JSON.stringify({ ...win.getNormalBounds(), maximized: win.isMaximized() }));
  } catch {
    // Losing the window position is harmless; never block quitting on it.
  }
}

function createWindow(): void {
  const bounds = loadBounds();
  const win = new BrowserWindow({
    ...bounds,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Dossier',
    backgroundColor: '#1e1e1e',
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js')),
  });
  mainWindow = win;
  if (bounds.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => saveBounds(win));
  win.on('closed', () => {
    mainWindow = null;
  });
  if (devServerUrl) void win.loadURL(devServerUrl);
  else void win.loadFile(indexHtml);
}

app.on('second-instance', () => {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
});

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (isAllowedNavigation(url, appUrls)) return;
    event.preventDefault();
    // A clicked link to the web (an article's original, say) opens in the system browser.
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url, appUrls)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
});

void app.whenReady().then(() => {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, permission, callback) => callback(decidePermission(permission)));
  ses.setPermissionCheckHandler((_wc, permission) => decidePermission(permission));
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [rendererCsp(devServerUrl)] } });
  });

  const handlers = createHandlers({
    app: {
      version: app.getVersion(),
      platform: process.platform,
      openExternal: (url) => shell.openExternal(url),
    },
  });
  registerIpc(ipcMain, createDispatch(handlers, { appUrls, onInternalError: (name, error) => console.error(`[ipc] ${name}`, error) }));

  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(process.platform, app.name)));
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
