// The folder import's .docx parser runs in a worker that is ended when the
// import is over (endParser): a parse still waiting is answered, not left
// hanging, and the next import starts a worker of its own.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

class FakeWorker {
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
}

const hooks = { onProgress: () => undefined, askPassword: async () => null };
const settled = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  vi.resetModules();
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => vi.unstubAllGlobals());

describe('the .docx parser worker', () => {
  it('is ended after the import, answers what still waited, and the next import gets a new one', async () => {
    const { endParser, parseOffThread } = await import('../../src-renderer/src/corpus/parse-off-thread');
    const pending = parseOffThread('报告.docx', new Uint8Array([80, 75, 3, 4]), hooks);
    await settled();
    expect(FakeWorker.made).toHaveLength(1);
    endParser();
    expect(FakeWorker.made[0]?.terminated).toBe(true);
    await expect(pending).rejects.toMatchObject({ code: 'internal' });

    const next = parseOffThread('另一份.docx', new Uint8Array([80, 75, 3, 4]), hooks);
    await settled();
    expect(FakeWorker.made).toHaveLength(2);
    const worker = FakeWorker.made[1];
    const seq = worker?.posted[0]?.seq;
    worker?.onmessage?.({
      data: { seq, ok: true, model: { version: 1, text: '正文', blocks: [], outline: [] } },
    });
    await expect(next).resolves.toMatchObject({ model: { text: '正文' } });
    expect(worker?.terminated).toBe(false);
  });
});
