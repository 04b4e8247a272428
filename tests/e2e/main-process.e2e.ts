// The built main process (out/main/main.js), run in Node with a stand-in for
// Electron's API (Electron's binary cannot be downloaded here): it creates a
// locked-down window, seeds the library, serves the app over app:// with its
// Content-Security-Policy, and answers IPC only from the window's own page.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness';

const run = promisify(execFile);

describe('the main process', () => {
  it('opens one secure window, seeds the sample, serves the app and guards IPC', async () => {
    const userData = await mkdtemp(join(tmpdir(), 'reportlens-main-'));
    const { stdout } = await run(
      process.execPath,
      ['--import', join(ROOT, 'tests/e2e/electron-stub/register.mjs'), join(ROOT, 'out/main/main.js')],
      { env: { ...process.env, STUB_USER_DATA: userData, STUB_APP_PATH: ROOT }, timeout: 60_000 },
    );
    const report = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');
    const logText = await readFile(join(userData, 'userData/logs/main.log'), 'utf8');
    await rm(userData, { recursive: true, force: true });

    expect(report.webPreferences).toMatchObject({
      devTools: true,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(report.webPreferences.preload).toMatch(/out\/preload\/preload\.cjs$/);
    expect(report.schemes[0]).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true } });
    expect(report.loaded).toBe('app://reportlens/index.html');
    expect(report.ipcChannels).toEqual(['reportlens:invoke']);
    expect(report.protocolClient).toBe('reportlens');

    // The first run's library holds the sample report.
    expect(report.calls.list.ok).toBe(true);
    expect(report.calls.list.value.map((d: { fileName: string }) => d.fileName)).toEqual([
      'hengyang-2021.txt',
    ]);
    expect(report.calls.untrusted).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(report.calls.badArg).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });

    expect(report.index.status).toBe(200);
    expect(report.index.csp).toContain("default-src 'none'");
    expect(report.index.csp).toContain('script-src app:');
    expect(report.index.csp).not.toContain("'unsafe-eval'");
    expect(report.traversal).toBe(404);
    expect(report.cmap).toBe(200);
    expect(report.permissions).toEqual([false, false]);
    expect(report.windowOpen).toEqual({ action: 'deny' });

    // The CSP also comes as a header, for the page and every script (workers included).
    expect(report.index.cspHeader).toBe(report.index.csp);
    expect(report.workerCsp).toBe(report.index.csp);

    // Links: a dialog shows each http(s) URL in full; only the one the user agreed to is opened.
    expect(report.dialogs).toEqual([
      { message: '在浏览器中打开此链接？', detail: 'https://example.com/a?b=1#c', buttons: ['打开', '取消'] },
      {
        message: '在浏览器中打开此链接？',
        detail: 'https://example.org/declined',
        buttons: ['打开', '取消'],
      },
    ]);
    expect(report.opened).toEqual(['https://example.com/a?b=1#c']);

    // The menu starts in the UI's language (Chinese) and follows settings.set, which is validated.
    const tops = report.menus.map((m: Array<{ label: string }>) => m.map((i) => i.label).join(' '));
    expect(tops).toEqual([
      '文件 编辑 视图 窗口 帮助',
      'File Edit View Window Help',
      '文件 编辑 视图 窗口 帮助',
    ]);
    expect(report.calls.badLocale).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const help = report.menus[0].at(-1).submenu.map((i: { label?: string }) => i.label);
    expect(help).toEqual(['关于 ReportLens', undefined, '打开数据文件夹', '显示日志文件']);
    const viewRoles = report.menus[0][2].submenu.map((i: { role?: string }) => i.role);
    expect(viewRoles).toContain('toggleDevTools');

    // The log: start, refusals and quit, without any text a user wrote.
    expect(logText).toMatch(/INFO start version=0\.1\.0 .*packaged=false/);
    expect(logText).toContain('WARN import refused type=docx code=docx-too-large');
    expect(logText).toContain('WARN call refused method=document.open code=invalid-argument');
    expect(logText).toContain('external link outcome=opened');
    expect(logText).toContain('external link outcome=refused');
    expect(logText).toContain('INFO quit');
    expect(report.calls.refusalWithText).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(logText).not.toContain('SECRET');
  });

  it('opens the window where it was left, unless its screen is gone', async () => {
    const userData = await mkdtemp(join(tmpdir(), 'reportlens-main-'));
    const launch = async (env: Record<string, string> = {}) => {
      const { stdout } = await run(
        process.execPath,
        ['--import', join(ROOT, 'tests/e2e/electron-stub/register.mjs'), join(ROOT, 'out/main/main.js')],
        { env: { ...process.env, STUB_USER_DATA: userData, STUB_APP_PATH: ROOT, ...env }, timeout: 60_000 },
      );
      return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');
    };
    try {
      // The first launch: the default size, centred; the user then moves and resizes the window.
      const first = await launch({ STUB_MOVE_TO: '300,120,1100,720' });
      expect(first.window).toEqual({ width: 1400, height: 900, maximized: false });
      expect(first.placeKept).toEqual({ x: 300, y: 120, width: 1100, height: 720, maximized: false });
      // The next launch opens it there.
      expect((await launch()).window).toEqual({ x: 300, y: 120, width: 1100, height: 720, maximized: false });
      // Maximized when left maximized (its size when restored kept).
      const file = join(userData, 'userData/window-place.json');
      await writeFile(file, JSON.stringify({ x: 300, y: 120, width: 1100, height: 720, maximized: true }));
      expect((await launch()).window).toEqual({ x: 300, y: 120, width: 1100, height: 720, maximized: true });
      // On a narrower screen than the window: the default size, no larger than the screen.
      await writeFile(file, JSON.stringify({ x: 300, y: 120, width: 1100, height: 720, maximized: false }));
      expect((await launch({ STUB_SCREEN_WIDTH: '1000' })).window).toEqual({
        width: 1000,
        height: 900,
        maximized: false,
      });
    } finally {
      await rm(userData, { recursive: true, force: true });
    }
  });

  it('packaged: no DevTools in the window or the menu', async () => {
    const userData = await mkdtemp(join(tmpdir(), 'reportlens-main-'));
    const { stdout } = await run(
      process.execPath,
      ['--import', join(ROOT, 'tests/e2e/electron-stub/register.mjs'), join(ROOT, 'out/main/main.js')],
      {
        env: { ...process.env, STUB_USER_DATA: userData, STUB_APP_PATH: ROOT, STUB_PACKAGED: '1' },
        timeout: 60_000,
      },
    );
    const report = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');
    await rm(userData, { recursive: true, force: true });
    expect(report.webPreferences.devTools).toBe(false);
    const viewRoles = report.menus[0][2].submenu.map((i: { role?: string }) => i.role);
    expect(viewRoles).not.toContain('toggleDevTools');
  });
});
