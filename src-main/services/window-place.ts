// Where the main window was (its place and size on screen, maximized or not),
// kept in window-place.json beside the library, so that the next launch opens
// the window as the reader left it. A launch on a PDF then also finds the
// reader's pane laid out in that size before (launch-snapshot.ts keeps its
// place per window size), and draws page 1 before the app. The place is
// checked against the screens at launch: a window whose screen is gone, or
// that would open larger than its screen, opens at the default size instead.
// A missing or damaged file (kept aside) opens the default window; nothing is
// written read-only.
import { join } from 'node:path';
import * as v from 'valibot';
import { writeFileAtomic } from './atomic-write';
import type { WriteOps } from './atomic-write';
import { readOrSetAside } from './set-aside';

const coordinate = v.pipe(v.number(), v.integer(), v.minValue(-100_000), v.maxValue(100_000));
const size = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000));

export const WindowPlaceSchema = v.strictObject({
  x: coordinate,
  y: coordinate,
  width: size,
  height: size,
  maximized: v.boolean(),
});
export type WindowPlace = v.InferOutput<typeof WindowPlaceSchema>;

/** A rectangle on the desktop, as Electron gives a display's work area. */
export interface ScreenRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The window's size when no place is kept (or the kept one no longer fits a screen). */
export const DEFAULT_WINDOW = { width: 1400, height: 900 } as const;
/** The smallest window the app lays out well (issue 11 looked at 1024×700). */
export const MIN_WINDOW = { width: 800, height: 560 } as const;
/** How much of a kept window's top edge (where it is dragged from) must be on a screen, in px. */
const GRIP = { width: 120, height: 32 } as const;

/**
 * Where to open the window: the kept place if a screen still shows its top
 * edge and it fits that screen; else the default size (at most the first
 * screen's, the primary), centred.
 */
export function windowToOpen(
  kept: WindowPlace | null,
  screens: readonly ScreenRect[],
): { x?: number; y?: number; width: number; height: number; maximized: boolean } {
  const primary = screens[0];
  const fallback = {
    width: primary ? Math.min(DEFAULT_WINDOW.width, primary.width) : DEFAULT_WINDOW.width,
    height: primary ? Math.min(DEFAULT_WINDOW.height, primary.height) : DEFAULT_WINDOW.height,
    maximized: kept?.maximized ?? false,
  };
  if (!kept) return fallback;
  const grip = { x: kept.x, y: kept.y, width: kept.width, height: GRIP.height };
  const home = screens.find((s) => {
    const wide = Math.min(grip.x + grip.width, s.x + s.width) - Math.max(grip.x, s.x);
    const high = Math.min(grip.y + grip.height, s.y + s.height) - Math.max(grip.y, s.y);
    return wide >= GRIP.width && high >= GRIP.height;
  });
  if (!home || kept.width > home.width || kept.height > home.height) return fallback;
  return {
    x: kept.x,
    y: kept.y,
    width: Math.max(kept.width, MIN_WINDOW.width),
    height: Math.max(kept.height, MIN_WINDOW.height),
    maximized: kept.maximized,
  };
}

export class WindowPlaceService {
  private readonly file: string;
  private kept: Promise<WindowPlace | null> | null = null;
  private last = '';
  private writing: Promise<void> = Promise.resolve();

  constructor(
    userData: string,
    private readonly options: { ops?: WriteOps; readOnly?: boolean } = {},
  ) {
    this.file = join(userData, 'window-place.json');
  }

  /** The place kept, or null (none yet, or damaged: then set aside). */
  get(): Promise<WindowPlace | null> {
    this.kept ??= readOrSetAside(this.file, WindowPlaceSchema, this.options.readOnly);
    return this.kept;
  }

  /** Keeps `place` (written atomically; nothing when it is the last kept, invalid, or read-only). */
  save(place: WindowPlace): Promise<void> {
    const checked = v.safeParse(WindowPlaceSchema, place);
    if (!checked.success) return Promise.resolve();
    const text = JSON.stringify(checked.output);
    if (text === this.last) return Promise.resolve();
    this.last = text;
    this.kept = Promise.resolve(checked.output);
    if (this.options.readOnly) return Promise.resolve();
    const next = this.writing.then(() => writeFileAtomic(this.file, text, this.options.ops));
    this.writing = next.catch(() => undefined);
    return next;
  }

  /** Waits for the writes under way. */
  flush(): Promise<void> {
    return this.writing;
  }
}
