// After a PDF's import, the worker for the next PDF starts once the text is
// stored (its answer came), not while it is being stored: a new worker's
// start competed with the import's last step (extract-pdf.ts, stores/library.ts).
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocumentRecord } from '../../src-shared/model';
import { buildTextModel } from '../../src-shared/text';

const events: string[] = [];
let answer: { resolve: (v: unknown) => void; reject: (e: unknown) => void } | null = null;

vi.mock('../../src-renderer/src/api', () => ({
  api: {
    invoke: (method: string) => {
      events.push(`asked ${method}`);
      return new Promise((resolve, reject) => (answer = { resolve, reject }));
    },
    on: () => () => undefined,
  },
}));

vi.mock('../../src-renderer/src/pdf/warm', () => ({
  warmPdfWhenIdle: () => events.push('warm'),
  warmPdf: () => undefined,
  takePdfWorker: async () => null,
}));

const { useLibrary } = await import('../../src-renderer/src/stores/library');

const record: DocumentRecord = {
  id: 'a',
  title: 'r',
  year: null,
  region: null,
  type: 'pdf',
  fileName: 'r.pdf',
  size: 3,
  pages: 1,
  chars: 1,
  importedAt: '2026-12-07T00:00:00.000Z',
};
const model = buildTextModel('一');
const pdfParsed = { model, pages: 1, pdf: { pageItems: [[]], annotations: [] } };
const bytes = new Uint8Array([1, 2, 3]);
const turns = () => new Promise((ok) => setTimeout(ok, 5));

describe('the next PDF’s worker after an import', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    events.length = 0;
    answer = null;
  });

  it('starts once the PDF’s text is stored, not while it is', async () => {
    const stored = useLibrary().store('r.pdf', bytes, pdfParsed, 'token');
    await turns();
    expect(events).toEqual(['asked library.import']);
    answer?.resolve({ record, duplicate: false });
    await stored;
    expect(events).toEqual(['asked library.import', 'warm']);
  });

  it('starts too when storing failed', async () => {
    const stored = useLibrary().store('r.pdf', bytes, pdfParsed);
    await turns();
    answer?.reject(new Error('disk full'));
    await expect(stored).rejects.toThrow('disk full');
    expect(events).toEqual(['asked library.import', 'warm']);
  });

  it('is not started for a text file', async () => {
    const stored = useLibrary().store('r.txt', bytes, { model });
    await turns();
    answer?.resolve({ record: { ...record, type: 'txt' }, duplicate: false });
    await stored;
    expect(events).toEqual(['asked library.import']);
  });
});
