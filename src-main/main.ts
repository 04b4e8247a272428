// The Electron glue: one secure window, the menu, the log file and the IPC
// registration; the native dialogs are native-dialogs.ts, the app:// scheme
// and the session app-scheme.ts. Everything else lives in services/, which
// runs in plain Node (the CLI and the tests use the same code).
import { join, resolve } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, screen, session, shell } from 'electron';
import { IPC_EVENT_CHANNEL } from '../src-shared/api';
import type { ApiEvents, PickedFile } from '../src-shared/api';
import type { Locale, Settings } from '../src-shared/model';
import { isTrustedSender, registerIpc } from './ipc';
import type { Dispatch } from './ipc';
import { buildMenuTemplate } from './menu-template';
import { documentPathsFromArgv, URL_SCHEME } from './open-requests';
import { readPickedFiles } from './pick-files';
import { createServices } from './services/create-services';
import { LogFile } from './services/log-file';
import { windowToOpen } from './services/window-place';
import type { WindowPlaceService } from './services/window-place';
import type { Services } from './services/create-services';
import { backupLibrary, registerLinks, restoreLibrary } from './interop-glue';
import { nativeText } from './native-text';
import { APP_ORIGIN, registerAppScheme, serveApp } from './app-scheme';
import { nativeDialogs } from './native-dialogs';

const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
const log = new LogFile(join(app.getPath('userData'), 'logs'));

registerAppScheme();

process.on('uncaughtException', (err) => log.error('uncaught exception', {}, err));
process.on('unhandledRejection', (err) => log.error('unhandled rejection', {}, err));

let mainWindow: BrowserWindow | null = null;
let locale: Locale = 'zh-CN';
/** Documents the OS asked us to open before the window could take them. */
let pendingOpen: string[] = [];
let rendererReady = false;
const dialogs = nativeDialogs(
  () => mainWindow,
  () => locale,
  log,
);

function send<E extends keyof ApiEvents>(event: E, payload: ApiEvents[E]): void {
  mainWindow?.webContents.send(IPC_EVENT_CHANNEL, event, payload);
}

/** Files read here for the renderer to import: the services keep their bytes, which the import names by token. */
function sendPicked(files: PickedFile[]): void {
  send('files-picked', servicesNow?.picked.keep(files) ?? files);
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

function setMenu(next: Locale): void {
  locale = next;
  const template = buildMenuTemplate(
    locale,
    { isMac: process.platform === 'darwin', isPackaged: app.isPackaged, appName: app.name },
    {
      open: () => void dialogs.pickFiles().then((files) => files.length && sendPicked(files)),
      command: (c) => send('command', c),
      about: dialogs.showAbout,
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

/** How long the window rests after a move or resize before its place is kept. */
const KEEP_PLACE_MS = 500;

/** Keeps where the window is whenever it settles after a move or resize, and as it closes. */
function keepPlace(win: BrowserWindow, places: WindowPlaceService): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const keep = () => {
    clearTimeout(timer);
    if (win.isDestroyed() || win.isMinimized() || win.isFullScreen()) return;
    void places
      .save({ ...win.getNormalBounds(), maximized: win.isMaximized() })
      .catch((err: unknown) => log.warn('window place not kept', {}, err));
  };
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(keep, KEEP_PLACE_MS);
  };
  win.on('resize', soon);
  win.on('move', soon);
  win.on('maximize', soon);
  win.on('unmaximize', soon);
  win.on('close', keep);
}

function createWindow(dispatch: Dispatch, place: ReturnType<typeof windowToOpen>): BrowserWindow {
  const win = new BrowserWindow({
    ...(place.x !== undefined && place.y !== undefined ? { x: place.x, y: place.y } : {}),
    width: place.width,
    height: place.height,
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
    void dialogs.askAndOpenExternal(url);
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
  win.once('ready-to-show', () => {
    // Maximized before it is shown, it would show at once (Windows), before its page is drawn.
    if (place.maximized) win.maximize();
    win.show();
  });
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
  // The page carries the library as last drawn, when the launch lands there (services/launch-snapshot.ts).
  serveApp(session.defaultSession, resolve(import.meta.dirname, '../renderer'), devServerUrl, (html) =>
    servicesNow ? servicesNow.launchSnapshot.page(html) : Promise.resolve(html),
  );

  const services = await createServices(app.getPath('userData'), {
    samplePath: resolve(app.getAppPath(), 'data/hengyang-2021.txt'),
    pickFiles: dialogs.pickFiles,
    saveFile: dialogs.saveFile,
    log: (message, err) => {
      console.warn(message, err);
      log.serviceLog(message, err);
    },
    importRefused: ({ type, code }) => log.warn('import refused', { type, code }),
    pickFolder: dialogs.pickFolder,
    saveBytes: dialogs.saveFile,
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
  const place = windowToOpen(
    await services.windowPlace.get(),
    [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((d) => d.workArea),
  );
  mainWindow = createWindow(dispatch, place);
  keepPlace(mainWindow, services.windowPlace);
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
