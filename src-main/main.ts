// The Electron glue: one secure window, the menu, the native dialogs, the
// app:// scheme, the log file and the IPC registration. Everything else lives
// in services/, which runs in plain Node (the CLI and the tests use the same code).
import { join, resolve } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { IPC_EVENT_CHANNEL } from '../src-shared/api';
import type { ApiEvents, PickedFile } from '../src-shared/api';
import { CONTENT_SECURITY_POLICY } from '../src-shared/csp';
import type { Locale, Settings } from '../src-shared/model';
import { openExternalAfterAsking } from './external-links';
import { isTrustedSender, registerIpc } from './ipc';
import type { Dispatch } from './ipc';
import { buildMenuTemplate } from './menu-template';
import { documentPathsFromArgv, URL_SCHEME } from './open-requests';
import { readPickedFiles } from './pick-files';
import { readReportFolder } from './services/corpus/folder';
import type { FolderListing } from './services/corpus/folder';
import { writeFileAtomic } from './services/atomic-write';
import { createServices } from './services/create-services';
import { LogFile } from './services/log-file';
import type { Services } from './services/create-services';
import { backupLibrary, registerLinks, restoreLibrary } from './interop-glue';
import { nativeText } from './native-text';
import { readStatic } from './static-files';

const SCHEME = 'app';
const APP_ORIGIN = `${SCHEME}://reportlens`;
const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
const log = new LogFile(join(app.getPath('userData'), 'logs'));

protocol.registerSchemesAsPrivileged([
  {
    scheme: SCHEME,
    // pdf.js loads its worker, CMaps, fonts and wasm from the app itself. V8
    // keeps the compiled scripts between launches (as it does for http(s)):
    // a launch after the first does not compile the bundle again.
    privileges: {
      standard: true,
      secure: true,
      supportFetchAPI: true,
      corsEnabled: true,
      stream: true,
      codeCache: true,
    },
  },
]);

process.on('uncaughtException', (err) => log.error('uncaught exception', {}, err));
process.on('unhandledRejection', (err) => log.error('unhandled rejection', {}, err));

let mainWindow: BrowserWindow | null = null;
let locale: Locale = 'zh-CN';
/** Documents the OS asked us to open before the window could take them. */
let pendingOpen: string[] = [];
let rendererReady = false;

function send<E extends keyof ApiEvents>(event: E, payload: ApiEvents[E]): void {
  mainWindow?.webContents.send(IPC_EVENT_CHANNEL, event, payload);
}

/** Files read here for the renderer to import: the services keep their bytes, which the import names by token. */
function sendPicked(files: PickedFile[]): void {
  send('files-picked', servicesNow?.picked.keep(files) ?? files);
}

async function pickFiles(): Promise<PickedFile[]> {
  const t = nativeText(locale).dialog;
  const options = {
    properties: ['openFile', 'multiSelections'] as Array<'openFile' | 'multiSelections'>,
    filters: [
      { name: t.reports, extensions: ['pdf', 'txt', 'docx'] },
      { name: t.allFiles, extensions: ['*'] },
    ],
  };
  const result = mainWindow
    ? await dialog.showOpenDialog(mainWindow, options)
    : await dialog.showOpenDialog(options);
  return result.canceled ? [] : readPickedFiles(result.filePaths);
}

/** Files the OS handed us (file associations): read here, parsed by the renderer like picked ones. */
function openFromOs(paths: string[]): void {
  if (paths.length === 0) return;
  log.info('open from the OS', { files: paths.length });
  if (!rendererReady) {
    pendingOpen.push(...paths);
    return;
  }
  void readPickedFiles(paths).then(sendPicked);
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
}

/** The native folder dialog; main walks the folder the user chose (never a path from the renderer). */
async function pickFolder(): Promise<FolderListing | null> {
  const t = nativeText(locale).dialog;
  const options = {
    title: t.chooseFolder,
    buttonLabel: t.importFolder,
    properties: ['openDirectory'] as Array<'openDirectory'>,
  };
  const result = mainWindow
    ? await dialog.showOpenDialog(mainWindow, options)
    : await dialog.showOpenDialog(options);
  const folder = result.filePaths[0];
  return result.canceled || !folder ? null : readReportFolder(folder);
}

/** The native save dialog; the path comes from the user, never from the renderer. */
const SAVE_FILTERS: Record<string, string> = {
  md: 'Markdown',
  pdf: 'PDF',
  jsonld: 'JSON-LD',
  json: 'JSON',
  csv: 'CSV',
  xlsx: 'Excel',
  zip: 'Zip',
};

async function saveFile(suggestedName: string, text: string | Uint8Array): Promise<{ path: string } | null> {
  const ext = /\.([a-z]+)$/i.exec(suggestedName)?.[1]?.toLowerCase() ?? 'md';
  const options = {
    defaultPath: join(app.getPath('documents'), suggestedName.replace(/[\\/:*?"<>|]/g, '_')),
    filters: [{ name: SAVE_FILTERS[ext] ?? ext, extensions: [ext] }],
  };
  const result = mainWindow
    ? await dialog.showSaveDialog(mainWindow, options)
    : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return null;
  await writeFileAtomic(result.filePath, text);
  return { path: result.filePath };
}

function showAbout(): void {
  const detail = `${app.getVersion()}\nElectron ${process.versions['electron'] ?? '?'} · Chromium ${process.versions['chrome'] ?? '?'}`;
  const buttons = [nativeText(locale).dialog.ok];
  const options = { type: 'info' as const, title: app.name, message: app.name, detail, buttons };
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}

function setMenu(next: Locale): void {
  locale = next;
  const template = buildMenuTemplate(
    locale,
    { isMac: process.platform === 'darwin', isPackaged: app.isPackaged, appName: app.name },
    {
      open: () => void pickFiles().then((files) => files.length && sendPicked(files)),
      command: (c) => send('command', c),
      about: showAbout,
      openDataFolder: () => void shell.openPath(app.getPath('userData')),
      // Shown in its folder, not opened: nothing is executed on the user's behalf.
      openLogFile: () => shell.showItemInFolder(log.path),
      backup: () =>
        void backupLibrary(
          () => servicesNow,
          () => mainWindow,
          () => nativeText(locale).dialog,
        )(),
      restore: () =>
        void restoreLibrary(
          () => servicesNow,
          () => mainWindow,
          send,
          () => nativeText(locale).dialog,
        )(),
    },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function askAndOpenExternal(url: string): Promise<void> {
  const outcome = await openExternalAfterAsking(url, locale, {
    confirm: async (message, detail, [open, cancel]) => {
      const options = {
        type: 'question' as const,
        message,
        detail,
        buttons: [open, cancel],
        defaultId: 1,
        cancelId: 1,
      };
      const { response } = mainWindow
        ? await dialog.showMessageBox(mainWindow, options)
        : await dialog.showMessageBox(options);
      return response === 0;
    },
    // Reviewed: external-links.ts lets only http(s) through, after the user saw the whole URL.
    openInBrowser: (href) => shell.openExternal(href) /* eng-disable OPEN_EXTERNAL_JS_CHECK */,
  });
  log.info('external link', { outcome });
}

function createWindow(dispatch: Dispatch): BrowserWindow {
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
      // An installed app has no DevTools at all.
      devTools: !app.isPackaged,
      // No auxclick: a middle-click is turned into a click by the renderer (src/links.ts), never a window.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  const contents = win.webContents;
  const origin = devServerUrl ? new URL(devServerUrl).origin : APP_ORIGIN;
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Links never open inside the app; http(s) ones may go to the browser once the user agrees.
    void askAndOpenExternal(url);
    return { action: 'deny' };
  });
  contents.on('render-process-gone', (_event, details) =>
    log.error('renderer gone', { reason: details.reason, exitCode: details.exitCode }),
  );
  contents.once('did-finish-load', () => {
    rendererReady = true;
    const paths = pendingOpen;
    pendingOpen = [];
    openFromOs(paths);
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  registerIpc(ipcMain, dispatch, (event) => isTrustedSender(event, contents, origin));
  return win;
}

let servicesNow: Services | null = null;
let servicesReady: (s: Services) => void = () => undefined;
registerLinks(
  new Promise<Services>((ok) => (servicesReady = ok)),
  send,
  () => mainWindow?.show(),
  () => nativeText(locale).dialog,
);

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

// One instance: a document opened from the file manager goes to the running app.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    openFromOs(documentPathsFromArgv(argv.slice(1)));
    if (argv.some((arg) => arg.startsWith(`${URL_SCHEME}://`))) mainWindow?.focus();
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFromOs([path]);
  });
  app.on('open-url', (event) => {
    event.preventDefault();
    mainWindow?.focus();
  });
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  log.info('start', {
    version: app.getVersion(),
    electron: process.versions['electron'],
    platform: process.platform,
    packaged: app.isPackaged,
  });
  const ses = session.defaultSession;
  // Every permission refused but writing plain text to the clipboard (copy with the source).
  const mayUse = (permission: string) => permission === 'clipboard-sanitized-write';
  ses.setPermissionRequestHandler((_wc, permission, callback) => callback(mayUse(permission)));
  ses.setPermissionCheckHandler((_wc, permission) => mayUse(permission));
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
    return new Response(new Uint8Array(file.body), {
      headers: {
        'content-type': file.contentType,
        // The same policy as index.html's meta tag, also for workers and any other document.
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
      },
    });
  });

  const services = await createServices(app.getPath('userData'), {
    samplePath: resolve(app.getAppPath(), 'data/hengyang-2021.txt'),
    pickFiles,
    saveFile,
    log: (message, err) => {
      console.warn(message, err);
      log.serviceLog(message, err);
    },
    importRefused: ({ type, code }) => log.warn('import refused', { type, code }),
    pickFolder,
    saveBytes: saveFile,
  });
  // A newer version's library is never written: the user chooses to look at it read-only, or to quit.
  if (services.readOnly === 'newer-version') {
    // The library's settings are readable even from a newer version: the dialog speaks the user's language.
    locale = services.library.settings.get().locale;
    const t = nativeText(locale).dialog;
    const { response } = await dialog.showMessageBox({
      type: 'warning',
      title: 'ReportLens',
      message: t.newerMessage,
      detail: t.newerDetail,
      buttons: [t.openReadOnly, t.quit],
      defaultId: 0,
      cancelId: 1,
    });
    if (response === 1) return app.quit();
  }
  // The menu follows the UI's language: the renderer sets it through settings.set (validated).
  const dispatch: Dispatch = async (method, arg) => {
    const result = await services.dispatch(method, arg);
    const name = typeof method === 'string' ? method.slice(0, 40) : typeof method;
    if (!result.ok) log.warn('call refused', { method: name, code: result.error.code });
    else if (method === 'settings.set' || method === 'settings.get') {
      const next = (result.value as Settings).locale;
      if (next !== locale) setMenu(next);
    }
    return result;
  };
  servicesNow = services;
  servicesReady(services);
  setMenu(services.library.settings.get().locale);
  mainWindow = createWindow(dispatch);
  mainWindow.on('closed', () => (mainWindow = null));
  openFromOs(documentPathsFromArgv(process.argv.slice(app.isPackaged ? 1 : 2)));

  // Before quitting: the renderer sends the edits it holds, then everything is written and the session marked closed.
  let closed = false;
  app.on('before-quit', (event) => {
    if (closed) return;
    log.info('quit');
    event.preventDefault();
    closed = true;
    void services
      .waitForRenderer(() => send('command', 'flush'), mainWindow ? 2_000 : 0)
      .then(() => services.close())
      .finally(() => app.quit());
  });
}

app.on('window-all-closed', () => app.quit());
