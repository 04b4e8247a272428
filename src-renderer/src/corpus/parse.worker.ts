// Text and .docx files parsed off the renderer's main thread during a folder
// import (mammoth on a 2 MB .docx blocks for hundreds of milliseconds). PDFs
// need no help: pdf.js parses them in its own worker.
import { AppError } from '@shared/errors';
import type { ErrorCode } from '@shared/errors';
import type { TextModel } from '@shared/model';
import { buildTextModel, decodeText } from '@shared/text';

export interface ParseRequest {
  seq: number;
  kind: 'txt' | 'docx';
  bytes: Uint8Array;
}

export type ParseReply =
  | { seq: number; ok: true; model: TextModel; encoding?: string }
  | { seq: number; ok: false; code: ErrorCode; message: string };

const scope = self as unknown as Worker;

async function parse(
  kind: 'txt' | 'docx',
  bytes: Uint8Array,
): Promise<{ model: TextModel; encoding?: string }> {
  if (kind === 'txt') {
    const { text, encoding } = decodeText(bytes);
    return { model: buildTextModel(text), encoding };
  }
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new AppError('docx-invalid');
  const { default: mammoth } = await import('mammoth/mammoth.browser.js');
  try {
    const result = await mammoth.extractRawText({ arrayBuffer: bytes.slice().buffer });
    return { model: buildTextModel(result.value) };
  } catch (err) {
    throw new AppError('docx-invalid', err instanceof Error ? err.message : String(err));
  }
}

scope.onmessage = (event: MessageEvent<ParseRequest>) => {
  const { seq, kind, bytes } = event.data;
  parse(kind, bytes).then(
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
