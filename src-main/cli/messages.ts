// One line for each error a user can cause, in the terms of the command line.
import type { ErrorCode } from '../../src-shared/errors';
import { AppError } from '../../src-shared/errors';

const MESSAGES: Record<ErrorCode, (p: Record<string, string | number>) => string> = {
  'empty-file': (p) => `${p.path ?? 'the file'} is empty`,
  'too-large': (p) => `${p.path ?? 'the file'} is too large to open`,
  'binary-file': () => 'this is not a text file (it holds binary data)',
  'unsupported-type': (p) => `cannot open ${p.name ?? 'this file'}: only .txt, .pdf and .docx are supported`,
  'docx-invalid': () => 'this .docx file is damaged or not a Word document',
  'txt-too-large': (p) => `this text file is too large to open (the limit is ${p.limit ?? 64} MB)`,
  'docx-too-large': () => 'this .docx file is too large when unpacked (a zip bomb?)',
  'pdf-invalid': () => 'this PDF is damaged or not a PDF',
  'pdf-password': () => 'this PDF is protected by a password',
  'pdf-too-complex': () => 'this PDF is too complex to read',
  'pdf-page-tree': () => "this PDF's page tree is damaged: notes cannot be placed on their pages",
  'no-text': () => 'the document has no text (a scanned PDF needs OCR first)',
  'invalid-argument': (p) => String(p.detail ?? 'invalid argument'),
  'not-found': (p) => `no such file: ${p.path ?? ''}`.trim(),
  'picked-gone': () => 'the chosen file is no longer held; choose it again',
  forbidden: () => 'permission denied',
  storage: () => 'could not write the output',
  internal: () => 'internal error',
};

/** The message for an error: an AppError's own line, anything else an internal error. */
export function describeError(err: unknown): string {
  if (err instanceof AppError) return MESSAGES[err.code](err.params ?? {});
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'EACCES' || code === 'EPERM') return MESSAGES.forbidden({});
  return `internal error: ${err instanceof Error ? err.message : String(err)}`;
}
