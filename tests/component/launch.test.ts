// @vitest-environment jsdom
// The document left open is asked for once, at launch, before the app mounts;
// the reader takes those answers instead of asking again, and only once.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { buildTextModel } from '../../src-shared/text';
import type { OpenedDocument } from '../../src-shared/api';

const ID = 'b'.repeat(64);
const calls: string[] = [];

function fakeApi(current: string | null): void {
  const model = buildTextModel('一、标题\n\n正文。');
  const opened: OpenedDocument = {
    record: {
      id: ID,
      type: 'txt',
      fileName: 'x.txt',
      title: 't',
      importedAt: '2024-01-01T00:00:00.000Z',
      chars: model.text.length,
    } as OpenedDocument['record'],
    model,
  };
  const answers: Record<string, unknown> = {
    'reading.get': { current, places: [] },
    'document.open': opened,
    'document.source': new Uint8Array([1, 2, 3]),
  };
  (window as unknown as { api: unknown }).api = {
    invoke: async (method: string) => {
      calls.push(method);
      return { ok: true, value: answers[method] ?? null };
    },
    on: () => () => undefined,
  };
}

describe('launch', () => {
  beforeEach(() => {
    calls.length = 0;
    sessionStorage.clear();
    setActivePinia(createPinia());
  });

  it('asks for the document left open before anything mounts, and the reader takes it once', async () => {
    fakeApi(ID);
    vi.resetModules();
    const launch = await import('../../src-renderer/src/launch');
    launch.startLaunch();
    const doc = await launch.launchDocument();
    expect(doc?.id).toBe(ID);
    expect(calls).toEqual(['reading.get', 'document.open', 'document.source']);
    const { useReader } = await import('../../src-renderer/src/stores/reader');
    const { useReading } = await import('../../src-renderer/src/stores/reading');
    expect((await useReading().load()).current).toBe(ID);
    const reader = useReader();
    await reader.open(ID);
    expect(reader.doc?.record.id).toBe(ID);
    // Nothing asked twice: the reading state and the document came from the launch.
    expect(calls).toEqual(['reading.get', 'document.open', 'document.source']);
    // A second open (the document may have changed since) asks afresh.
    await reader.open(ID);
    expect(calls.filter((c) => c === 'document.open')).toHaveLength(2);
  });

  it('asks for no document when none was left open, or after a reload within the session', async () => {
    fakeApi(null);
    vi.resetModules();
    let launch = await import('../../src-renderer/src/launch');
    launch.startLaunch();
    expect(await launch.launchDocument()).toBeNull();
    fakeApi(ID);
    sessionStorage.setItem('rl-opened', '1');
    vi.resetModules();
    launch = await import('../../src-renderer/src/launch');
    launch.startLaunch();
    expect(await launch.launchDocument()).toBeNull();
    expect(calls).toEqual(['reading.get', 'reading.get']);
  });
  it('shows the document only once what it waits for is ready', async () => {
    fakeApi(null);
    vi.resetModules();
    const { useReader } = await import('../../src-renderer/src/stores/reader');
    const reader = useReader();
    let release = (): void => undefined;
    const held = new Promise<void>((ok) => (release = ok));
    const seen: Array<string | undefined> = [];
    const opening = reader.open(ID, null, 'txt', (opened) => {
      seen.push(opened.record.id);
      return held;
    });
    await new Promise((ok) => setTimeout(ok, 10));
    expect(seen).toEqual([ID]);
    expect(reader.doc).toBeNull();
    release();
    await opening;
    expect(reader.doc?.record.id).toBe(ID);
  });
});
