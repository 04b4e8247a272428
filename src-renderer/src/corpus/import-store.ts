// Importing a whole folder: one file after another, parsed here in the
// sandboxed renderer (pdf.js in its worker), with one progress bar for the
// batch and a summary at the end: imported, already there, refused with the
// reason, and what the folder held that is not a report.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { PickedFile } from '@shared/api';
import type { FolderPick } from '@shared/corpus/api';
import { needsPlace } from '@shared/corpus/place';
import { sameRegionYear } from './grouping';
import type { DocumentRecord } from '@shared/model';
import { AppError } from '@shared/errors';
import { api } from '../api';
import { describeError } from '../errors';
import { endParser, parseOffThread } from './parse-off-thread';
import { useDialogs } from '../stores/dialogs';
import { useLibrary } from '../stores/library';
import { useNotify } from '../stores/notify';

export interface BatchSummary {
  folder: string;
  imported: DocumentRecord[];
  duplicates: DocumentRecord[];
  refused: Array<{ name: string; reason: string }>;
  /** Warnings about files that were imported (no text layer, pages left out). */
  warnings: string[];
  skipped: FolderPick['skipped'];
  /** Reports of this batch whose year or region could not be told: the user is asked. */
  needsPlace: DocumentRecord[];
  /** Reports of this batch that claim the region and year of another report (both kept). */
  twins: Array<{ doc: DocumentRecord; others: DocumentRecord[] }>;
}

/** Lets the window draw and answer input between two files. */
const yieldToUi = () => new Promise<void>((ok) => setTimeout(ok, 0));

export const useCorpusImport = defineStore('corpus-import', () => {
  const summary = ref<BatchSummary | null>(null);
  const running = ref(false);
  /** The folder dialog is open or main is walking the chosen folder (thousands of files take a moment). */
  const reading = ref(false);
  const library = useLibrary();
  const dialogs = useDialogs();
  const notify = useNotify();

  async function importOne(file: PickedFile, batch: BatchSummary): Promise<void> {
    try {
      if (!file.bytes) throw new AppError(file.error ?? 'internal');
      const bytes = file.bytes;
      const parsed = await parseOffThread(file.fileName, bytes, {
        onProgress: (fraction) => {
          if (library.progress) library.progress = { ...library.progress, fraction };
        },
        askPassword: (reason) => dialogs.askPassword(file.fileName, reason === 'wrong'),
      });
      const { record, duplicate } = await library.store(file.fileName, bytes, parsed, file.token);
      (duplicate ? batch.duplicates : batch.imported).push(record);
      if (parsed.noText) batch.warnings.push(`${file.fileName}: ${describeError(new AppError('no-text'))}`);
    } catch (err) {
      batch.refused.push({ name: file.fileName, reason: describeError(err) });
    }
  }

  /** A batch of files already read (a folder dropped on the window). */
  function importBatch(folder: string, files: PickedFile[], skipped: FolderPick['skipped']) {
    return runBatch(
      folder,
      files.map((f) => f.fileName),
      async (i) => files[i] ?? { fileName: '', bytes: null, error: 'not-found' },
      skipped,
    );
  }

  /** Imports `names` in turn, each file fetched only when its turn comes. */
  async function runBatch(
    folder: string,
    names: string[],
    fileAt: (index: number) => Promise<PickedFile>,
    skipped: FolderPick['skipped'],
  ) {
    if (running.value) return;
    running.value = true;
    const batch: BatchSummary = {
      folder,
      imported: [],
      duplicates: [],
      refused: [],
      warnings: [],
      skipped,
      needsPlace: [],
      twins: [],
    };
    try {
      for (const [i, name] of names.entries()) {
        library.progress = { name, index: i + 1, total: names.length, fraction: 0 };
        await yieldToUi();
        const file = await fileAt(i).catch((): PickedFile => ({
          fileName: name,
          bytes: null,
          error: 'internal',
        }));
        await importOne({ ...file, fileName: name }, batch);
        // The list grows as the batch goes; refreshing every few files keeps the UI light.
        if (i % 5 === 4) await library.refresh();
      }
    } finally {
      endParser();
      library.progress = null;
      running.value = false;
      await library.refresh();
    }
    summary.value = { ...batch, ...questionsAbout([...batch.imported, ...batch.duplicates]) };
  }

  /** What the library must ask about the batch's reports, read from the library as it is now. */
  function questionsAbout(records: DocumentRecord[]): Pick<BatchSummary, 'needsPlace' | 'twins'> {
    const now = new Map(library.documents.map((d) => [d.id, d]));
    const docs = [...new Set(records.map((r) => r.id))].flatMap((id) => now.get(id) ?? []);
    const twins = sameRegionYear(library.documents);
    // Two reports of one batch that claim each other are told once.
    const told = new Set<string>();
    return {
      needsPlace: docs.filter(needsPlace),
      twins: docs.flatMap((doc) => {
        const others = twins.get(doc.id);
        if (!others || told.has(doc.id)) return [];
        for (const o of others) told.add(o.id);
        return [{ doc, others }];
      }),
    };
  }

  /** Asks main for a folder (its native dialog), then imports every report in it. */
  async function importFolder(): Promise<void> {
    if (reading.value || running.value) return;
    reading.value = true;
    try {
      const pick = await api.invoke('library.pickFolder', undefined).finally(() => (reading.value = false));
      if (pick?.listed) {
        // Main listed the folder; each report is read from disk when its turn comes.
        await runBatch(
          pick.folder,
          pick.listed,
          (index) => api.invoke('library.readFolderFile', { index }),
          pick.skipped,
        );
      } else if (pick) await importBatch(pick.folder, pick.files, pick.skipped);
    } catch (err) {
      notify.push('error', () => describeError(err));
    }
  }

  return { summary, running, reading, importFolder, importBatch };
});
