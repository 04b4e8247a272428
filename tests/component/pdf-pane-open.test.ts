// @vitest-environment jsdom
// How the PDF pane opens a document: pdf.js starts reading it while the
// viewer's module is still loading (at launch the module arrives after the
// bytes), the viewer gets the document once both are in, and every way of
// not getting there lets the document go: the viewer's module failing to load
// (the user is told), the pane closed meanwhile, the document failing to open.
// A pane closed meanwhile asks for no password and reports nothing. A
// document pdf.js is still reading after SLOW_OPEN_MS is said to be slow.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import type { VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { i18n } from '../../src-renderer/src/i18n';
import { buildTextModel } from '../../src-shared/text';
import type { DocumentRecord } from '../../src-shared/model';
import { useNotify } from '../../src-renderer/src/stores/notify';
import { useDialogs } from '../../src-renderer/src/stores/dialogs';
import { SLOW_OPEN_MS } from '../../src-renderer/src/pdf/slow-open';

interface Gate<T> {
  promise: Promise<T>;
  open(value: T): void;
  fail(err: unknown): void;
}
function gate<T>(): Gate<T> {
  let open!: (value: T) => void;
  let fail!: (err: unknown) => void;
  const promise = new Promise<T>((ok, no) => {
    open = ok;
    fail = no;
  });
  return { promise, open, fail };
}

const calls: string[] = [];
const fake = vi.hoisted(() => ({
  viewerModule: null as null | Promise<unknown>,
  opening: null as null | Promise<unknown>,
  setDocument: [] as unknown[],
  askPassword: null as null | ((reason: string) => Promise<string | null>),
}));

vi.mock('../../src-renderer/src/pdf/pdfjs', () => ({
  pdfjs: {},
  loadViewer: () => {
    calls.push('loadViewer');
    return fake.viewerModule;
  },
  openPdf: (_bytes: unknown, askPassword: (reason: string) => Promise<string | null>) => {
    calls.push('openPdf');
    fake.askPassword = askPassword;
    return fake.opening;
  },
}));
vi.mock('../../src-renderer/src/pdf/warm', () => ({ takePdfWorker: async () => null }));
vi.mock('../../src-renderer/src/pdf/make-viewer', () => ({
  makeViewer: () => {
    calls.push('makeViewer');
    const viewer = {
      setDocument: (doc: unknown) => fake.setDocument.push(doc),
      cleanup: () => undefined,
      pagesPromise: null,
    };
    return { viewer, links: { setDocument: () => undefined }, bus: { on: () => undefined } };
  },
}));
vi.mock('../../src-renderer/src/pdf/viewer-life', () => ({ releaseViewer: () => undefined }));

const PdfPane = (await import('../../src-renderer/src/components/reader/PdfPane.vue')).default;

const record = { id: 'd1', fileName: 'a.pdf', type: 'pdf' } as DocumentRecord;
let pane: VueWrapper | null = null;

function openedDoc(): { doc: { numPages: number }; password: undefined; close: ReturnType<typeof vi.fn> } {
  return { doc: { numPages: 3 }, password: undefined, close: vi.fn(async () => undefined) };
}

function mountPane(): VueWrapper {
  pane = mount(PdfPane, {
    props: {
      record,
      model: buildTextModel('一、总体要求\n\n正文。'),
      bytes: new Uint8Array([37, 80, 68, 70]),
    },
    global: { plugins: [i18n] },
    attachTo: document.body,
  });
  return pane;
}

function closePane(): void {
  pane?.unmount();
  pane = null;
}

/** The pane mounted with the viewer's module in and pdf.js still reading: the reading's gate. */
async function mountedWhileReading(): Promise<Gate<unknown>> {
  const opening = gate<unknown>();
  fake.viewerModule = Promise.resolve({});
  fake.opening = opening.promise;
  mountPane();
  await flushPromises();
  return opening;
}

/** The same, then closed. */
async function closedWhileReading(): Promise<Gate<unknown>> {
  const opening = await mountedWhileReading();
  closePane();
  return opening;
}

beforeEach(() => {
  calls.length = 0;
  fake.setDocument.length = 0;
  setActivePinia(createPinia());
  Object.assign(window, {
    api: { invoke: async () => ({ ok: true, value: null }), on: () => () => undefined },
  });
});
afterEach(() => {
  closePane();
  document.body.innerHTML = '';
});

describe('the PDF pane opening a document', () => {
  it('has pdf.js read it while the viewer module loads, then shows it', async () => {
    const viewerModule = gate<unknown>();
    const opening = gate<unknown>();
    fake.viewerModule = viewerModule.promise;
    fake.opening = opening.promise;
    mountPane();
    await flushPromises();
    // Both started, the viewer's module not in yet.
    expect([...calls].sort()).toEqual(['loadViewer', 'openPdf']);
    const doc = openedDoc();
    opening.open(doc);
    await flushPromises();
    expect(fake.setDocument).toEqual([]);
    viewerModule.open({});
    await flushPromises();
    expect(calls).toContain('makeViewer');
    expect(fake.setDocument).toEqual([doc.doc]);
    expect(pane?.text()).toContain('3');
    expect(doc.close).not.toHaveBeenCalled();
  });

  it('tells the user and lets the document go when the viewer module fails to load', async () => {
    const doc = openedDoc();
    fake.viewerModule = Promise.reject(new Error('chunk failed'));
    fake.opening = Promise.resolve(doc);
    mountPane();
    await flushPromises();
    expect(calls).not.toContain('makeViewer');
    expect(fake.setDocument).toEqual([]);
    expect(doc.close).toHaveBeenCalledOnce();
    expect(useNotify().toasts.some((t) => t.level === 'error')).toBe(true);
  });

  it('lets the document go when the pane is closed before the viewer came', async () => {
    const viewerModule = gate<unknown>();
    const doc = openedDoc();
    fake.viewerModule = viewerModule.promise;
    fake.opening = Promise.resolve(doc);
    mountPane();
    await flushPromises();
    closePane();
    viewerModule.open({});
    await flushPromises();
    expect(calls).not.toContain('makeViewer');
    expect(doc.close).toHaveBeenCalledOnce();
  });

  it('lets the document go when the pane is closed while pdf.js still reads it', async () => {
    const opening = await closedWhileReading();
    const doc = openedDoc();
    opening.open(doc);
    await flushPromises();
    expect(fake.setDocument).toEqual([]);
    expect(doc.close).toHaveBeenCalledOnce();
  });

  it('asks for a password while open, and not once the pane is closed', async () => {
    fake.viewerModule = new Promise(() => undefined);
    fake.opening = new Promise(() => undefined);
    mountPane();
    await flushPromises();
    const dialogs = useDialogs();
    void fake.askPassword?.('need');
    expect(dialogs.password?.fileName).toBe('a.pdf');
    dialogs.password = null;
    closePane();
    const answer = fake.askPassword?.('need');
    expect(dialogs.password).toBeNull();
    expect(await answer).toBeNull();
  });

  it('says nothing of a document that failed once the pane is closed', async () => {
    const opening = await closedWhileReading();
    opening.fail(new Error('password cancelled'));
    await flushPromises();
    expect(useNotify().toasts).toEqual([]);
  });

  it('tells the user when the document cannot be opened, and shows none', async () => {
    fake.viewerModule = Promise.resolve({});
    fake.opening = Promise.reject(new Error('Invalid PDF structure'));
    mountPane();
    await flushPromises();
    expect(calls).toContain('makeViewer');
    expect(fake.setDocument).toEqual([]);
    expect(useNotify().toasts.some((t) => t.level === 'error')).toBe(true);
  });
});

describe('a PDF pdf.js takes long to open', () => {
  const warnings = () => useNotify().toasts.filter((t) => t.level === 'warning');
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('tells the user after SLOW_OPEN_MS, and takes it back once the document opens', async () => {
    const opening = await mountedWhileReading();
    // No page count yet: none is made up.
    expect(pane?.text()).toContain('/ …');
    await vi.advanceTimersByTimeAsync(SLOW_OPEN_MS - 1);
    expect(warnings()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]?.text).toContain(String(SLOW_OPEN_MS / 1000));
    opening.open(openedDoc());
    await flushPromises();
    expect(warnings()).toEqual([]);
    expect(fake.setDocument).toHaveLength(1);
  });

  it('takes the message back when the pane is closed', async () => {
    await mountedWhileReading();
    await vi.advanceTimersByTimeAsync(SLOW_OPEN_MS);
    expect(warnings()).toHaveLength(1);
    closePane();
    expect(warnings()).toEqual([]);
  });

  it('says nothing while the user is asked for a password', async () => {
    await mountedWhileReading();
    void fake.askPassword?.('need');
    await vi.advanceTimersByTimeAsync(SLOW_OPEN_MS * 2);
    expect(warnings()).toEqual([]);
  });

  it('says nothing of a pane closed before', async () => {
    await mountedWhileReading();
    closePane();
    await vi.advanceTimersByTimeAsync(SLOW_OPEN_MS * 2);
    expect(useNotify().toasts).toEqual([]);
  });
});
