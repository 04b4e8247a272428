// Extraction off the renderer's main thread: a 20 MB report takes seconds,
// and the reader must stay scrollable meanwhile.
import { extract } from '@shared/indicators';
import type { TextModel } from '@shared/model';

// A dedicated worker's scope posts like a Worker (the DOM typings only know Window's postMessage).
const scope = self as unknown as Worker;

scope.onmessage = (
  event: MessageEvent<{ seq: number; rest: Omit<TextModel, 'text'>; bytes: Uint8Array }>,
) => {
  const { seq, rest, bytes } = event.data;
  try {
    const model: TextModel = { ...rest, text: new TextDecoder().decode(bytes) };
    scope.postMessage({ seq, indicators: extract(model) });
  } catch (err) {
    scope.postMessage({ seq, error: err instanceof Error ? err.message : String(err) });
  }
};
