// The only bridge between the sandboxed page and the main process: one invoke
// channel and one event channel, nothing else of Electron is exposed.
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { IPC_CHANNEL, IPC_EVENT_CHANNEL } from '../src-shared/ipc-channels';
import type { Bridge } from '../src-shared/api';

const bridge: Bridge = {
  invoke: (method, arg) => ipcRenderer.invoke(IPC_CHANNEL, method, arg),
  on(event, listener) {
    const handler = (_e: IpcRendererEvent, name: unknown, payload: unknown): void => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(IPC_EVENT_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, handler);
    };
  },
};

contextBridge.exposeInMainWorld('api', bridge);
