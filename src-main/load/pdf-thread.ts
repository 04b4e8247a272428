// pdf.js's worker side in a thread of its own, for the CLI. pdf.js in Node
// otherwise runs it on the main thread ("fake worker"), where a hostile file
// (4 KB of nested forms) keeps it busy for ever without letting a timer
// fire: no time limit could stop it. In a thread it can be ended, as the app
// ends a Web Worker (src-renderer/src/pdf/pdfjs.ts).
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';

/**
 * The thread's code: Promise.withResolvers for Node 20 (pdf.js 5+ uses it),
 * then pdf.js's worker module answering on the port it is given. Plain
 * JavaScript run with `eval`: the CLI's TypeScript loader (tsx) is not in
 * every process that loads a PDF (the tests run under Vitest).
 */
const THREAD_CODE = `
const { workerData } = require('node:worker_threads');
if (!Promise.withResolvers)
  Promise.withResolvers = function () {
    let resolve, reject;
    const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
    return { promise, resolve, reject };
  };
import(workerData.module).then(({ WorkerMessageHandler }) => {
  WorkerMessageHandler.initializeFromPort(workerData.port);
  workerData.port.start();
});
`;

export interface PdfThread {
  /** The port pdf.js's PDFWorker talks to (`new PDFWorker({ port })`). */
  port: MessagePort;
  /** Ends the thread, whatever pdf.js is doing in it. */
  end(): Promise<void>;
}

/** Starts a thread running pdf.js's worker side (legacy build, as the CLI's pdf.js). */
export function startPdfThread(): PdfThread {
  const module = pathToFileURL(
    createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs'),
  ).href;
  const { port1, port2 } = new MessageChannel();
  const thread = new Worker(THREAD_CODE, {
    eval: true,
    workerData: { module, port: port2 },
    transferList: [port2],
  });
  // A thread that failed to start is reported by pdf.js's own open (its worker never says ready).
  thread.on('error', () => undefined);
  port1.start();
  return {
    port: port1,
    end: async () => {
      port1.close();
      await thread.terminate();
    },
  };
}
