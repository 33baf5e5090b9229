import { app, BrowserWindow, clipboard, dialog, ipcMain, Menu, screen, session, shell } from 'electron';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createDispatch } from './ipc/dispatch';
import { createHandlers } from './ipc/handlers';
import { registerIpc } from './ipc/register';
import { hardenSession, hardenWebContents } from './security/harden';
import { rendererCsp } from './security/csp';
import { mainWindowOptions } from './security/window-options';
import { DEFAULT_BOUNDS, fitToDisplays, parseBounds, type WindowBounds } from './window-state';
import { buildMenuTemplate } from './menu';
import { createClipDelivery } from './protocol/delivery';
import { clipLinkFromArgv, connectDeliveryToContents, protocolClientArgs } from './protocol/launch';
import { decideUpdates, startUpdates, type UpdaterLike } from './update/config';
import { RELEASE_FEED_URL } from '../../shared/app/release';
// electron-vite bundles the worker as its own file and gives its path (the `?modulePath` import).
import renderWorkerPath from './export/render-worker?modulePath';

// Electron glue only: every decision lives in a plain module that Node tests load without Electron.

const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
const indexHtml = join(__dirname, '../renderer/index.html');
const appUrls = devServerUrl ? [devServerUrl] : [`file://${indexHtml.replace(/\\/g, '/')}`];

if (!app.requestSingleInstanceLock()) {
  app.quit();
}

let mainWindow: BrowserWindow | null = null;
let appReady = false;

/** Shows the window for a dossier:// link: restores, focuses, or creates it (once the app is ready). */
function revealWindow(): void {
  if (!appReady) return; // the window is created at 'ready' and gets the queued link then
  if (!mainWindow) {
    createWindow();
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

// dossier://clip links: parsed and validated in protocol/, sent to the page once it has loaded.
const clipDelivery = createClipDelivery({
  send: (channel, payload) => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(channel, payload);
  },
  reveal: revealWindow,
});
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
  // Options (and their secure webPreferences) come from security/window-options.ts, checked by tests/unit/security.
  const win = new BrowserWindow(mainWindowOptions(bounds, join(__dirname, '../preload/index.js'))); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
  mainWindow = win;
  connectDeliveryToContents(win.webContents, clipDelivery);
  if (bounds.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => saveBounds(win));
  win.on('closed', () => {
    mainWindow = null;
  });
  if (devServerUrl) void win.loadURL(devServerUrl);
  else void win.loadFile(indexHtml);
}

// Windows/Linux: a link opened while Dossier runs starts a second instance, which hands its argv here and quits.
app.on('second-instance', (_event, argv) => {
  const link = clipLinkFromArgv(argv, process.defaultApp === true);
  if (link) clipDelivery.receive(link);
  else revealWindow();
});

// macOS: links arrive as open-url events, also the one that launched the app (before 'ready').
app.on('open-url', (event, url) => {
  event.preventDefault();
  clipDelivery.receive(url);
});

const [scheme, clientPath, clientArgs] = protocolClientArgs({ defaultApp: process.defaultApp === true, execPath: process.execPath, argv: process.argv });
if (clientPath) app.setAsDefaultProtocolClient(scheme, clientPath, clientArgs);
else app.setAsDefaultProtocolClient(scheme);

app.on('web-contents-created', (_event, contents) => {
  hardenWebContents(contents, { appUrls, openExternal: (url) => shell.openExternal(url) });
});

void app.whenReady().then(() => {
  hardenSession(session.defaultSession, rendererCsp(devServerUrl));

  const handlers = createHandlers({
    app: {
      version: app.getVersion(),
      platform: process.platform,
      openExternal: (url) => shell.openExternal(url),
    },
    clipboard: { readText: () => clipboard.readText() },
    clip: {
      showOpenDialog: (options) => (mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options)),
    },
    export: {
      chooseFolder: async () => {
        const options = { title: 'Export notebook to folder', properties: ['openDirectory', 'createDirectory'] } satisfies Electron.OpenDialogOptions;
        const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      chooseSavePath: async ({ defaultName, filters }) => {
        const options = { defaultPath: join(app.getPath('documents'), defaultName), filters } satisfies Electron.SaveDialogOptions;
        const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
        return result.canceled ? null : (result.filePath ?? null);
      },
      chooseOpenPath: async ({ filters }) => {
        const options = { properties: ['openFile'], filters } satisfies Electron.OpenDialogOptions;
        const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      spawnRenderWorker: () => new Worker(renderWorkerPath),
    },
  });
  registerIpc(ipcMain, createDispatch(handlers, { appUrls, onInternalError: (name, error) => console.error(`[ipc] ${name}`, error) }));

  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(process.platform, app.name)));
  appReady = true;
  createWindow();
  // Windows/Linux: the link that launched Dossier is in its own command line.
  const launchLink = clipLinkFromArgv(process.argv, process.defaultApp === true);
  if (launchLink) clipDelivery.receive(launchLink);

  // Off until shared/app/release.ts names a release feed: then electron-updater is loaded and checks later.
  const updates = decideUpdates({ feedUrl: RELEASE_FEED_URL, isPackaged: app.isPackaged, env: process.env });
  void startUpdates(
    updates,
    async () => (await import('electron-updater')).autoUpdater as unknown as UpdaterLike,
    (run, delayMs) => void setTimeout(run, delayMs),
    (message) => console.log(message),
  ).catch((error: unknown) => console.error('[update]', error));
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
