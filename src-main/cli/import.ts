// `import FILE... [--data DIR]`: documents added to the library as the app
// adds them (any supported format), one line per file:
//   imported  <id>  <file>  <title>  <n> notes from the PDF
//   same      <id>  <file>  <title>  <n> notes from the PDF   (already there)
//   failed    -     <file>  <reason>
// A PDF's own annotations come in as notes, never twice. A file that fails
// does not stop the others; the exit code then says one failed.
import { basename } from 'node:path';
import { AppError } from '../../src-shared/errors';
import { pdfAnnotationsToNotes } from '../../src-shared/interop/pdf-annotations';
import { loadDocument, type LoadedDocument } from '../load';
import { createServices, type Services } from '../services/create-services';
import { describeError } from './messages';
import { libraryDir, type Environment } from './notes';
import { parseOptions, usageFail } from './options';

export const IMPORT_USAGE = `usage: reportlens import FILE... [--data DIR]

  adds .txt, .pdf and .docx files to the library (a PDF's own annotations come in as notes);
  prints one line per file: imported|same|failed, id, file, title, notes from the PDF`;

export interface ImportCommand {
  command: 'import';
  files: string[];
  data?: string;
}

export function parseImportArgs(rest: readonly string[]): ImportCommand {
  const { positional, options } = parseOptions(rest, ['data'], IMPORT_USAGE);
  if (positional.length === 0) throw usageFail('no file given', IMPORT_USAGE);
  const data = options.get('data');
  return { command: 'import', files: positional, ...(data !== undefined ? { data } : {}) };
}

/** Adds the PDF's own annotations to the document's notes; how many were new. */
export async function importPdfNotes(services: Services, id: string, doc: LoadedDocument): Promise<number> {
  if (!doc.pdf || doc.pdf.annotations.length === 0) return 0;
  const existing = new Set((await services.notes.list({ id })).map((a) => a.id));
  const { model } = await services.library.open({ id });
  const found = pdfAnnotationsToNotes({
    model,
    pageItems: doc.pdf.pageItems,
    annotations: doc.pdf.annotations,
    existing,
    now: new Date().toISOString(),
  });
  if (found.annotations.length > 0)
    await services.notes.save({ id, upserts: found.annotations, deletes: [] });
  return found.annotations.length;
}

const clean = (s: string): string => s.replace(/[\t\r\n]+/g, ' ');

export async function runImport(
  cmd: ImportCommand,
  write: (line: string) => Promise<void>,
  environment?: Environment,
): Promise<number> {
  const services = await createServices(libraryDir(cmd.data, environment), { log: () => undefined });
  let failed = 0;
  try {
    for (const file of cmd.files) {
      try {
        const doc = await loadDocument(file);
        const { record, duplicate } = await services.library.import({
          fileName: basename(file),
          bytes: doc.bytes,
          model: doc.model,
          ...(doc.encoding ? { encoding: doc.encoding } : {}),
          ...(doc.pages !== undefined ? { pages: doc.pages } : {}),
          ...(doc.title ? { title: doc.title } : {}),
        });
        const notes = await importPdfNotes(services, record.id, doc);
        await services.flush();
        const status = duplicate ? 'same' : 'imported';
        await write(
          `${status}\t${record.id}\t${clean(file)}\t${clean(record.title)}\t${notes} notes from the PDF\n`,
        );
      } catch (err) {
        if (!(err instanceof AppError) && (err as { code?: unknown } | null)?.code === 'EPIPE') throw err;
        failed++;
        await write(`failed\t-\t${clean(file)}\t${clean(describeError(err))}\n`);
      }
    }
  } finally {
    await services.flush();
  }
  return failed === 0 ? 0 : 1;
}
