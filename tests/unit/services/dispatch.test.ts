import { describe, expect, it, vi } from 'vitest';
import { createDispatcher } from '../../../src-main/services/dispatch';
import type { DispatchServices } from '../../../src-main/services/dispatch';
import { schemas } from '../../../src-shared/api';
import type { ApiArgs, Method } from '../../../src-shared/api';
import { AppError } from '../../../src-shared/errors';
import { DEFAULT_SETTINGS } from '../../../src-shared/model';
import { bytesOf, claimsSize, modelOf } from './helpers';

const ID = '0123456789abcdef'.repeat(4);
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
  const pickFiles = vi.fn(async () => [{ fileName: 'p.txt', bytes: bytesOf('p') }]);
  const log = vi.fn();
  const services = { library, pickFiles, log } as unknown as DispatchServices;
  const calls = () =>
    [
      ...Object.values(library).filter((f) => typeof f === 'function'),
      library.settings.get,
      library.settings.set,
      pickFiles,
    ]
      .map((f) => (f as ReturnType<typeof vi.fn>).mock.calls.length)
      .reduce((a, b) => a + b, 0);
  return { library, pickFiles, log, dispatch: createDispatcher(services), calls };
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
};

describe('dispatch: routing', () => {
  it('routes every method of the contract to one service call', async () => {
    const f = fakes();
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
    };
    expect(Object.keys(validArgs).sort()).toEqual(Object.keys(schemas).sort());
    for (const method of Object.keys(schemas) as Method[]) {
      const before = f.calls();
      const env = await f.dispatch(method, validArgs[method]);
      expect(env.ok, method).toBe(true);
      expect(route[method], method).toHaveBeenCalledTimes(1);
      expect(f.calls(), method).toBe(before + 1);
      if (env.ok) expect(env.value).toEqual(await route[method].mock.results[0]?.value);
    }
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
  ];
  it.each(bad)('refuses %s', async (_label, method, arg, path) => {
    const f = fakes();
    const env = await f.dispatch(method, arg);
    expect(env).toMatchObject({ ok: false, error: { code: 'invalid-argument', params: { method, path } } });
    if (!env.ok && path) expect(env.error.message).toContain(path);
    expect(f.calls()).toBe(0);
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
