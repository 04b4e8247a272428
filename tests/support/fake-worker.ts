// A stand-in for the browser's Worker in component tests (Node has none):
// it keeps what it was sent, answers when the test says, and records whether
// it was ended. withFakeWorkers() installs it around each test, with fresh
// modules (the code under test keeps its worker in a module variable).
import { afterEach, beforeEach, vi } from 'vitest';

export class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  posted: Array<{ seq: number }> = [];
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(message: { seq: number }): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Answers the oldest message not yet answered with `data` (and that message's seq). */
  reply(data: object): void {
    const next = this.posted.shift();
    if (!next) throw new Error('nothing to answer');
    this.onmessage?.({ data: { seq: next.seq, ...data } });
  }
}

export function withFakeWorkers(): void {
  beforeEach(() => {
    vi.resetModules();
    FakeWorker.made = [];
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => vi.unstubAllGlobals());
}

/** Lets pending promise callbacks and timers of 0 ms run. */
export const settled = (): Promise<unknown> => new Promise((r) => setTimeout(r, 0));
