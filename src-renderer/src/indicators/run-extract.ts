// Runs the extractor in a worker where there is one (the app), on the main
// thread after the current frame where there is not (component tests); the
// extractor is loaded here only then, not with the app. The worker is ended
// once nothing waits on it: kept idle, it held what its extractions left
// behind (opening and closing the 352-page book 10 times
// took the renderer 275 -> 305 MB with it kept, 273 -> 290 MB with it ended,
// 268 -> 285 MB with no extraction at all). A caller with more to extract
// right after (the corpus view, report after report) holds it meanwhile.
import type { Indicator } from '@shared/indicators';
import type { TextModel } from '@shared/model';
import { toRaw } from 'vue';

let worker: Worker | null = null;
let seq = 0;
const waiting = new Map<number, { resolve: (v: Indicator[]) => void; reject: (e: Error) => void }>();
/** Callers that have said more extractions follow (holdExtractor). */
let holders = 0;

/** Ends the worker if no extraction waits on it and no caller holds it. */
function endIfIdle(): void {
  if (!worker || waiting.size > 0 || holders > 0) return;
  worker.terminate();
  worker = null;
}

/**
 * Keeps the worker between extractions until the returned function is called
 * (a loop over many reports, which would otherwise start a worker for each).
 */
export function holdExtractor(): () => void {
  holders++;
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    holders--;
    endIfIdle();
  };
}

function getWorker(): Worker | null {
  if (worker || typeof Worker === 'undefined') return worker;
  try {
    worker = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  worker.onmessage = (event: MessageEvent<{ seq: number; indicators?: Indicator[]; error?: string }>) => {
    const w = waiting.get(event.data.seq);
    waiting.delete(event.data.seq);
    if (!w) return;
    if (event.data.indicators) w.resolve(event.data.indicators);
    else w.reject(new Error(event.data.error ?? 'extraction failed'));
    endIfIdle();
  };
  worker.onerror = (event) => {
    event.preventDefault();
    // A worker that cannot start: finish what waits on it here, and stop using it.
    worker = null;
    for (const w of waiting.values()) w.reject(new Error('worker failed'));
    waiting.clear();
  };
  return worker;
}

async function inThread(model: TextModel): Promise<Indicator[]> {
  const { extract } = await import('@shared/indicators');
  return new Promise((resolve, reject) =>
    setTimeout(() => {
      try {
        resolve(extract(model));
      } catch (err) {
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    }, 0),
  );
}

export async function extractInBackground(model: TextModel): Promise<Indicator[]> {
  const w = getWorker();
  if (!w) return inThread(model);
  const id = ++seq;
  // The text goes over as UTF-8 bytes the worker takes (transferred, not
  // copied again); the rest of the model is small, or plain arrays of numbers.
  const { text, ...rest } = toRaw(model);
  const bytes = new TextEncoder().encode(text);
  try {
    return await new Promise<Indicator[]>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      w.postMessage({ seq: id, rest, bytes }, [bytes.buffer]);
    });
  } catch {
    // Not sent (or the worker failed): nothing waits on it for this one.
    waiting.delete(id);
    endIfIdle();
    return inThread(model);
  }
}
