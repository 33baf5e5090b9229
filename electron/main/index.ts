import { app, BrowserWindow, clipboard, dialog, ipcMain, Menu, screen, session, shell } from 'electron';
import { join } from 'node:path';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createDispatch } from './ipc/dispatch';
import { createHandlers } from './ipc/handlers';
import { registerIpc } from './ipc/register';
import { hardenSession, hardenWebContents } from './security/harden';
import { rendererCsp } from './security/csp';
import { mainWindowOptions } from './security/window-options';
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
  // Options (and their secure webPreferences) come from security/window-options.ts, checked by tests/unit/security.
  const win = new BrowserWindow(mainWindowOptions(bounds, join(__dirname, '../preload/index.js'))); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
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
