// The Electron glue: one secure window, the menu, the native dialog, the app://
// scheme and the IPC registration. Everything else lives in services/, which
// runs in plain Node (the CLI and the tests use the same code).
import { join, resolve } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import { IPC_EVENT_CHANNEL } from '../src-shared/api';
import type { ApiEvents, MenuCommand, PickedFile } from '../src-shared/api';
import { isTrustedSender, registerIpc } from './ipc';
import { readPickedFiles } from './pick-files';
import { writeFileAtomic } from './services/atomic-write';
import { createServices } from './services/create-services';
import { readStatic } from './static-files';

const SCHEME = 'app';
const APP_ORIGIN = `${SCHEME}://reportlens`;
const devServerUrl = process.env['ELECTRON_RENDERER_URL'];

protocol.registerSchemesAsPrivileged([
  {
    scheme: SCHEME,
    // pdf.js loads its worker, CMaps, fonts and wasm from the app itself.
    privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true },
  },
]);

let mainWindow: BrowserWindow | null = null;

function send<E extends keyof ApiEvents>(event: E, payload: ApiEvents[E]): void {
  mainWindow?.webContents.send(IPC_EVENT_CHANNEL, event, payload);
}

async function pickFiles(): Promise<PickedFile[]> {
  const options = {
    properties: ['openFile', 'multiSelections'] as Array<'openFile' | 'multiSelections'>,
    filters: [
      { name: 'Reports', extensions: ['pdf', 'txt', 'docx'] },
      { name: 'All files', extensions: ['*'] },
    ],
  };
  const result = mainWindow
    ? await dialog.showOpenDialog(mainWindow, options)
    : await dialog.showOpenDialog(options);
  return result.canceled ? [] : readPickedFiles(result.filePaths);
}

/** The native save dialog; the path comes from the user, never from the renderer. */
async function saveFile(suggestedName: string, text: string): Promise<{ path: string } | null> {
  const options = {
    defaultPath: join(app.getPath('documents'), suggestedName.replace(/[\\/:*?"<>|]/g, '_')),
    filters: [{ name: 'Markdown', extensions: ['md'] }],
  };
  const result = mainWindow
    ? await dialog.showSaveDialog(mainWindow, options)
    : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return null;
  await writeFileAtomic(result.filePath, text);
  return { path: result.filePath };
}

/** The native save dialog for a workbook; the path comes from the user, never from the renderer. */
async function saveBytes(suggestedName: string, bytes: Uint8Array): Promise<{ path: string } | null> {
  const options = {
    defaultPath: join(app.getPath('documents'), suggestedName.replace(/[\\/:*?"<>|]/g, '_')),
    filters: [{ name: 'Excel', extensions: ['xlsx'] }],
  };
  const result = mainWindow
    ? await dialog.showSaveDialog(mainWindow, options)
    : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return null;
  await writeFileAtomic(result.filePath, bytes);
  return { path: result.filePath };
}

function buildMenu(): Menu {
  const command = (c: MenuCommand) => () => send('command', c);
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        {
          label: 'Open…',
          accelerator: 'CmdOrCtrl+O',
          click: () => void pickFiles().then((files) => files.length && send('files-picked', files)),
        },
        { label: 'Library', accelerator: 'CmdOrCtrl+L', click: command('library') },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { label: 'Find…', accelerator: 'CmdOrCtrl+F', click: command('find') },
        { label: 'Zoom In', accelerator: 'CmdOrCtrl+=', click: command('zoom-in') },
        { label: 'Zoom Out', accelerator: 'CmdOrCtrl+-', click: command('zoom-out') },
        { label: 'Light/Dark', click: command('toggle-theme') },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' } as MenuItemConstructorOptions]),
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    show: false,
    title: 'ReportLens',
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  const contents = win.webContents;
  const origin = devServerUrl ? new URL(devServerUrl).origin : APP_ORIGIN;
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Links in documents never open inside the app; http(s) ones may go to the browser.
    if (/^https?:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  registerIpc(ipcMain, dispatch, (event) => isTrustedSender(event, contents, origin));
  return win;
}

let dispatch: Parameters<typeof registerIpc>[1];

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

void app.whenReady().then(async () => {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  // Nothing leaves the machine: only our own scheme and the dev server load.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed =
      details.url.startsWith(`${APP_ORIGIN}/`) ||
      details.url.startsWith('data:') ||
      details.url.startsWith('blob:') ||
      details.url.startsWith('devtools://') ||
      (devServerUrl !== undefined && details.url.startsWith(new URL(devServerUrl).origin)) ||
      (devServerUrl !== undefined && details.url.startsWith('ws://localhost'));
    callback({ cancel: !allowed });
  });

  const rendererRoot = resolve(import.meta.dirname, '../renderer');
  protocol.handle(SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'reportlens' ? await readStatic(rendererRoot, url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(file.body), { headers: { 'content-type': file.contentType } });
  });

  const services = await createServices(app.getPath('userData'), {
    samplePath: resolve(app.getAppPath(), 'data/hengyang-2021.txt'),
    pickFiles,
    saveFile,
    saveBytes,
  });
  dispatch = services.dispatch;
  Menu.setApplicationMenu(buildMenu());
  mainWindow = createWindow();
  mainWindow.on('closed', () => (mainWindow = null));

  app.on('before-quit', (event) => {
    if (services.pendingWrites() === 0) return;
    event.preventDefault();
    void services.flush().finally(() => app.quit());
  });
});

app.on('window-all-closed', () => app.quit());
