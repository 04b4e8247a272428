// @vitest-environment jsdom
// The page drawn before the app at a launch on a PDF (launch-pdf.ts) is the
// reader pane's to take, once, and only for its document; a launch that does
// not end in that pane lets it go (layer removed, document closed). The pane's
// place is sent for the next launch when it settles somewhere new.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EarlyLaunch } from '../../src-renderer/src/launch-early';
import type { FirstPage } from '../../src-renderer/src/launch-pdf';
import { keepPanePlace, PANE_SETTLE_MS, paneRectOf } from '../../src-renderer/src/pdf/pane-place';

const ok = (value: unknown) => Promise.resolve({ ok: true, value });

function firstPage(id: string) {
  const close = vi.fn(async () => undefined);
  const remove = vi.fn(() => undefined);
  const page: FirstPage = { id, opened: { close } as unknown as FirstPage['opened'], remove };
  return Object.assign(page, { close, remove });
}

async function launchWith(page: FirstPage | null): Promise<typeof import('../../src-renderer/src/launch')> {
  vi.resetModules();
  const early: EarlyLaunch = {
    reading: ok({ current: 'doc-1', places: [] }),
    document: Promise.resolve({
      id: 'doc-1',
      opened: ok({ record: { id: 'doc-1', type: 'pdf' } }),
      source: ok(new Uint8Array([1])),
      pdf: Promise.resolve(true),
      worker: Promise.resolve(null),
      firstPage: Promise.resolve(page),
    }),
    answers: {},
    snapshot: null,
  };
  (window as unknown as { __rlLaunch: EarlyLaunch }).__rlLaunch = early;
  const launch = await import('../../src-renderer/src/launch');
  launch.startLaunch();
  return launch;
}

describe('the page drawn before the app', () => {
  it('is taken once, by the pane of its document, which then owns it', async () => {
    const page = firstPage('doc-1');
    const launch = await launchWith(page);
    expect(await launch.takeFirstPage('doc-1')).toBe(page);
    expect(launch.takeFirstPage('doc-1')).toBeNull();
    launch.dropFirstPage();
    await Promise.resolve();
    expect(page.remove).not.toHaveBeenCalled();
    expect(page.close).not.toHaveBeenCalled();
  });

  it('is let go when another document’s pane asks for it', async () => {
    const page = firstPage('doc-1');
    const launch = await launchWith(page);
    expect(await launch.takeFirstPage('doc-2')).toBeNull();
    expect(page.remove).toHaveBeenCalled();
    expect(page.close).toHaveBeenCalled();
  });

  it('is let go when the launch ends elsewhere (the library, a failed open)', async () => {
    const page = firstPage('doc-1');
    const launch = await launchWith(page);
    launch.dropFirstPage();
    await vi.waitFor(() => expect(page.close).toHaveBeenCalled());
    expect(page.remove).toHaveBeenCalled();
    expect(launch.takeFirstPage('doc-1')).toBeNull();
  });

  it('leaves the pane to open the document itself when none was drawn', async () => {
    const launch = await launchWith(null);
    expect(await launch.takeFirstPage('doc-1')).toBeNull();
  });
});

describe('the pane’s place, kept for the next launch', () => {
  let observed: Array<() => void> = [];
  beforeEach(() => {
    vi.useFakeTimers();
    observed = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(private readonly fire: () => void) {
          observed.push(fire);
        }
        observe(): void {}
        disconnect(): void {
          observed = observed.filter((f) => f !== this.fire);
        }
      },
    );
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  const boxed = (left: number, top: number, right: number, bottom: number): Element =>
    ({
      getBoundingClientRect: () => ({ left, top, right, bottom, width: right - left, height: bottom - top }),
    }) as unknown as Element;

  it('is the distance from each edge of the window, and the window’s size', () => {
    expect(paneRectOf(boxed(230.4, 105, 794, 800), 1280, 800)).toEqual({
      top: 105,
      left: 230,
      right: 486,
      bottom: 0,
      width: 1280,
      height: 800,
    });
    expect(paneRectOf(boxed(0, 0, 0, 0), 1280, 800)).toBeNull();
  });

  it('is sent once it settles, and only when it moved', () => {
    const save = vi.fn();
    let el = boxed(230, 105, 794, 800);
    const stop = keepPanePlace({ getBoundingClientRect: () => el.getBoundingClientRect() } as Element, save);
    observed.forEach((f) => f());
    vi.advanceTimersByTime(PANE_SETTLE_MS - 1);
    expect(save).not.toHaveBeenCalled();
    // A drag: each frame puts the sending off.
    observed.forEach((f) => f());
    vi.advanceTimersByTime(PANE_SETTLE_MS);
    expect(save).toHaveBeenCalledTimes(1);
    observed.forEach((f) => f());
    vi.advanceTimersByTime(PANE_SETTLE_MS);
    expect(save).toHaveBeenCalledTimes(1);
    el = boxed(330, 105, 794, 800);
    window.dispatchEvent(new Event('resize'));
    vi.advanceTimersByTime(PANE_SETTLE_MS);
    expect(save).toHaveBeenCalledTimes(2);
    expect(save.mock.calls[1]?.[0]).toMatchObject({ left: 330 });
    stop();
    expect(observed).toEqual([]);
  });
});
