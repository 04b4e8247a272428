// The built main process (out/main/main.js), run in Node with a stand-in for
// Electron's API (Electron's binary cannot be downloaded here): it creates a
// locked-down window, seeds the library, serves the app over app:// with its
// Content-Security-Policy, and answers IPC only from the window's own page.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
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
    await rm(userData, { recursive: true, force: true });

    expect(report.webPreferences).toMatchObject({
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
    expect(report.index.csp).toContain("script-src 'self'");
    expect(report.index.csp).not.toContain("'unsafe-eval'");
    expect(report.traversal).toBe(404);
    expect(report.cmap).toBe(200);
    expect(report.permissions).toEqual([false, false]);
    expect(report.windowOpen).toEqual({ action: 'deny' });
  });
});
