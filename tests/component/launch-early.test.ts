// @vitest-environment jsdom
// launch.ts takes what launch-early.ts asked before the bundle arrived: each
// answer once, unwrapped as api.invoke would, failures as errors.
import { describe, expect, it, vi } from 'vitest';
import type { EarlyLaunch } from '../../src-renderer/src/launch-early';

const ok = (value: unknown) => Promise.resolve({ ok: true, value });

describe('the launch taking the early answers', () => {
  it('unwraps each answer once, and the document left open with its text and bytes', async () => {
    const early: EarlyLaunch = {
      reading: ok({ current: 'doc-1', places: {} }),
      document: Promise.resolve({
        id: 'doc-1',
        opened: ok({ record: { id: 'doc-1' } }),
        source: ok(new Uint8Array([1])),
        pdf: Promise.resolve(true),
        worker: Promise.resolve(null),
        firstPage: Promise.resolve(null),
      }),
      answers: {
        'library.list': ok([{ id: 'doc-1' }]),
        'settings.get': Promise.resolve({ ok: false, error: { code: 'storage', message: 'disk' } }),
      },
      snapshot: null,
    };
    (window as unknown as { __rlLaunch: EarlyLaunch }).__rlLaunch = early;
    const launch = await import('../../src-renderer/src/launch');
    launch.startLaunch();
    expect(await launch.launchReading()).toEqual({ current: 'doc-1', places: {} });
    const doc = await launch.takeLaunchDocument('doc-1');
    expect(await doc?.opened).toEqual({ record: { id: 'doc-1' } });
    expect(await doc?.source).toEqual(new Uint8Array([1]));
    expect(await doc?.pdf).toBe(true);
    expect(await launch.takeLaunchDocument('doc-1')).toBeNull();
    // Taken, the bytes and the text are no longer held by the launch (nor by the early script's answers).
    expect(await launch.launchDocument()).toBeNull();
    expect(await early.document).toBeNull();
    expect(await launch.takeLaunchAnswer('library.list')).toEqual([{ id: 'doc-1' }]);
    expect(launch.takeLaunchAnswer('library.list')).toBeNull();
    await expect(launch.takeLaunchAnswer('settings.get')).rejects.toMatchObject({ code: 'storage' });
    expect(launch.takeLaunchAnswer('settings.get')).toBeNull();
  });
});

describe('pdf.js’s worker started by the launch', () => {
  /** What the launch did, in order: each question asked, and `worker` when a thread was started. */
  let steps: string[] = [];
  class FakeThread extends EventTarget {
    static made: FakeThread[] = [];
    terminated = false;
    constructor(
      readonly url: URL,
      readonly options: WorkerOptions,
    ) {
      super();
      FakeThread.made.push(this);
      steps.push('worker');
    }
    terminate(): void {
      this.terminated = true;
    }
  }
  const settle = () => new Promise((r) => setTimeout(r, 0));

  /** Runs launch-early.ts afresh against a library whose document left open has `type`. */
  async function launchOn(type: string) {
    FakeThread.made = [];
    steps = [];
    vi.stubGlobal('Worker', FakeThread);
    document.head.innerHTML =
      '<meta name="reportlens-pdfjs-chunk" content="./assets/pdfjs-x.js">' +
      '<meta name="reportlens-pdfjs-worker" content="./assets/pdf.worker.min-x.mjs">';
    const answers: Record<string, unknown> = {
      'reading.get': { current: 'doc-1', places: {} },
      'library.list': [{ id: 'doc-1', type }],
      'settings.get': {},
      'document.open': { record: { id: 'doc-1', type } },
      'document.source': new Uint8Array([1]),
    };
    const w = window as unknown as { api?: unknown; __rlLaunch?: EarlyLaunch };
    delete w.__rlLaunch;
    w.api = {
      invoke: async (m: string) => {
        steps.push(m);
        return { ok: true, value: answers[m] };
      },
    };
    sessionStorage.clear();
    vi.resetModules();
    await import('../../src-renderer/src/launch-early');
    const launched = (window as unknown as { __rlLaunch?: EarlyLaunch }).__rlLaunch;
    const doc = await launched?.document;
    if (!doc) throw new Error('no document reopened');
    await doc.pdf;
    await settle();
    return doc;
  }

  it('starts the worker (a module) for a PDF, and hands it over once its script says it is ready', async () => {
    const doc = await launchOn('pdf');
    expect(FakeThread.made).toHaveLength(1);
    const thread = FakeThread.made[0];
    expect(thread?.url.href).toMatch(/\/assets\/pdf\.worker\.min-x\.mjs$/);
    expect(thread?.options).toEqual({ type: 'module' });
    let handed: unknown = 'pending';
    void doc.worker.then((w) => (handed = w));
    await settle();
    expect(handed).toBe('pending');
    thread?.dispatchEvent(new MessageEvent('message', { data: { action: 'ready' } }));
    expect(await doc.worker).toBe(thread);
    expect(thread?.terminated).toBe(false);
  });

  it('ends a worker whose script failed, and hands over none (pdf.js starts its own)', async () => {
    const doc = await launchOn('pdf');
    const thread = FakeThread.made[0];
    thread?.dispatchEvent(new Event('error'));
    expect(await doc.worker).toBeNull();
    expect(thread?.terminated).toBe(true);
  });

  it('starts no worker for a text report, nor asks for its bytes', async () => {
    const doc = await launchOn('txt');
    expect(await doc.worker).toBeNull();
    expect(FakeThread.made).toHaveLength(0);
    expect(steps).not.toContain('document.source');
  });

  it('for a PDF, starts the worker’s thread and asks for the bytes before the text', async () => {
    await launchOn('pdf');
    const left = steps.filter((s) => s !== 'settings.get');
    expect(left).toEqual(['reading.get', 'library.list', 'worker', 'document.source', 'document.open']);
  });
});
