// Runs the .txt decode and text model in a worker (text.worker.ts) where there
// is one (the app), on the main thread where there is not (component tests).
import { AppError } from '@shared/errors';
import type { ErrorCode } from '@shared/errors';
import type { TextModel } from '@shared/model';
import { buildTextModel, decodeText } from '@shared/text';

export interface DecodedModel {
  model: TextModel;
  encoding: string;
}

export interface TextWorkerRequest {
  seq: number;
  bytes: Uint8Array;
}

export type TextWorkerReply =
  | { seq: number; progress: number }
  | { seq: number; result: DecodedModel }
  | { seq: number; error: ErrorCode; message: string };

let seq = 0;

function inThread(bytes: Uint8Array): DecodedModel {
  const { text, encoding } = decodeText(bytes);
  return { model: buildTextModel(text), encoding };
}

/** One worker per file: it is dropped when done, so its memory goes with it. */
export function decodeTextModel(
  bytes: Uint8Array,
  onProgress: (fraction: number) => void,
): Promise<DecodedModel> {
  let worker: Worker;
  try {
    if (typeof Worker === 'undefined') return Promise.resolve(inThread(bytes));
    worker = new Worker(new URL('./text.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return Promise.resolve(inThread(bytes));
  }
  const id = ++seq;
  return new Promise<DecodedModel>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<TextWorkerReply>) => {
      const reply = event.data;
      if (reply.seq !== id) return;
      if ('progress' in reply) onProgress(reply.progress);
      else {
        worker.terminate();
        if ('result' in reply) resolve(reply.result);
        else reject(new AppError(reply.error, reply.message));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      // A worker that ran out of memory: the file is too large to handle here.
      reject(new AppError('too-large', event.message || 'the text worker failed'));
    };
    // The file's bytes stay with the caller (they are stored as the source): the worker gets a copy.
    worker.postMessage({ seq: id, bytes } satisfies TextWorkerRequest);
  });
}
