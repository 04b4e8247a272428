// .docx files parsed off the renderer's main thread during a folder import
// (mammoth on a 2 MB .docx blocks for hundreds of milliseconds). Text files
// have their own worker (import/text-in-worker.ts) and PDFs pdf.js's.
import { AppError } from '@shared/errors';
import type { ErrorCode } from '@shared/errors';
import type { TextModel } from '@shared/model';
import { parseDocx } from '../import/docx';

export interface ParseRequest {
  seq: number;
  kind: 'docx';
  bytes: Uint8Array;
}

export type ParseReply =
  | { seq: number; ok: true; model: TextModel; encoding?: string }
  | { seq: number; ok: false; code: ErrorCode; message: string };

const scope = self as unknown as Worker;

// The same parser as the UI thread's, zip-bomb check included.
async function parse(bytes: Uint8Array): Promise<{ model: TextModel }> {
  return { model: await parseDocx(bytes) };
}

scope.onmessage = (event: MessageEvent<ParseRequest>) => {
  const { seq, bytes } = event.data;
  parse(bytes).then(
    (parsed) => scope.postMessage({ seq, ok: true, ...parsed } satisfies ParseReply),
    (err: unknown) =>
      scope.postMessage({
        seq,
        ok: false,
        code: err instanceof AppError ? err.code : 'internal',
        message: err instanceof Error ? err.message : String(err),
      } satisfies ParseReply),
  );
};
