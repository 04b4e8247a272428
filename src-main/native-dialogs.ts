// The native dialogs main shows for the renderer and the menu: open, folder,
// save, about and the question before an external link. Each path comes from
// the user's choice in a dialog, never from the renderer.
import { join } from 'node:path';
import { app, dialog, shell } from 'electron';
import type { BrowserWindow } from 'electron';
import type { PickedFile } from '../src-shared/api';
import type { Locale } from '../src-shared/model';
import { openExternalAfterAsking } from './external-links';
import { nativeText } from './native-text';
import { readPickedFiles } from './pick-files';
import { readReportFolder } from './services/corpus/folder';
import type { FolderListing } from './services/corpus/folder';
import { writeFileAtomic } from './services/atomic-write';
import type { LogFile } from './services/log-file';

const SAVE_FILTERS: Record<string, string> = {
  md: 'Markdown',
  pdf: 'PDF',
  jsonld: 'JSON-LD',
  json: 'JSON',
  csv: 'CSV',
  xlsx: 'Excel',
  zip: 'Zip',
};

export interface NativeDialogs {
  pickFiles(): Promise<PickedFile[]>;
  /** The folder the user chose, walked here. */
  pickFolder(): Promise<FolderListing | null>;
  /** Written (atomically) where the user chose. */
  saveFile(suggestedName: string, content: string | Uint8Array): Promise<{ path: string } | null>;
  showAbout(): void;
  askAndOpenExternal(url: string): Promise<void>;
}

/** The dialogs, over the window of the moment (none: app-modal) and in the UI's language of the moment. */
export function nativeDialogs(
  window: () => BrowserWindow | null,
  locale: () => Locale,
  log: LogFile,
): NativeDialogs {
  const openDialog = (options: Electron.OpenDialogOptions) => {
    const win = window();
    return win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options);
  };
  const messageBox = (options: Electron.MessageBoxOptions) => {
    const win = window();
    return win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options);
  };

  return {
    async pickFiles() {
      const t = nativeText(locale()).dialog;
      const result = await openDialog({
        properties: ['openFile', 'multiSelections'],
        filters: [
          { name: t.reports, extensions: ['pdf', 'txt', 'docx'] },
          { name: t.allFiles, extensions: ['*'] },
        ],
      });
      return result.canceled ? [] : readPickedFiles(result.filePaths);
    },

    async pickFolder() {
      const t = nativeText(locale()).dialog;
      const result = await openDialog({
        title: t.chooseFolder,
        buttonLabel: t.importFolder,
        properties: ['openDirectory'],
      });
      const folder = result.filePaths[0];
      return result.canceled || !folder ? null : readReportFolder(folder);
    },

    async saveFile(suggestedName, content) {
      const ext = /\.([a-z]+)$/i.exec(suggestedName)?.[1]?.toLowerCase() ?? 'md';
      const options = {
        defaultPath: join(app.getPath('documents'), suggestedName.replace(/[\\/:*?"<>|]/g, '_')),
        filters: [{ name: SAVE_FILTERS[ext] ?? ext, extensions: [ext] }],
      };
      const win = window();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      await writeFileAtomic(result.filePath, content);
      return { path: result.filePath };
    },

    showAbout() {
      const detail = `${app.getVersion()}\nElectron ${process.versions['electron'] ?? '?'} · Chromium ${process.versions['chrome'] ?? '?'}`;
      const buttons = [nativeText(locale()).dialog.ok];
      void messageBox({ type: 'info', title: app.name, message: app.name, detail, buttons });
    },

    async askAndOpenExternal(url) {
      const outcome = await openExternalAfterAsking(url, locale(), {
        confirm: async (message, detail, [open, cancel]) => {
          const { response } = await messageBox({
            type: 'question',
            message,
            detail,
            buttons: [open, cancel],
            defaultId: 1,
            cancelId: 1,
          });
          return response === 0;
        },
        // Reviewed: external-links.ts lets only http(s) through, after the user saw the whole URL.
        openInBrowser: (href) => shell.openExternal(href) /* eng-disable OPEN_EXTERNAL_JS_CHECK */,
      });
      log.info('external link', { outcome });
    },
  };
}
