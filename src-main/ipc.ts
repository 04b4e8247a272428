// The one IPC channel: every call from the renderer arrives here, the sender
// is checked, and the dispatcher validates the argument before a service runs.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { IPC_CHANNEL } from '../src-shared/api';
import type { Envelope } from '../src-shared/errors';

export type Dispatch = (method: unknown, arg: unknown) => Promise<Envelope<unknown>>;

/** Only the main frame of our own window, showing our own page, may call. */
export function isTrustedSender(
  event: IpcMainInvokeEvent,
  contents: WebContents,
  appOrigin: string,
): boolean {
  const frame = event.senderFrame;
  if (!frame || event.sender !== contents || frame !== contents.mainFrame) return false;
  // Compare prefixes, not URL.origin: Node gives custom schemes the origin 'null'.
  return frame.url.startsWith(`${appOrigin}/`);
}

export function registerIpc(
  ipcMain: IpcMain,
  dispatch: Dispatch,
  trusted: (event: IpcMainInvokeEvent) => boolean,
): void {
  ipcMain.handle(IPC_CHANNEL, async (event, method: unknown, arg: unknown) => {
    if (!trusted(event)) {
      return {
        ok: false,
        error: { code: 'forbidden', message: 'untrusted sender' },
      } satisfies Envelope<never>;
    }
    return dispatch(method, arg);
  });
}
