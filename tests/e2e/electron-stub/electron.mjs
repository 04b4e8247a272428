// A stand-in for Electron's main-process API: it records what the app asks of
// it, then drives the app as the window would (load the page, call IPC) and
// prints a JSON report on stdout for tests/e2e/main-process.e2e.ts.
const report = {
  schemes: null,
  webPreferences: null,
  loaded: null,
  ipcChannels: [],
  permissions: [],
  calls: {},
  menus: [],
  dialogs: [],
  opened: [],
  window: null,
  placeKept: null,
};
const protocolHandlers = new Map();
const ipcHandlers = new Map();
let permissionRequest = null;
let permissionCheck = null;
let windowOpen = null;
const listeners = new Map();

export const app = {
  whenReady: () => Promise.resolve(),
  getPath: (name) => `${process.env.STUB_USER_DATA}/${name}`,
  getAppPath: () => process.env.STUB_APP_PATH,
  isPackaged: process.env.STUB_PACKAGED === '1',
  name: 'ReportLens',
  getVersion: () => '0.1.0',
  requestSingleInstanceLock: () => true,
  on: (event, fn) => listeners.set(event, fn),
  quit: () => undefined,
  setAsDefaultProtocolClient: (scheme) => (report.protocolClient = scheme),
};
export const protocol = {
  registerSchemesAsPrivileged: (schemes) => (report.schemes = schemes),
  handle: (scheme, fn) => protocolHandlers.set(scheme, fn),
};
export const session = {
  defaultSession: {
    setPermissionRequestHandler: (fn) => (permissionRequest = fn),
    setPermissionCheckHandler: (fn) => (permissionCheck = fn),
    webRequest: { onBeforeRequest: () => undefined },
  },
};
export const ipcMain = { handle: (channel, fn) => ipcHandlers.set(channel, fn) };
// A menu is recorded as its labels and roles (functions cannot go into the JSON report).
const describeMenu = (items) =>
  items.map((i) => ({
    label: i.label,
    role: i.role,
    type: i.type,
    ...(Array.isArray(i.submenu) ? { submenu: describeMenu(i.submenu) } : {}),
  }));
export const Menu = {
  buildFromTemplate: (t) => ({ t }),
  setApplicationMenu: (menu) => report.menus.push(describeMenu(menu.t)),
};
// The user answers "Open" (button 0) to the first link dialog and "Cancel" after.
export const dialog = {
  showMessageBox: async (...args) => {
    const options = args.at(-1);
    report.dialogs.push({ message: options.message, detail: options.detail, buttons: options.buttons });
    return { response: report.dialogs.length === 1 ? 0 : 1 };
  },
};
export const shell = { openExternal: async (url) => void report.opened.push(url) };
// One screen; STUB_SCREEN_WIDTH narrows it (a window kept on a wider screen that is gone).
const display = {
  workArea: { x: 0, y: 0, width: Number(process.env.STUB_SCREEN_WIDTH ?? 1920), height: 1040 },
};
export const screen = { getPrimaryDisplay: () => display, getAllDisplays: () => [display] };

async function fetchApp(path) {
  const res = await protocolHandlers.get('app')(new Request(`app://reportlens${path}`));
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    text: res.status === 200 ? await res.text() : '',
    cspHeader: res.headers.get('content-security-policy'),
  };
}

export class BrowserWindow {
  constructor(options) {
    report.webPreferences = options.webPreferences;
    const { x, y, width, height } = options;
    report.window = { x, y, width, height, maximized: false };
    this.bounds = { x: x ?? 260, y: y ?? 70, width, height };
    this.maximized = false;
    this.events = new Map();
    const mainFrame = { url: 'app://reportlens/index.html' };
    this.webContents = {
      mainFrame,
      on: () => undefined,
      once: () => undefined,
      send: () => undefined,
      setWindowOpenHandler: (fn) => (windowOpen = fn),
    };
  }
  once(event, fn) {
    this.events.set(event, fn);
  }
  on(event, fn) {
    this.events.set(event, fn);
  }
  show() {}
  isDestroyed() {
    return false;
  }
  isMinimized() {
    return false;
  }
  isFullScreen() {
    return false;
  }
  isMaximized() {
    return this.maximized;
  }
  maximize() {
    this.maximized = true;
    report.window.maximized = true;
  }
  getNormalBounds() {
    return { ...this.bounds };
  }
  loadURL(url) {
    report.loaded = url;
    setTimeout(() => void drive(this), 0);
    return Promise.resolve();
  }
}

/** The user moves and resizes the window (STUB_MOVE_TO: "x,y,width,height"); what the app keeps is read back. */
async function moveWindow(win) {
  const [x, y, width, height] = process.env.STUB_MOVE_TO.split(',').map(Number);
  win.bounds = { x, y, width, height };
  win.events.get('move')?.();
  win.events.get('resize')?.();
  await new Promise((ok) => setTimeout(ok, 800));
  const { readFile } = await import('node:fs/promises');
  report.placeKept = JSON.parse(
    await readFile(`${process.env.STUB_USER_DATA}/userData/window-place.json`, 'utf8'),
  );
}

async function drive(win) {
  win.events.get('ready-to-show')?.();
  if (process.env.STUB_MOVE_TO) await moveWindow(win);
  const invoke = ipcHandlers.get('reportlens:invoke');
  report.ipcChannels = [...ipcHandlers.keys()];
  const trusted = { sender: win.webContents, senderFrame: win.webContents.mainFrame };
  const otherFrame = { sender: win.webContents, senderFrame: { url: 'app://reportlens/index.html' } };
  report.calls.list = await invoke(trusted, 'library.list', undefined);
  report.calls.untrusted = await invoke(otherFrame, 'library.list', undefined);
  report.calls.badArg = await invoke(trusted, 'document.open', { id: '../../etc/passwd' });
  // The renderer switches to English, then back: the menu follows.
  report.calls.english = await invoke(trusted, 'settings.set', { locale: 'en' });
  report.calls.chinese = await invoke(trusted, 'settings.set', { locale: 'zh-CN' });
  report.calls.badLocale = await invoke(trusted, 'settings.set', { locale: 'fr' });
  report.calls.refusal = await invoke(trusted, 'app.logImportRefusal', {
    type: 'docx',
    code: 'docx-too-large',
  });
  report.calls.refusalWithText = await invoke(trusted, 'app.logImportRefusal', {
    type: 'docx',
    code: 'SECRET NOTE TEXT',
  });
  const index = await fetchApp('/index.html');
  report.index = {
    status: index.status,
    type: index.type,
    csp: /Content-Security-Policy" content="([^"]+)"/.exec(index.text)?.[1] ?? null,
    cspHeader: index.cspHeader,
  };
  report.workerCsp = (
    await fetchApp('/assets/' + (index.text.match(/assets\/(index-[^"]+\.js)/)?.[1] ?? ''))
  ).cspHeader;
  report.traversal = (await fetchApp('/../package.json')).status;
  report.cmap = (await fetchApp('/pdfjs/cmaps/GBK-EUC-H.bcmap')).status;
  report.permissions = [
    await new Promise((ok) => permissionRequest(null, 'media', ok)),
    permissionCheck(null, 'clipboard-read'),
  ];
  report.windowOpen = windowOpen({ url: 'https://example.com/a?b=1#c' });
  windowOpen({ url: 'https://example.org/declined' });
  windowOpen({ url: 'file:///etc/passwd' });
  windowOpen({ url: 'javascript:alert(1)' });
  await new Promise((ok) => setTimeout(ok, 50));
  listeners.get('before-quit')?.({ preventDefault: () => undefined });
  process.stdout.write(`${JSON.stringify(report)}\n`);
  process.exit(0);
}

export default { app, protocol, session, ipcMain, Menu, dialog, shell, screen, BrowserWindow };
