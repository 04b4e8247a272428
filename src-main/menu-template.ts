// The native menu, in the UI's language (Electron labels roles in the OS's
// language, not the app's, so every item gets its own label). A pure
// function of the language and the actions, tested without Electron.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../src-shared/api';
import type { Locale } from '../src-shared/model';
import { nativeText } from './native-text';
import type { NativeText } from './native-text';

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

export type MenuLabels = NativeText['menu'];

export function menuLabels(locale: Locale): MenuLabels {
  return nativeText(locale).menu;
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
