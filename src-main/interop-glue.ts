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
import { fill } from './native-text';
import type { NativeText } from './native-text';

/** The native strings in the UI's language at the moment a dialog opens. */
type Text = () => NativeText['dialog'];

type Send = <E extends keyof ApiEvents>(event: E, payload: ApiEvents[E]) => void;

const PREFIX = `${LINK_SCHEME}://`;

function linkIn(argv: readonly string[]): string | undefined {
  return argv.find((a) => a.startsWith(PREFIX));
}

/** Registers the protocol; call before the app is ready. `ready` resolves with the services. */
export function registerLinks(ready: Promise<Services>, send: Send, focus: () => void, text: Text): void {
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
        const why = detail ?? (err instanceof Error ? err.message : String(err));
        dialog.showErrorBox(text().errorTitle, `${text().linkFailed}\n${why}`);
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
export function backupLibrary(
  services: () => Services | null,
  window: () => BrowserWindow | null,
  text: Text,
) {
  const parent = (): BrowserWindow | undefined => window() ?? undefined;
  return async (): Promise<void> => {
    const s = services();
    if (!s) return;
    const stamp = new Date().toISOString().slice(0, 10);
    const t = text();
    const options = {
      title: t.backupTitle,
      defaultPath: `reportlens-backup-${stamp}.zip`,
      filters: [{ name: t.zip, extensions: ['zip'] }],
    };
    const w = parent();
    const result = w ? await dialog.showSaveDialog(w, options) : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return;
    try {
      const { documents } = await writeBackup(s, result.filePath);
      const box = {
        type: 'info' as const,
        title: t.backupTitle,
        message: fill(t.backedUp, { documents, path: result.filePath }),
        buttons: [t.ok],
      };
      await (w ? dialog.showMessageBox(w, box) : dialog.showMessageBox(box));
    } catch (err) {
      dialog.showErrorBox(t.errorTitle, err instanceof Error ? err.message : String(err));
    }
  };
}

/** File › Restore from Backup…: checked whole before anything changes, then merged without duplicates. */
export function restoreLibrary(
  services: () => Services | null,
  window: () => BrowserWindow | null,
  send: Send,
  text: Text,
) {
  const parent = (): BrowserWindow | undefined => window() ?? undefined;
  return async (): Promise<void> => {
    const s = services();
    if (!s) return;
    const t = text();
    const options = {
      title: t.restoreTitle,
      properties: ['openFile' as const],
      filters: [{ name: t.zip, extensions: ['zip'] }],
    };
    const w = parent();
    const result = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
    const file = result.filePaths[0];
    if (result.canceled || !file) return;
    try {
      const r = await restoreBackupFile(s, file);
      send('command', 'library');
      const box = {
        type: 'info' as const,
        title: t.restoreTitle,
        message: t.restored,
        detail: fill(t.restoredDetail, {
          documentsAdded: r.documentsAdded,
          documentsThere: r.documentsThere,
          notesAdded: r.notesAdded,
          notesThere: r.notesThere,
          indicatorEditsRestored: r.indicatorEditsRestored,
        }),
        buttons: [t.ok],
      };
      await (w ? dialog.showMessageBox(w, box) : dialog.showMessageBox(box));
    } catch (err) {
      const detail = (err as { params?: { detail?: string } }).params?.detail;
      dialog.showErrorBox(t.errorTitle, detail ?? (err instanceof Error ? err.message : String(err)));
    }
  };
}
