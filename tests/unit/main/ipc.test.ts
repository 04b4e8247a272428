import { describe, expect, it, vi } from 'vitest';
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { isTrustedSender, registerIpc } from '../../../src-main/ipc';
import { IPC_CHANNEL } from '../../../src-shared/ipc-channels';

const ORIGIN = 'app://reportlens';

function fakeContents(url: string): WebContents {
  const mainFrame = { url };
  return { mainFrame } as unknown as WebContents;
}

function eventFrom(contents: WebContents, frame: { url: string } | null): IpcMainInvokeEvent {
  return { sender: contents, senderFrame: frame } as unknown as IpcMainInvokeEvent;
}

describe('isTrustedSender', () => {
  const contents = fakeContents(`${ORIGIN}/index.html`);

  it('accepts the main frame of our window showing our page', () => {
    expect(isTrustedSender(eventFrom(contents, contents.mainFrame), contents, ORIGIN)).toBe(true);
  });

  it('refuses other frames, other windows and other origins', () => {
    expect(isTrustedSender(eventFrom(contents, { url: `${ORIGIN}/index.html` }), contents, ORIGIN)).toBe(
      false,
    );
    expect(isTrustedSender(eventFrom(contents, null), contents, ORIGIN)).toBe(false);
    const other = fakeContents(`${ORIGIN}/index.html`);
    expect(isTrustedSender(eventFrom(other, other.mainFrame), contents, ORIGIN)).toBe(false);
    const evil = fakeContents('https://example.com/');
    expect(isTrustedSender(eventFrom(evil, evil.mainFrame), evil, ORIGIN)).toBe(false);
    const broken = fakeContents('not a url');
    expect(isTrustedSender(eventFrom(broken, broken.mainFrame), broken, ORIGIN)).toBe(false);
  });
});

describe('registerIpc', () => {
  it('answers untrusted senders with forbidden and never dispatches for them', async () => {
    let handler: ((event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>) | undefined;
    const ipcMain = {
      handle: (channel: string, fn: typeof handler) => {
        expect(channel).toBe(IPC_CHANNEL);
        handler = fn;
      },
    } as unknown as IpcMain;
    const dispatch = vi.fn(async () => ({ ok: true as const, value: 1 }));
    let trusted = false;
    registerIpc(ipcMain, dispatch, () => trusted);
    const event = {} as IpcMainInvokeEvent;
    expect(await handler?.(event, 'library.list', undefined)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(dispatch).not.toHaveBeenCalled();
    trusted = true;
    expect(await handler?.(event, 'library.list', undefined)).toEqual({ ok: true, value: 1 });
    expect(dispatch).toHaveBeenCalledWith('library.list', undefined);
  });
});

describe('the preload', () => {
  it('imports nothing but Electron and the channel names (a sandboxed preload cannot require more)', async () => {
    const { readFile } = await import('node:fs/promises');
    const source = await readFile(new URL('../../../src-main/preload.ts', import.meta.url), 'utf8');
    const imports = [...source.matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]);
    for (const name of imports)
      expect(['electron', '../src-shared/ipc-channels', '../src-shared/api']).toContain(name);
    // Type-only imports vanish at build time; a value import of api.ts would pull in valibot.
    expect(source).not.toMatch(/^import \{[^}]*\} from '\.\.\/src-shared\/api';$/m);
  });
});
