// The library's rows during an import: a stored file's record joins the rows
// as soon as the main process answers, before the list is asked for again,
// and the list asked for at the end of the batch is what stays.
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocumentRecord } from '../../src-shared/model';
import { buildTextModel } from '../../src-shared/text';

const record = (id: string, fileName: string): DocumentRecord => ({
  id,
  title: fileName,
  year: null,
  region: null,
  type: 'txt',
  fileName,
  size: 3,
  pages: null,
  chars: 1,
  importedAt: '2026-12-06T00:00:00.000Z',
});

let stored: DocumentRecord[] = [];
const calls: string[] = [];
/** How each import named its bytes: sent, or main's token for them. */
const named: string[] = [];
/** The rows the page showed each time the main process was asked something. */
const rowsAtCall: number[] = [];
let rowsNow: () => number = () => 0;

vi.mock('../../src-renderer/src/api', () => ({
  api: {
    invoke: async (method: string, arg: { fileName?: string; picked?: string; bytes?: Uint8Array }) => {
      calls.push(method);
      rowsAtCall.push(rowsNow());
      switch (method) {
        case 'library.import': {
          named.push(arg.picked ? `token ${arg.picked}` : `bytes ${arg.bytes?.length}`);
          if (arg.picked === 'gone') {
            const { AppError } = await import('../../src-shared/errors');
            throw new AppError('picked-gone');
          }
          const existing = stored.find((r) => r.fileName === arg.fileName);
          if (existing) return { record: existing, duplicate: true };
          const r = record(`id-${stored.length + 1}`, arg.fileName ?? '');
          stored.push(r);
          return { record: r, duplicate: false };
        }
        case 'library.list':
          return stored.map((r) => ({ ...r }));
        case 'app.logImportRefusal':
          return null;
        default:
          throw new Error(`unexpected ${method}`);
      }
    },
    on: () => () => undefined,
  },
}));

// Text files only: the parser's worker is not wanted here.
vi.mock('../../src-renderer/src/import/text-in-worker', () => ({
  decodeTextModel: async (bytes: Uint8Array) => ({
    model: buildTextModel(new TextDecoder().decode(bytes)),
    encoding: 'utf-8',
  }),
}));

const { useLibrary } = await import('../../src-renderer/src/stores/library');

const file = (fileName: string, text: string) => ({ fileName, bytes: new TextEncoder().encode(text) });

describe('rows during an import', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    stored = [];
    calls.length = 0;
    rowsAtCall.length = 0;
    named.length = 0;
  });

  it('shows each stored file at once, then takes the library list once, at the end', async () => {
    const library = useLibrary();
    rowsNow = () => library.documents.length;
    const done = await library.importFiles([file('a.txt', '一二三'), file('b.txt', '四五六')]);
    expect(done.map((r) => r.fileName)).toEqual(['a.txt', 'b.txt']);
    // The second import was asked with the first file already in the rows.
    expect(calls).toEqual(['library.import', 'library.import', 'library.list']);
    expect(rowsAtCall).toEqual([0, 1, 2]);
    expect(library.documents.map((r) => r.fileName)).toEqual(['a.txt', 'b.txt']);
  });

  it('adds no second row for a file the library already holds', async () => {
    const library = useLibrary();
    await library.importFiles([file('a.txt', '一二三')]);
    await library.importFiles([file('a.txt', '一二三')]);
    expect(library.documents.map((r) => r.fileName)).toEqual(['a.txt']);
  });

  it('leaves the rows to the list when nothing was stored', async () => {
    const library = useLibrary();
    rowsNow = () => library.documents.length;
    await library.importFiles([file('empty.txt', '')]);
    expect(calls).toEqual(['app.logImportRefusal', 'library.list']);
    expect(library.documents).toEqual([]);
  });

  it("names a picked file's bytes by main's token, and sends them when main has let them go", async () => {
    const library = useLibrary();
    await library.importFiles([
      { ...file('a.txt', '一二三'), token: 'kept' },
      { ...file('b.txt', '四五六'), token: 'gone' },
      file('c.txt', '七八九'),
    ]);
    expect(named).toEqual(['token kept', 'token gone', 'bytes 9', 'bytes 9']);
    expect(library.documents.map((r) => r.fileName)).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });
});
