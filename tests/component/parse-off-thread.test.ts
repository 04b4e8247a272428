// The folder import's .docx parser runs in a worker that is ended when the
// import is over (endParser): a parse still waiting is answered, not left
// hanging, and the next import starts a worker of its own.
import { describe, expect, it } from 'vitest';
import { FakeWorker, settled, withFakeWorkers } from '../support/fake-worker';

const hooks = { onProgress: () => undefined, askPassword: async () => null };
/** The first bytes of a zip (a .docx). */
const docx = () => new Uint8Array([80, 75, 3, 4]);

withFakeWorkers();

describe('the .docx parser worker', () => {
  it('is ended after the import, answers what still waited, and the next import gets a new one', async () => {
    const { endParser, parseOffThread } = await import('../../src-renderer/src/corpus/parse-off-thread');
    const pending = parseOffThread('报告.docx', docx(), hooks);
    await settled();
    expect(FakeWorker.made).toHaveLength(1);
    endParser();
    expect(FakeWorker.made[0]?.terminated).toBe(true);
    await expect(pending).rejects.toMatchObject({ code: 'internal' });

    const next = parseOffThread('另一份.docx', docx(), hooks);
    await settled();
    expect(FakeWorker.made).toHaveLength(2);
    const worker = FakeWorker.made[1];
    worker?.reply({ ok: true, model: { version: 1, text: '正文', blocks: [], outline: [] } });
    await expect(next).resolves.toMatchObject({ model: { text: '正文' } });
    expect(worker?.terminated).toBe(false);
  });
});
