// The native menu, in the UI's language (Electron labels roles in the OS's
// language, not the app's, so every item gets its own label). A pure
// function of the language and the actions, tested without Electron.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../src-shared/api';
import type { Locale } from '../src-shared/model';

export interface MenuActions {
  open(): void;
  command(c: MenuCommand): void;
  about(): void;
  openDataFolder(): void;
  openLogFile(): void;
  backup(): void;
  restore(): void;
}

export interface MenuPlatform {
  isMac: boolean;
  isPackaged: boolean;
  appName: string;
}

const LABELS = {
  'zh-CN': {
    file: '文件',
    open: '打开…',
    importFolder: '导入文件夹…',
    backup: '备份文库…',
    restore: '从备份恢复…',
    search: '在文库中搜索…',
    library: '文库',
    quit: '退出',
    edit: '编辑',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    view: '视图',
    find: '查找…',
    zoomIn: '放大',
    zoomOut: '缩小',
    theme: '浅色/深色',
    fullscreen: '全屏',
    devTools: '开发者工具',
    window: '窗口',
    minimize: '最小化',
    zoom: '缩放',
    close: '关闭窗口',
    front: '全部置于顶层',
    help: '帮助',
    about: '关于 {app}',
    dataFolder: '打开数据文件夹',
    logFile: '显示日志文件',
    hide: '隐藏 {app}',
    hideOthers: '隐藏其他',
    unhide: '全部显示',
  },
  en: {
    file: 'File',
    open: 'Open…',
    importFolder: 'Import Folder…',
    backup: 'Back Up Library…',
    restore: 'Restore from Backup…',
    search: 'Search Library…',
    library: 'Library',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    find: 'Find…',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    theme: 'Light/Dark',
    fullscreen: 'Full Screen',
    devTools: 'Developer Tools',
    window: 'Window',
    minimize: 'Minimize',
    zoom: 'Zoom',
    close: 'Close Window',
    front: 'Bring All to Front',
    help: 'Help',
    about: 'About {app}',
    dataFolder: 'Open Data Folder',
    logFile: 'Show Log File',
    hide: 'Hide {app}',
    hideOthers: 'Hide Others',
    unhide: 'Show All',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type MenuLabels = Record<keyof (typeof LABELS)['en'], string>;

export function menuLabels(locale: Locale): MenuLabels {
  return LABELS[locale] ?? LABELS.en;
}

const sep: MenuItemConstructorOptions = { type: 'separator' };

export function buildMenuTemplate(
  locale: Locale,
  platform: MenuPlatform,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const l = menuLabels(locale);
  const app = (label: string) => label.replace('{app}', platform.appName);
  const command = (c: MenuCommand) => () => actions.command(c);
  const macApp: MenuItemConstructorOptions[] = platform.isMac
    ? [
        {
          label: platform.appName,
          submenu: [
            { label: app(l.about), click: () => actions.about() },
            sep,
            { role: 'hide', label: app(l.hide) },
            { role: 'hideOthers', label: l.hideOthers },
            { role: 'unhide', label: l.unhide },
            sep,
            { role: 'quit', label: l.quit },
          ],
        },
      ]
    : [];
  return [
    ...macApp,
    {
      label: l.file,
      submenu: [
        { label: l.open, accelerator: 'CmdOrCtrl+O', click: () => actions.open() },
        { label: l.importFolder, click: command('import-folder') },
        { label: l.library, accelerator: 'CmdOrCtrl+L', click: command('library') },
        sep,
        { label: l.backup, click: () => actions.backup() },
        { label: l.restore, click: () => actions.restore() },
        ...(platform.isMac ? [] : [sep, { role: 'quit', label: l.quit } as MenuItemConstructorOptions]),
      ],
    },
    {
      label: l.edit,
      submenu: [
        { role: 'undo', label: l.undo },
        { role: 'redo', label: l.redo },
        sep,
        { role: 'cut', label: l.cut },
        { role: 'copy', label: l.copy },
        { role: 'paste', label: l.paste },
        { role: 'selectAll', label: l.selectAll },
      ],
    },
    {
      label: l.view,
      submenu: [
        { label: l.find, accelerator: 'CmdOrCtrl+F', click: command('find') },
        { label: l.search, accelerator: 'CmdOrCtrl+Shift+F', click: command('search') },
        { label: l.zoomIn, accelerator: 'CmdOrCtrl+=', click: command('zoom-in') },
        { label: l.zoomOut, accelerator: 'CmdOrCtrl+-', click: command('zoom-out') },
        { label: l.theme, click: command('toggle-theme') },
        sep,
        { role: 'togglefullscreen', label: l.fullscreen },
        // Never in an installed app: DevTools would let a page script be inspected and altered.
        ...(platform.isPackaged
          ? []
          : [{ role: 'toggleDevTools', label: l.devTools } as MenuItemConstructorOptions]),
      ],
    },
    {
      label: l.window,
      role: 'windowMenu',
      submenu: [
        { role: 'minimize', label: l.minimize },
        ...(platform.isMac
          ? ([
              { role: 'zoom', label: l.zoom },
              sep,
              { role: 'front', label: l.front },
            ] as MenuItemConstructorOptions[])
          : [{ role: 'close', label: l.close } as MenuItemConstructorOptions]),
      ],
    },
    {
      label: l.help,
      role: 'help',
      submenu: [
        ...(platform.isMac ? [] : [{ label: app(l.about), click: () => actions.about() }, sep]),
        { label: l.dataFolder, click: () => actions.openDataFolder() },
        { label: l.logFile, click: () => actions.openLogFile() },
      ],
    },
  ];
}
