// The main window opens where the reader left it: its place kept across
// launches (written atomically, a damaged file set aside, nothing written
// read-only), and checked against the screens there are now.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW,
  MIN_WINDOW,
  WindowPlaceService,
  windowToOpen,
} from '../../../src-main/services/window-place';

const SCREEN = { x: 0, y: 0, width: 1920, height: 1040 };
/** A second screen to the right of the first. */
const RIGHT = { x: 1920, y: 0, width: 1280, height: 1024 };
const PLACE = { x: 200, y: 100, width: 1280, height: 800, maximized: false };

describe('where the window opens', () => {
  it('opens at the default size, centred, when no place is kept', () => {
    expect(windowToOpen(null, [SCREEN])).toEqual({ ...DEFAULT_WINDOW, maximized: false });
  });

  it('opens where it was while a screen shows its top edge', () => {
    expect(windowToOpen(PLACE, [SCREEN])).toEqual(PLACE);
    expect(windowToOpen({ ...PLACE, x: 2000 }, [SCREEN, RIGHT])).toEqual({ ...PLACE, x: 2000 });
    // Mostly off the left edge, its top still grippable.
    expect(windowToOpen({ ...PLACE, x: -1100 }, [SCREEN])).toEqual({ ...PLACE, x: -1100 });
  });

  it('opens at the default size when its screen is gone, its top edge is off screen, or it is larger than its screen', () => {
    expect(windowToOpen({ ...PLACE, x: 2000 }, [SCREEN])).toEqual({ ...DEFAULT_WINDOW, maximized: false });
    expect(windowToOpen({ ...PLACE, y: -500 }, [SCREEN])).toEqual({ ...DEFAULT_WINDOW, maximized: false });
    expect(windowToOpen({ ...PLACE, x: -1250 }, [SCREEN])).toEqual({ ...DEFAULT_WINDOW, maximized: false });
    expect(windowToOpen({ ...PLACE, width: 2500 }, [SCREEN])).toEqual({
      ...DEFAULT_WINDOW,
      maximized: false,
    });
    expect(windowToOpen(PLACE, [])).toEqual({ ...DEFAULT_WINDOW, maximized: false });
  });

  it('opens no larger than the primary screen when it opens at the default size', () => {
    const laptop = { x: 0, y: 0, width: 1366, height: 728 };
    expect(windowToOpen(null, [laptop, SCREEN])).toEqual({ width: 1366, height: 728, maximized: false });
  });

  it('keeps it maximized, and never opens it smaller than the app lays out well', () => {
    expect(windowToOpen({ ...PLACE, maximized: true }, [SCREEN]).maximized).toBe(true);
    expect(windowToOpen({ ...PLACE, x: 5000, maximized: true }, [SCREEN]).maximized).toBe(true);
    expect(windowToOpen({ ...PLACE, width: 300, height: 200 }, [SCREEN])).toMatchObject(MIN_WINDOW);
  });
});

describe('the place kept', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rl-window-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is kept across launches, the last one saved', async () => {
    const first = new WindowPlaceService(dir);
    expect(await first.get()).toBeNull();
    await first.save(PLACE);
    await first.save({ ...PLACE, maximized: true });
    await first.flush();
    expect(await new WindowPlaceService(dir).get()).toEqual({ ...PLACE, maximized: true });
    expect(JSON.parse(await readFile(join(dir, 'window-place.json'), 'utf8'))).toEqual({
      ...PLACE,
      maximized: true,
    });
  });

  it('writes nothing for a place it was already given, or one that is not a place', async () => {
    const places = new WindowPlaceService(dir);
    await places.save(PLACE);
    await rm(join(dir, 'window-place.json'));
    await places.save({ ...PLACE });
    await places.save({ ...PLACE, width: 1.5 });
    await places.save({ ...PLACE, x: Number.NaN });
    expect(await readdir(dir)).toEqual([]);
  });

  it('sets a damaged file aside and opens at the default size', async () => {
    await writeFile(join(dir, 'window-place.json'), '{"x": 1, "y": ');
    expect(await new WindowPlaceService(dir).get()).toBeNull();
    expect((await readdir(dir)).some((f) => f.startsWith('window-place.json.damaged-'))).toBe(true);
  });

  it('writes nothing and sets nothing aside read-only', async () => {
    await writeFile(join(dir, 'window-place.json'), 'not json');
    const places = new WindowPlaceService(dir, { readOnly: true });
    expect(await places.get()).toBeNull();
    await places.save(PLACE);
    await places.flush();
    expect(await readdir(dir)).toEqual(['window-place.json']);
    expect(await readFile(join(dir, 'window-place.json'), 'utf8')).toBe('not json');
    // What was saved is still what the session knows.
    expect(await places.get()).toEqual(PLACE);
  });
});
