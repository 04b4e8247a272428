// A file of a folder import: a .docx is parsed in a worker; text (decoded in
// a worker by parseFile), a PDF (pdf.js has its own worker) or a renderer
// without workers (component tests) goes through the usual parseFile.
import { AppError } from '@shared/errors';
import { fileKind, parseFile } from '../import/parse-file';
import type { ParsedFile, ParseHooks } from '../import/parse-file';
import type { ParseReply, ParseRequest } from './parse.worker';

let worker: Worker | null = null;
let broken = false;
let seq = 0;
const waiting = new Map<number, (reply: ParseReply) => void>();

function getWorker(): Worker | null {
  if (worker || broken || typeof Worker === 'undefined') return worker;
  try {
    worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    broken = true;
    return null;
  }
  worker.onmessage = (event: MessageEvent<ParseReply>) => {
    const done = waiting.get(event.data.seq);
    waiting.delete(event.data.seq);
    done?.(event.data);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    broken = true;
    worker = null;
    for (const [id, done] of waiting)
      done({ seq: id, ok: false, code: 'internal', message: 'worker failed' });
    waiting.clear();
  };
  return worker;
}

/**
 * Ends the parser's worker (a folder import is over): kept, it held what
 * every file it parsed left behind. The next import starts another.
 */
export function endParser(): void {
  const w = worker;
  worker = null;
  w?.terminate();
  for (const [id, done] of waiting) done({ seq: id, ok: false, code: 'internal', message: 'parser ended' });
  waiting.clear();
}

export async function parseOffThread(
  fileName: string,
  bytes: Uint8Array,
  hooks: ParseHooks,
): Promise<ParsedFile> {
  const kind = fileKind(fileName);
  // Text goes through parseFile too: it decodes in a worker of its own, within the size limits.
  const w = kind === 'docx' ? getWorker() : null;
  if (!w || kind !== 'docx') return parseFile(fileName, bytes, hooks);
  if (bytes.length === 0) throw new AppError('empty-file');
  const id = ++seq;
  const reply = await new Promise<ParseReply>((resolve) => {
    waiting.set(id, resolve);
    w.postMessage({ seq: id, kind, bytes } satisfies ParseRequest);
  });
  if (!reply.ok) throw new AppError(reply.code, reply.message);
  if (reply.model.text.trim() === '') throw new AppError('no-text');
  hooks.onProgress(1);
  return { model: reply.model, ...(reply.encoding ? { encoding: reply.encoding } : {}) };
}
