// Decoding a .txt and building its text model, off the renderer's main thread:
// a report of tens of MB takes seconds, and the window must keep answering.
import { AppError } from '@shared/errors';
import { buildTextModel, decodeText } from '@shared/text';
import type { TextWorkerReply, TextWorkerRequest } from './text-in-worker';

// A dedicated worker's scope posts like a Worker (the DOM typings only know Window's postMessage).
const scope = self as unknown as Worker;

scope.onmessage = (event: MessageEvent<TextWorkerRequest>) => {
  const { seq, bytes } = event.data;
  const post = (reply: TextWorkerReply) => scope.postMessage(reply);
  try {
    // Decoding is the first half of the work, the model the second.
    const { text, encoding } = decodeText(bytes, (f) => post({ seq, progress: f * 0.5 }));
    post({ seq, progress: 0.5 });
    const model = buildTextModel(text);
    post({ seq, result: { model, encoding } });
  } catch (err) {
    post({
      seq,
      error: err instanceof AppError ? err.code : 'internal',
      message: err instanceof Error ? err.message : String(err),
    });
  }
};
