// `pdf FILE_OR_DOC_ID --out COPY.pdf [--data DIR]`: a copy of a PDF in the
// library with the user's highlights and underlines as real annotations
// (src-shared/interop/pdf-write.ts). The original is never written; the copy
// is written atomically; notes that came from the file's own annotations are
// already in it and are not written twice.
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { pdfAnnotationsToNotes } from '../../src-shared/interop/pdf-annotations';
import { writePdfCopy } from '../../src-shared/interop/pdf-write';
import { loadPdf } from '../load/pdf';
import { nodeWriteOps, writeFileAtomic } from '../services/atomic-write';
import { readSource } from '../services/doc-files';
import { libraryPaths } from '../services/paths';
import { libraryDir, loadNotes, type Environment } from './notes';
import { parseOptions, usageFail } from './options';

export const PDF_USAGE = `usage: reportlens pdf FILE_OR_DOC_ID --out COPY.pdf [--data DIR]

  writes a copy of the PDF with your highlights and notes as PDF annotations`;

export interface PdfCommand {
  command: 'pdf';
  target: string;
  out: string;
  data?: string;
}

export function parsePdfArgs(rest: readonly string[]): PdfCommand {
  const { positional, options } = parseOptions(rest, ['out', 'data'], PDF_USAGE);
  if (positional.length !== 1) throw usageFail('give one file or document id', PDF_USAGE);
  const out = options.get('out');
  if (!out) throw usageFail('--out COPY.pdf is required', PDF_USAGE);
  const data = options.get('data');
  return { command: 'pdf', target: positional[0] ?? '', out, ...(data !== undefined ? { data } : {}) };
}

function author(): string {
  try {
    return userInfo().username;
  } catch {
    return 'ReportLens';
  }
}

export async function runPdfCopy(cmd: PdfCommand, environment?: Environment): Promise<string> {
  const dir = libraryDir(cmd.data, environment);
  const { record, model, annotations } = await loadNotes(cmd.target, dir);
  if (record.type !== 'pdf')
    throw usageFail(`${record.title} is not a PDF (it is a .${record.type} document)`);
  const out = resolve(cmd.out);
  if (out === resolve(cmd.target)) throw usageFail('--out must be a new file: the original is never written');
  const bytes = await readSource(libraryPaths(dir), record.id, 'pdf');
  const parsed = await loadPdf(bytes);
  const own = pdfAnnotationsToNotes({
    model,
    pageItems: parsed.pageItems,
    annotations: parsed.annotations,
    existing: new Set(),
    now: new Date().toISOString(),
  });
  const copy = await writePdfCopy({
    bytes,
    model,
    pageItems: parsed.pageItems,
    annotations,
    author: author(),
    skip: new Set(own.annotations.map((a) => a.id)),
  });
  await writeFileAtomic(out, copy.bytes, nodeWriteOps);
  return `written: ${copy.written}\nnot written: ${copy.notWritten}\n${out}\n`;
}
