// The library: the documents list, and importing files with visible progress.
// Parsing happens here in the renderer; the main process stores the result.
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { ApiArgs, PickedFile } from '@shared/api';
import type { DocumentRecord } from '@shared/model';
import { MAX_IMPORT_BYTES } from '@shared/model';
import { AppError } from '@shared/errors';
import { api } from '../api';
import { takeLaunchAnswer } from '../launch';
import { describeError } from '../errors';
import { i18n } from '../i18n';
import { fileKind } from '../import/file-kind';
import { pageRanges } from '@shared/pdf/page-ranges';
import { parseFile, type ParsedFile } from '../import/parse-file';
import { savePdfNotes } from '../interop/pdf-notes';
import { pdfNotesMessage } from '../interop/messages';
import { useDialogs } from './dialogs';
import { useNotify } from './notify';
import { rememberPassword } from '../pdf/passwords';
import { warmPdfWhenIdle } from '../pdf/warm';

/** An import's messages outlive the view change it leads to (a single file opens once imported). */
const KEEP = { keep: true } as const;

export interface ImportProgress {
  name: string;
  index: number;
  total: number;
  /** 0..1 within the current file. */
  fraction: number;
}

export const useLibrary = defineStore('library', () => {
  // Shallow: the rows are replaced whole, never changed in place, so each of a
  // hundred records need not be a reactive proxy that every row render tracks.
  const documents = shallowRef<readonly DocumentRecord[]>([]);
  const progress = ref<ImportProgress | null>(null);
  const notify = useNotify();
  const dialogs = useDialogs();
  const t = i18n.global.t;

  async function refresh(): Promise<void> {
    // The first list may have been asked before the app loaded (launch-early.ts).
    documents.value = await (takeLaunchAnswer('library.list') ?? api.invoke('library.list', undefined));
  }

  /** Tells the main process's log what was refused and why (never the file's name or content). */
  function logRefusal(fileName: string, err: unknown): void {
    const type = fileKind(fileName) ?? 'other';
    const code = err instanceof AppError ? err.code : 'internal';
    api.invoke('app.logImportRefusal', { type, code }).catch(() => undefined);
  }

  /** The PDF's own annotations as notes; a failure here costs those notes, not the import. */
  async function addPdfNotes(record: DocumentRecord, bytes: Uint8Array, parsed: ParsedFile): Promise<void> {
    if (!parsed.pdf) return;
    try {
      const r = await savePdfNotes(record.id, parsed.model, bytes, parsed.pdf);
      if (r.annotations.length > 0 || r.others.length > 0)
        notify.push('info', () => pdfNotesMessage(r), KEEP);
    } catch (err) {
      notify.push('error', () => t('interop.pdfNotesFailed', { reason: describeError(err) }));
    }
  }

  /**
   * Hands a parsed file to the main process and keeps what comes with it (the
   * PDF's password for this session, its own annotations as notes). Every
   * import path (files, folders) ends here.
   */
  async function store(
    fileName: string,
    bytes: Uint8Array,
    parsed: ParsedFile,
    /** The token main gave the file when it read it (PickedFile.token): its bytes need not travel back. */
    token?: string,
  ): Promise<{ record: DocumentRecord; duplicate: boolean }> {
    const args = {
      fileName,
      model: parsed.model,
      ...(parsed.encoding ? { encoding: parsed.encoding } : {}),
      ...(parsed.pages !== undefined ? { pages: parsed.pages } : {}),
      ...(parsed.title ? { title: parsed.title } : {}),
    };
    const result = await (
      token === undefined
        ? api.invoke('library.import', { ...args, bytes })
        : api.invoke('library.import', { ...args, picked: token }).catch((err: unknown) => {
            // Main let the file go (kept too long, or too many besides): the bytes travel after all.
            if (err instanceof AppError && err.code === 'picked-gone')
              return api.invoke('library.import', { ...args, bytes });
            throw err;
          })
    ).finally(() => {
      // The PDF's text is stored: a worker for the next one starts at a pause (extract-pdf.ts).
      if (parsed.pdf) warmPdfWhenIdle();
    });
    if (parsed.password !== undefined) rememberPassword(result.record.id, parsed.password);
    if (parsed.pdf && parsed.pdf.annotations.length > 0) await addPdfNotes(result.record, bytes, parsed);
    return result;
  }

  /** Imports one file; `quiet` leaves success to the batch's summary. */
  async function importOne(file: PickedFile, quiet: boolean): Promise<DocumentRecord | null> {
    try {
      if (!file.bytes) throw new AppError(file.error ?? 'internal');
      if (file.bytes.length > MAX_IMPORT_BYTES) throw new AppError('too-large');
      const bytes = file.bytes;
      const parsed = await parseFile(file.fileName, bytes, {
        onProgress: (fraction) => {
          // Whole percents only: a 352-page book would otherwise redraw the library 352 times.
          const p = progress.value;
          if (p && Math.floor(fraction * 100) !== Math.floor(p.fraction * 100))
            progress.value = { ...p, fraction };
        },
        askPassword: (reason) => dialogs.askPassword(file.fileName, reason === 'wrong'),
      });
      const { record, duplicate } = await store(file.fileName, bytes, parsed, file.token);
      if (!quiet)
        notify.push(
          'info',
          () => t(duplicate ? 'library.duplicate' : 'library.imported', { title: record.title }),
          KEEP,
        );
      if (parsed.noText) notify.push('warning', () => t('library.noText', { title: record.title }), KEEP);
      const skipped = parsed.skippedPages;
      if (skipped) {
        notify.push(
          'warning',
          // Ranges written the language's way too (、 or a comma).
          () =>
            t('library.skippedPages', {
              title: record.title,
              pages: pageRanges(skipped, String(i18n.global.locale.value)),
            }),
          KEEP,
        );
      }
      return record;
    } catch (err) {
      notify.push('error', () => t('library.failed', { name: file.fileName, reason: describeError(err) }));
      logRefusal(file.fileName, err);
      return null;
    }
  }

  /** Imports one file after another; returns the records that were imported. */
  async function importFiles(files: PickedFile[]): Promise<DocumentRecord[]> {
    const done: DocumentRecord[] = [];
    try {
      for (const [i, file] of files.entries()) {
        progress.value = { name: file.fileName, index: i + 1, total: files.length, fraction: 0 };
        const record = await importOne(file, files.length > 1);
        if (record) {
          done.push(record);
          // The list grows as the batch goes, not only at its end: the stored
          // record joins the rows at once (the library lists them in import
          // order), and the list asked for at the end puts right anything else.
          if (!documents.value.some((d) => d.id === record.id))
            documents.value = [...documents.value, record];
        }
      }
      if (files.length > 1) {
        const counts = { done: done.length, failed: files.length - done.length };
        notify.push('info', () => t('library.batchDone', counts), KEEP);
      }
    } finally {
      progress.value = null;
      await refresh();
    }
    return done;
  }

  async function update(id: string, patch: ApiArgs['library.update']['patch']) {
    try {
      await api.invoke('library.update', { id, patch });
    } catch (err) {
      notify.push('error', () => describeError(err));
    }
    await refresh();
  }

  async function remove(doc: DocumentRecord): Promise<boolean> {
    if (!(await dialogs.confirm(t('library.confirmDelete', { title: doc.title })))) return false;
    try {
      await api.invoke('library.remove', { id: doc.id });
    } catch (err) {
      notify.push('error', () => describeError(err));
    }
    await refresh();
    return true;
  }

  /** The type of document `id` as its row says (undefined when the rows do not hold it). */
  function typeOf(id: string): DocumentRecord['type'] | undefined {
    return documents.value.find((d) => d.id === id)?.type;
  }

  return { documents, progress, refresh, importFiles, store, update, remove, typeOf };
});
