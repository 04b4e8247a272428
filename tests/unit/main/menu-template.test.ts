import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../../src-main/menu-template';
import type { MenuActions } from '../../../src-main/menu-template';

function actions(): MenuActions & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    open: vi.fn(() => calls.push('open')),
    command: vi.fn((c) => calls.push(`command:${c}`)),
    about: vi.fn(() => calls.push('about')),
    openDataFolder: vi.fn(() => calls.push('data')),
    openLogFile: vi.fn(() => calls.push('log')),
    backup: vi.fn(() => calls.push('backup')),
    restore: vi.fn(() => calls.push('restore')),
  };
}

const linux = { isMac: false, isPackaged: true, appName: 'ReportLens' };
const mac = { isMac: true, isPackaged: true, appName: 'ReportLens' };

function items(menu: MenuItemConstructorOptions): MenuItemConstructorOptions[] {
  return (menu.submenu as MenuItemConstructorOptions[]).filter((i) => i.type !== 'separator');
}

function find(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const menu = template.find((m) => m.label === label);
  if (!menu) throw new Error(`no menu ${label} in ${template.map((m) => m.label).join(', ')}`);
  return menu;
}

function click(item: MenuItemConstructorOptions | undefined): void {
  (item?.click as unknown as () => void)();
}

describe('the native menu', () => {
  it('speaks Chinese when the UI does, with the standard edit roles', () => {
    const t = buildMenuTemplate('zh-CN', linux, actions());
    expect(t.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
    const edit = items(find(t, '编辑'));
    expect(edit.map((i) => [i.role, i.label])).toEqual([
      ['undo', '撤销'],
      ['redo', '重做'],
      ['cut', '剪切'],
      ['copy', '复制'],
      ['paste', '粘贴'],
      ['selectAll', '全选'],
    ]);
    expect(items(find(t, '帮助')).map((i) => i.label)).toEqual([
      '关于 ReportLens',
      '打开数据文件夹',
      '显示日志文件',
    ]);
    expect(find(t, '窗口').role).toBe('windowMenu');
  });

  it('speaks English when the UI does, with the same structure', () => {
    const zh = buildMenuTemplate('zh-CN', linux, actions());
    const en = buildMenuTemplate('en', linux, actions());
    expect(en.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(items(find(en, 'Edit')).map((i) => i.label)).toEqual([
      'Undo',
      'Redo',
      'Cut',
      'Copy',
      'Paste',
      'Select All',
    ]);
    const shape = (t: MenuItemConstructorOptions[]) =>
      t.map((m) => (m.submenu as MenuItemConstructorOptions[]).map((i) => [i.role, i.accelerator, i.type]));
    expect(shape(en)).toEqual(shape(zh));
    // Every visible item has a label in the UI's language, none left to the OS.
    for (const t of [zh, en])
      for (const m of t) for (const i of items(m)) expect(i.label, JSON.stringify(i)).toBeTruthy();
  });

  it('routes every item to its action', () => {
    const a = actions();
    const t = buildMenuTemplate('en', linux, a);
    const file = items(find(t, 'File'));
    click(file.find((i) => i.label === 'Open…'));
    click(file.find((i) => i.label === 'Library'));
    click(file.find((i) => i.label === 'Import Folder…'));
    click(file.find((i) => i.label === 'Back Up Library…'));
    click(file.find((i) => i.label === 'Restore from Backup…'));
    for (const item of items(find(t, 'View')).filter((i) => i.click)) click(item);
    for (const item of items(find(t, 'Help'))) click(item);
    expect(a.calls).toEqual([
      'open',
      'command:library',
      'command:import-folder',
      'backup',
      'restore',
      'command:find',
      'command:search',
      'command:zoom-in',
      'command:zoom-out',
      'command:toggle-theme',
      'about',
      'data',
      'log',
    ]);
  });

  it('offers DevTools only when not packaged', () => {
    const roles = (packaged: boolean) =>
      items(find(buildMenuTemplate('en', { ...linux, isPackaged: packaged }, actions()), 'View')).map(
        (i) => i.role,
      );
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('toggleDevTools');
  });

  it('on macOS puts About and Quit in the app menu, in the UI language', () => {
    const t = buildMenuTemplate('zh-CN', mac, actions());
    expect(t[0]?.label).toBe('ReportLens');
    expect(items(t[0] ?? {}).map((i) => i.label)).toEqual([
      '关于 ReportLens',
      '隐藏 ReportLens',
      '隐藏其他',
      '全部显示',
      '退出',
    ]);
    expect(items(find(t, '文件')).map((i) => i.role)).not.toContain('quit');
    expect(items(find(t, '帮助')).map((i) => i.label)).toEqual(['打开数据文件夹', '显示日志文件']);
  });
});
