import { describe, expect, it, vi } from 'vitest';
import { createDispatcher } from '../../../src-main/services/dispatch';
import type { DispatchServices } from '../../../src-main/services/dispatch';
import { schemas } from '../../../src-shared/api';
import type { ApiArgs, Method } from '../../../src-shared/api';
import { AppError } from '../../../src-shared/errors';
import { ANNOTATION_COLORS, ANNOTATION_STYLES, DEFAULT_SETTINGS } from '../../../src-shared/model';
import type { Annotation } from '../../../src-shared/model';
import { bytesOf, claimsSize, modelOf } from './helpers';

const ID = '0123456789abcdef'.repeat(4);
const OTHER = 'fedcba9876543210'.repeat(4);
const UUID = '5f0c6a47-3c1e-4d3b-9a8e-2b7f0e1d9c4a';
const validAnnotation: Annotation = {
  id: UUID,
  target: { start: 0, end: 2, quote: '报告', prefix: '', suffix: '政府', page: 1 },
  style: 'highlight',
  color: 'yellow',
  note: '**要点**',
  tags: ['经济'],
  createdAt: '2024-05-01T10:00:00.000Z',
  updatedAt: '2024-05-01T10:00:00.000Z',
};
const validImport = { fileName: 'a.txt', bytes: bytesOf('abc'), model: modelOf('abc') };

function fakes() {
  const library = {
    list: vi.fn(() => []),
    import: vi.fn(async () => ({ record: { id: ID }, duplicate: false })),
    update: vi.fn(async () => ({ id: ID })),
    remove: vi.fn(async () => null),
    open: vi.fn(async () => ({ record: { id: ID }, model: modelOf('x') })),
    source: vi.fn(async () => bytesOf('x')),
    notices: vi.fn(() => [{ level: 'info', key: 'k' }]),
    settings: { get: vi.fn(() => DEFAULT_SETTINGS), set: vi.fn(async () => DEFAULT_SETTINGS) },
  };
  const notes = {
    list: vi.fn(async () => [validAnnotation]),
    save: vi.fn(async () => null),
    copyFrom: vi.fn(async () => ({ copied: 3 })),
    tags: vi.fn(async () => ['经济', '民生']),
    notices: vi.fn(() => [{ level: 'warning', key: 'notices.restored' }]),
  };
  const exports = {
    notesMarkdown: vi.fn(async () => '# Report\n'),
    saveText: vi.fn(async () => ({ path: '/tmp/notes.md' })),
    saveBytes: vi.fn(async () => ({ path: '/tmp/copy.pdf' })),
    notesCited: vi.fn(async () => '---\n'),
    saveXlsx: vi.fn(async () => ({ path: '/tmp/indicators.xlsx' })),
  };
  const nameLinks = {
    links: vi.fn(async () => ({ links: [], unlinks: [] })),
    saveLinks: vi.fn(async () => null),
    notices: vi.fn(() => []),
  };
  const indicatorEdits = {
    edits: vi.fn(async () => []),
    saveEdits: vi.fn(async () => null),
    notices: vi.fn(() => []),
  };
  const reading = {
    get: vi.fn(() => ({ current: null, places: [] })),
    save: vi.fn(async () => null),
    leave: vi.fn(async () => null),
  };
  const launchSnapshot = { save: vi.fn(async () => null), savePane: vi.fn(async () => null) };
  const pickFiles = vi.fn(async () => [{ fileName: 'p.txt', bytes: bytesOf('p') }]);
  const app = { status: vi.fn(() => ({ readOnly: null })), flushed: vi.fn(() => undefined) };
  const log = vi.fn();
  const importRefused = vi.fn(() => null);
  // Issue 8: searching and the folder dialog; indexing after imports and note edits is not a route.
  const search = {
    query: vi.fn(async () => ({ query: '报告', total: 0, documents: [] })),
    term: vi.fn(async () => []),
    documentAdded: vi.fn(async () => undefined),
    notesChanged: vi.fn(async () => undefined),
    notices: vi.fn(() => []),
  };
  const pickFolder = vi.fn(async () => null);
  const readFolderFile = vi.fn(async () => ({ fileName: 'a.txt', bytes: bytesOf('a') }));
  const corpus = { search, pickFolder, readFolderFile };
  const services = {
    library,
    notes,
    exports,
    indicatorEdits,
    nameLinks,
    reading,
    launchSnapshot,
    pickFiles,
    app,
    log,
    importRefused,
    corpus,
  } as unknown as DispatchServices;
  const calls = () =>
    [
      ...Object.values(library).filter((f) => typeof f === 'function'),
      library.settings.get,
      library.settings.set,
      ...Object.values(notes),
      ...Object.values(exports),
      indicatorEdits.edits,
      indicatorEdits.saveEdits,
      nameLinks.links,
      nameLinks.saveLinks,
      ...Object.values(reading),
      ...Object.values(launchSnapshot),
      pickFiles,
      app.status,
      app.flushed,
      importRefused,
      search.query,
      search.term,
      pickFolder,
      readFolderFile,
    ]
      .map((f) => (f as ReturnType<typeof vi.fn>).mock.calls.length)
      .reduce((a, b) => a + b, 0);
  return {
    library,
    notes,
    exports,
    indicatorEdits,
    nameLinks,
    reading,
    launchSnapshot,
    pickFiles,
    app,
    search,
    pickFolder,
    readFolderFile,
    log,
    importRefused,
    dispatch: createDispatcher(services),
    calls,
  };
}

// Typed by Method: a method added to the contract without a case here fails to compile.
const validArgs: { [M in Method]: ApiArgs[M] } = {
  'app.notices': undefined,
  'library.list': undefined,
  'library.import': validImport,
  'library.update': { id: ID, patch: { title: 'T' } },
  'library.remove': { id: ID },
  'library.pickFiles': undefined,
  'document.open': { id: ID },
  'document.source': { id: ID },
  'settings.get': undefined,
  'settings.set': { theme: 'dark' },
  'annotations.list': { id: ID },
  'annotations.listCompact': { id: ID },
  'annotations.marks': { id: ID },
  'annotations.save': { id: ID, upserts: [validAnnotation], deletes: [UUID] },
  'annotations.copyFrom': { id: ID, from: OTHER },
  'annotations.tags': undefined,
  'export.notesMarkdown': { id: ID },
  'export.saveText': { suggestedName: 'notes.md', text: '# Report\n' },
  'export.saveBytes': { suggestedName: 'copy.pdf', bytes: new Uint8Array([37, 80, 68, 70]) },
  'export.notesCited': { id: ID, colors: ['red'] },
  'indicators.edits': { id: ID },
  'indicators.saveEdits': { id: ID, edits: [] },
  'app.status': undefined,
  'app.flushed': undefined,
  'app.logImportRefusal': { type: 'docx', code: 'docx-too-large' },
  'library.pickFolder': undefined,
  'library.readFolderFile': { index: 0 },
  'search.query': { query: '报告' },
  'search.term': { query: '新质生产力' },
  'compare.links': undefined,
  'compare.saveLinks': { links: [['经济增长', '地区生产总值增长']], unlinks: [] },
  'export.saveXlsx': {
    suggestedName: 'indicators.xlsx',
    records: [
      {
        report: 'r',
        region: '中国',
        year: 2013,
        indicator: 'GDP',
        name: 'GDP',
        value: 7.5,
        valueMax: null,
        unit: '%',
        kind: 'change',
        qualifier: 'approx',
        status: 'target',
        period: '2013',
        section: '',
        page: null,
        sentence: '国内生产总值增长7.5%左右',
      },
    ],
  },
  'reading.get': undefined,
  'reading.save': { id: ID, offset: 10, page: 2, zoom: 1.2 },
  'reading.leave': undefined,
  'launch.saveSnapshot': { key: '2s-abc123', html: '<div class="app"></div>' },
  'launch.savePane': { top: 120, left: 300, right: 360, bottom: 0, width: 1280, height: 800 },
};

const tokened = new Set<Method>(['library.pickFiles', 'library.readFolderFile']);
/** A picked file (or list of them) without its token, which must be a UUID. */
function untoken(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(untoken);
  const { token, ...file } = value as { token?: string };
  expect(token).toMatch(/^[0-9a-f-]{36}$/);
  return file;
}

describe('dispatch: routing', () => {
  it('routes every method of the contract to one service call', async () => {
    const f = fakes();
    // app.notices gathers the library's notices and those of notes databases opened since.
    const route: Record<Method, ReturnType<typeof vi.fn>> = {
      'app.notices': f.library.notices,
      'library.list': f.library.list,
      'library.import': f.library.import,
      'library.update': f.library.update,
      'library.remove': f.library.remove,
      'library.pickFiles': f.pickFiles,
      'document.open': f.library.open,
      'document.source': f.library.source,
      'settings.get': f.library.settings.get,
      'settings.set': f.library.settings.set,
      'annotations.list': f.notes.list,
      'annotations.listCompact': f.notes.list,
      'annotations.marks': f.notes.list,
      'annotations.save': f.notes.save,
      'annotations.copyFrom': f.notes.copyFrom,
      'annotations.tags': f.notes.tags,
      'export.notesMarkdown': f.exports.notesMarkdown,
      'export.saveText': f.exports.saveText,
      'export.saveBytes': f.exports.saveBytes,
      'export.notesCited': f.exports.notesCited,
      'indicators.edits': f.indicatorEdits.edits,
      'indicators.saveEdits': f.indicatorEdits.saveEdits,
      'app.status': f.app.status,
      'app.flushed': f.app.flushed,
      'app.logImportRefusal': f.importRefused,
      'library.pickFolder': f.pickFolder,
      'library.readFolderFile': f.readFolderFile,
      'search.query': f.search.query,
      'search.term': f.search.term,
      'compare.links': f.nameLinks.links,
      'compare.saveLinks': f.nameLinks.saveLinks,
      'export.saveXlsx': f.exports.saveXlsx,
      'reading.get': f.reading.get,
      'reading.save': f.reading.save,
      'reading.leave': f.reading.leave,
      'launch.saveSnapshot': f.launchSnapshot.save,
      'launch.savePane': f.launchSnapshot.savePane,
    };
    const also: Partial<Record<Method, ReturnType<typeof vi.fn>>> = {
      'app.notices': f.notes.notices,
      // The notes' targets are compacted against the document's text.
      'annotations.listCompact': f.library.open,
      'annotations.marks': f.library.open,
    };
    expect(Object.keys(validArgs).sort()).toEqual(Object.keys(schemas).sort());
    for (const method of Object.keys(schemas) as Method[]) {
      // Two methods may share a service call (annotations.list and listCompact): each counts its own.
      route[method].mockClear();
      also[method]?.mockClear();
      const before = f.calls();
      const env = await f.dispatch(method, validArgs[method]);
      expect(env.ok, method).toBe(true);
      expect(route[method], method).toHaveBeenCalledTimes(1);
      expect(route[method], method).toHaveBeenCalledWith(
        ...(validArgs[method] === undefined ? [] : [validArgs[method]]),
      );
      const extra = also[method];
      expect(f.calls(), method).toBe(before + 1 + (extra ? 1 : 0));
      // A read file comes with the token main keeps its bytes by (picked.ts; tested below).
      const value = env.ok && tokened.has(method) ? untoken(env.value) : env.ok ? env.value : null;
      if (env.ok && !extra && method !== 'app.flushed')
        expect(value).toEqual(await route[method].mock.results[0]?.value);
    }
  });

  it("app.notices returns the library's notices, then those of notes databases", async () => {
    const f = fakes();
    expect(await f.dispatch('app.notices', undefined)).toEqual({
      ok: true,
      value: [
        { level: 'info', key: 'k' },
        { level: 'warning', key: 'notices.restored' },
      ],
    });
  });

  it('annotations.listCompact sends a target the text describes as its offsets, any other whole', async () => {
    const f = fakes();
    // The same annotation against its own text (context '' and '政府') and against another.
    f.library.open.mockResolvedValueOnce({ record: { id: ID }, model: modelOf('报告政府') });
    const compact = await f.dispatch('annotations.listCompact', { id: ID });
    expect(compact).toEqual({
      ok: true,
      value: { chars: 4, annotations: [{ ...validAnnotation, target: { start: 0, end: 2, page: 1 } }] },
    });
    const whole = await f.dispatch('annotations.listCompact', { id: ID });
    expect(whole).toEqual({ ok: true, value: { chars: 1, annotations: [validAnnotation] } });
  });

  it('annotations.marks sends where each highlight the text describes sits, and counts the rest', async () => {
    const f = fakes();
    f.library.open.mockResolvedValueOnce({ record: { id: ID }, model: modelOf('报告政府') });
    const marks = await f.dispatch('annotations.marks', { id: ID });
    const style = ANNOTATION_STYLES.indexOf(validAnnotation.style);
    const color = ANNOTATION_COLORS.indexOf(validAnnotation.color);
    expect(marks).toEqual({
      ok: true,
      value: { chars: 4, total: 1, marks: [0, 2, style, color], pending: 0 },
    });
    // Against another text the target has to be found again: no mark, one pending.
    const other = await f.dispatch('annotations.marks', { id: ID });
    expect(other).toEqual({ ok: true, value: { chars: 1, total: 1, marks: [], pending: 1 } });
  });

  it('passes the validated argument (trimmed) to the service', async () => {
    const f = fakes();
    await f.dispatch('library.update', { id: ID, patch: { title: '  Report  ' } });
    expect(f.library.update).toHaveBeenCalledWith({ id: ID, patch: { title: 'Report' } });
  });
});

describe('dispatch: refusals before any service runs', () => {
  it.each([['library.nuke'], [42], [null], ['toString'], ['__proto__'], ['constructor']])(
    'refuses the unknown method %s',
    async (method) => {
      const f = fakes();
      expect(await f.dispatch(method, undefined)).toMatchObject({
        ok: false,
        error: { code: 'invalid-argument' },
      });
      expect(f.calls()).toBe(0);
    },
  );

  const bad: Array<[string, Method, unknown, string]> = [
    ['a number id', 'document.open', { id: 5 }, 'id'],
    ['a path-traversal id', 'document.source', { id: '../../etc' }, 'id'],
    ['an upper-case id', 'library.remove', { id: ID.toUpperCase() }, 'id'],
    ['an extra key', 'document.open', { id: ID, path: '/etc/passwd' }, 'path'],
    ['no argument where one is needed', 'document.open', undefined, ''],
    ['an argument where none is taken', 'library.list', { all: true }, ''],
    [
      'a 300 MB buffer claim',
      'library.import',
      { ...validImport, bytes: claimsSize(300 * 1024 * 1024) },
      'bytes',
    ],
    ['bytes as an array of numbers', 'library.import', { ...validImport, bytes: [1, 2, 3] }, 'bytes'],
    ['bytes as an ArrayBuffer', 'library.import', { ...validImport, bytes: new ArrayBuffer(3) }, 'bytes'],
    [
      'bytes as an array-like object',
      'library.import',
      { ...validImport, bytes: { 0: 1, length: 1, byteLength: 1 } },
      'bytes',
    ],
    ['bytes as a string', 'library.import', { ...validImport, bytes: 'abc' }, 'bytes'],
    ['an empty file name', 'library.import', { ...validImport, fileName: '' }, 'fileName'],
    [
      'a model with a fractional offset',
      'library.import',
      { ...validImport, model: { ...modelOf('abc'), blocks: [{ start: 0.5, end: 1, kind: 'paragraph' }] } },
      'model.blocks.0.start',
    ],
    [
      'a model with an extra key',
      'library.import',
      { ...validImport, model: { ...modelOf('abc'), html: '<script>' } },
      'model.html',
    ],
    ['a patch with an unknown field', 'library.update', { id: ID, patch: { id: 'x' } }, 'patch.id'],
    ['a year out of range', 'library.update', { id: ID, patch: { year: 12 } }, 'patch.year'],
    ['a font size of 1000', 'settings.set', { fontSize: 1000 }, 'fontSize'],
    ['an unknown theme', 'settings.set', { theme: 'neon' }, 'theme'],
    ['notes of a malformed id', 'annotations.list', { id: 'notes' }, 'id'],
    ['a save without deletes', 'annotations.save', { id: ID, upserts: [] }, 'deletes'],
    ['a delete that is not a UUID', 'annotations.save', { id: ID, upserts: [], deletes: ['1'] }, 'deletes.0'],
    [
      'an annotation with an unknown colour',
      'annotations.save',
      { id: ID, upserts: [{ ...validAnnotation, color: 'black' }], deletes: [] },
      'upserts.0.color',
    ],
    [
      'an annotation with an extra key',
      'annotations.save',
      { id: ID, upserts: [{ ...validAnnotation, html: '<img onerror>' }], deletes: [] },
      'upserts.0.html',
    ],
    [
      'an empty quote',
      'annotations.save',
      {
        id: ID,
        upserts: [{ ...validAnnotation, target: { ...validAnnotation.target, quote: '' } }],
        deletes: [],
      },
      'upserts.0.target.quote',
    ],
    [
      'a negative offset',
      'annotations.save',
      {
        id: ID,
        upserts: [{ ...validAnnotation, target: { ...validAnnotation.target, start: -1 } }],
        deletes: [],
      },
      'upserts.0.target.start',
    ],
    [
      'a note over 1,000,000 characters',
      'annotations.save',
      { id: ID, upserts: [{ ...validAnnotation, note: 'x'.repeat(1_000_001) }], deletes: [] },
      'upserts.0.note',
    ],
    [
      'a tag of 10,000 characters',
      'annotations.save',
      { id: ID, upserts: [{ ...validAnnotation, tags: ['t'.repeat(10_000)] }], deletes: [] },
      'upserts.0.tags.0',
    ],
    [
      'a batch of 20,001 deletes',
      'annotations.save',
      { id: ID, upserts: [], deletes: Array.from({ length: 20_001 }, () => UUID) },
      'deletes',
    ],
    ['a copy from a malformed id', 'annotations.copyFrom', { id: ID, from: '../x' }, 'from'],
    ['an argument to tags', 'annotations.tags', { all: true }, ''],
    ['an export with a path', 'export.notesMarkdown', { id: ID, path: '/tmp/x.md' }, 'path'],
    ['a save with no name', 'export.saveText', { suggestedName: '', text: 'x' }, 'suggestedName'],
    ['a save of a number', 'export.saveText', { suggestedName: 'a.md', text: 5 }, 'text'],
    ['a line spacing not offered', 'settings.set', { lineHeight: 9 }, 'lineHeight'],
    ['a font by name', 'settings.set', { readingFont: 'Comic Sans' }, 'readingFont'],
    [
      'a pane with a negative inset',
      'launch.savePane',
      { top: -1, left: 0, right: 0, bottom: 0, width: 800, height: 600 },
      'top',
    ],
    [
      'a pane in no window',
      'launch.savePane',
      { top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 600 },
      'width',
    ],
    [
      'a pane with markup',
      'launch.savePane',
      { top: 0, left: 0, right: 0, bottom: 0, width: 800, height: 600, html: '<b>' },
      'html',
    ],
  ];
  it.each(bad)('refuses %s', async (_label, method, arg, path) => {
    const f = fakes();
    const env = await f.dispatch(method, arg);
    expect(env).toMatchObject({ ok: false, error: { code: 'invalid-argument', params: { method, path } } });
    if (!env.ok && path) expect(env.error.message).toContain(path);
    expect(f.calls()).toBe(0);
  });
});

describe('dispatch: object arguments are plain objects only', () => {
  const nullProto = (o: object) => Object.assign(Object.create(null) as object, o);
  const notPlain: Array<[string, Method, unknown]> = [
    ['an array for the settings', 'settings.set', []],
    ['a Date for the settings', 'settings.set', new Date()],
    ['a Map for the settings', 'settings.set', new Map([['theme', 'dark']])],
    ['a null-prototype settings object', 'settings.set', nullProto({ theme: 'dark' })],
    ['an array for a patch', 'library.update', { id: ID, patch: [] }],
    ['a Date for a patch', 'library.update', { id: ID, patch: new Date() }],
    ['a null-prototype argument', 'document.open', nullProto({ id: ID })],
    [
      'a null-prototype annotation',
      'annotations.save',
      { id: ID, upserts: [nullProto(validAnnotation)], deletes: [] },
    ],
    [
      'a Map for indicator fields',
      'indicators.saveEdits',
      {
        id: ID,
        edits: [
          {
            op: 'change',
            target: { start: 0, end: 1, quote: '6', prefix: '', suffix: '' },
            extractedName: 'x',
            fields: new Map(),
            confirmed: false,
            updatedAt: '2024-05-01T10:00:00.000Z',
          },
        ],
      },
    ],
  ];
  it.each(notPlain)('refuses %s', async (_label, method, arg) => {
    const f = fakes();
    expect(await f.dispatch(method, arg)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(f.calls()).toBe(0);
  });

  it('takes what structured clone makes of a valid argument (as IPC delivers it)', async () => {
    for (const method of Object.keys(validArgs) as Method[]) {
      const f = fakes();
      expect(await f.dispatch(method, structuredClone(validArgs[method]))).toMatchObject({ ok: true });
    }
  });
});

describe('dispatch: errors from services', () => {
  it('passes an AppError on with its code and params', async () => {
    const f = fakes();
    f.library.open.mockRejectedValueOnce(new AppError('not-found', 'gone', { id: ID }));
    expect(await f.dispatch('document.open', { id: ID })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'gone', params: { id: ID } },
    });
  });

  it('turns anything else into internal, logged, without its details', async () => {
    const f = fakes();
    f.library.list.mockImplementationOnce(() => {
      throw new Error('EACCES /home/user/secret');
    });
    expect(await f.dispatch('library.list', undefined)).toEqual({
      ok: false,
      error: { code: 'internal', message: 'internal error' },
    });
    expect(f.log).toHaveBeenCalledOnce();
  });
});

describe('dispatch: picked files are imported by token', () => {
  const model = modelOf('p');
  const picked = async (f: ReturnType<typeof fakes>) => {
    const env = await f.dispatch('library.pickFiles', undefined);
    if (!env.ok) throw new Error('pickFiles failed');
    const [file] = env.value as Array<{ token: string; bytes: Uint8Array }>;
    if (!file) throw new Error('nothing picked');
    return file;
  };

  it('stores the bytes main read, named by the token, once', async () => {
    const f = fakes();
    const file = await picked(f);
    expect(
      await f.dispatch('library.import', { fileName: 'p.txt', picked: file.token, model }),
    ).toMatchObject({
      ok: true,
    });
    expect(f.library.import).toHaveBeenCalledWith({ fileName: 'p.txt', bytes: file.bytes, model });
    // Taken: the same token again finds nothing, and the renderer sends the bytes instead.
    expect(
      await f.dispatch('library.import', { fileName: 'p.txt', picked: file.token, model }),
    ).toMatchObject({
      ok: false,
      error: { code: 'picked-gone' },
    });
    expect(f.library.import).toHaveBeenCalledTimes(1);
  });

  it('gives a file read from a folder a token too', async () => {
    const f = fakes();
    const env = await f.dispatch('library.readFolderFile', { index: 0 });
    const token = (env as { value: { token: string } }).value.token;
    await f.dispatch('library.import', { fileName: 'a.txt', picked: token, model });
    expect(f.library.import).toHaveBeenCalledWith({ fileName: 'a.txt', bytes: bytesOf('a'), model });
  });

  it('refuses a token never given, both bytes and a token, or neither', async () => {
    const f = fakes();
    const file = await picked(f);
    const refused = async (arg: unknown, code: string) =>
      expect(await f.dispatch('library.import', arg)).toMatchObject({ ok: false, error: { code } });
    await refused({ fileName: 'p.txt', picked: UUID, model }, 'picked-gone');
    await refused({ fileName: 'p.txt', picked: 'not-a-token', model }, 'invalid-argument');
    await refused({ fileName: 'p.txt', picked: file.token, bytes: bytesOf('x'), model }, 'invalid-argument');
    await refused({ fileName: 'p.txt', model }, 'invalid-argument');
    expect(f.library.import).not.toHaveBeenCalled();
    // The refusals left the picked file's bytes where they were.
    await f.dispatch('library.import', { fileName: 'p.txt', picked: file.token, model });
    expect(f.library.import).toHaveBeenCalledWith({ fileName: 'p.txt', bytes: file.bytes, model });
  });
});
