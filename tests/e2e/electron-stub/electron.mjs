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
  isPackaged: false,
  on: (event, fn) => listeners.set(event, fn),
  quit: () => undefined,
  requestSingleInstanceLock: () => true,
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
export const Menu = { buildFromTemplate: (t) => ({ t }), setApplicationMenu: () => undefined };
export const dialog = {};
export const shell = { openExternal: () => undefined };

async function fetchApp(path) {
  const res = await protocolHandlers.get('app')(new Request(`app://reportlens${path}`));
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    text: res.status === 200 ? await res.text() : '',
  };
}

export class BrowserWindow {
  constructor(options) {
    report.webPreferences = options.webPreferences;
    const mainFrame = { url: 'app://reportlens/index.html' };
    this.webContents = {
      mainFrame,
      on: () => undefined,
      send: () => undefined,
      setWindowOpenHandler: (fn) => (windowOpen = fn),
    };
  }
  once() {}
  on() {}
  show() {}
  loadURL(url) {
    report.loaded = url;
    setTimeout(() => void drive(this), 0);
    return Promise.resolve();
  }
}

async function drive(win) {
  const invoke = ipcHandlers.get('reportlens:invoke');
  report.ipcChannels = [...ipcHandlers.keys()];
  const trusted = { sender: win.webContents, senderFrame: win.webContents.mainFrame };
  const otherFrame = { sender: win.webContents, senderFrame: { url: 'app://reportlens/index.html' } };
  report.calls.list = await invoke(trusted, 'library.list', undefined);
  report.calls.untrusted = await invoke(otherFrame, 'library.list', undefined);
  report.calls.badArg = await invoke(trusted, 'document.open', { id: '../../etc/passwd' });
  const index = await fetchApp('/index.html');
  report.index = {
    status: index.status,
    type: index.type,
    csp: /Content-Security-Policy" content="([^"]+)"/.exec(index.text)?.[1] ?? null,
  };
  report.traversal = (await fetchApp('/../package.json')).status;
  report.cmap = (await fetchApp('/pdfjs/cmaps/GBK-EUC-H.bcmap')).status;
  report.permissions = [
    await new Promise((ok) => permissionRequest(null, 'media', ok)),
    permissionCheck(null, 'clipboard-read'),
  ];
  report.windowOpen = windowOpen({ url: 'https://example.com/' });
  process.stdout.write(`${JSON.stringify(report)}\n`);
  process.exit(0);
}

export default { app, protocol, session, ipcMain, Menu, dialog, shell, BrowserWindow };
