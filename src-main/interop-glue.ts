// Electron glue for notes in and out: the reportlens:// protocol (opened by
// the system; the link is checked like an IPC argument: only our scheme, only
// documents of the library, never a path; see services/interop/open-link.ts)
// and File > Back up / Restore (native dialogs over services/interop/backup.ts).
import { app, dialog } from 'electron';
import type { BrowserWindow } from 'electron';
import type { ApiEvents } from '../src-shared/api';
import { LINK_SCHEME } from '../src-shared/interop/links';
import type { Services } from './services/create-services';
import { restoreBackupFile, writeBackup } from './services/interop/backup';
import { resolveLink } from './services/interop/open-link';

type Send = <E extends keyof ApiEvents>(event: E, payload: ApiEvents[E]) => void;

const PREFIX = `${LINK_SCHEME}://`;

function linkIn(argv: readonly string[]): string | undefined {
  return argv.find((a) => a.startsWith(PREFIX));
}

/** Registers the protocol; call before the app is ready. `ready` resolves with the services. */
export function registerLinks(ready: Promise<Services>, send: Send, focus: () => void): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.setAsDefaultProtocolClient(LINK_SCHEME);
  const open = (url: string | undefined): void => {
    if (!url) return;
    focus();
    void ready
      .then((services) => resolveLink(services.library, services.notes, url))
      .then((passage) => send('open-passage', passage))
      .catch((err: unknown) => {
        const detail = (err as { params?: { detail?: string } }).params?.detail;
        dialog.showErrorBox('ReportLens', detail ?? (err instanceof Error ? err.message : String(err)));
      });
  };
  app.on('second-instance', (_event, argv) => open(linkIn(argv)));
  app.on('open-url', (event, url) => {
    event.preventDefault();
    open(url);
  });
  // Started by a link (Windows, Linux): open it once the window can hear.
  const first = linkIn(process.argv);
  if (first) void ready.then(() => setTimeout(() => open(first), 1500));
}

/** File › Back Up Library…: the user picks where the zip goes; it is written atomically. */
export function backupLibrary(services: () => Services | null, window: () => BrowserWindow | null) {
  const parent = (): BrowserWindow | undefined => window() ?? undefined;
  return async (): Promise<void> => {
    const s = services();
    if (!s) return;
    const stamp = new Date().toISOString().slice(0, 10);
    const options = {
      defaultPath: `reportlens-backup-${stamp}.zip`,
      filters: [{ name: 'Zip', extensions: ['zip'] }],
    };
    const w = parent();
    const result = w ? await dialog.showSaveDialog(w, options) : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return;
    try {
      const { documents } = await writeBackup(s, result.filePath);
      await dialog.showMessageBox({ message: `Backed up ${documents} documents to ${result.filePath}` });
    } catch (err) {
      dialog.showErrorBox('ReportLens', err instanceof Error ? err.message : String(err));
    }
  };
}

/** File › Restore from Backup…: checked whole before anything changes, then merged without duplicates. */
export function restoreLibrary(
  services: () => Services | null,
  window: () => BrowserWindow | null,
  send: Send,
) {
  const parent = (): BrowserWindow | undefined => window() ?? undefined;
  return async (): Promise<void> => {
    const s = services();
    if (!s) return;
    const options = {
      properties: ['openFile' as const],
      filters: [{ name: 'Zip', extensions: ['zip'] }],
    };
    const w = parent();
    const result = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
    const file = result.filePaths[0];
    if (result.canceled || !file) return;
    try {
      const r = await restoreBackupFile(s, file);
      send('command', 'library');
      await dialog.showMessageBox({
        message:
          `Documents added: ${r.documentsAdded} (already there: ${r.documentsThere})\n` +
          `Notes added: ${r.notesAdded} (already there: ${r.notesThere})\n` +
          `Indicator edits restored: ${r.indicatorEditsRestored}`,
      });
    } catch (err) {
      const detail = (err as { params?: { detail?: string } }).params?.detail;
      dialog.showErrorBox('ReportLens', detail ?? (err instanceof Error ? err.message : String(err)));
    }
  };
}
