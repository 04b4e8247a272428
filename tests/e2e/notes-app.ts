// The app over a library holding the sample with `n` notes (the benchmark's
// library), started before a file's tests and closed after them.
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, expect } from 'vitest';
import { closeBrowser, startApp } from './harness';
import type { AppHandle } from './harness';
import { libraryWith } from '../bench/highlights-library';

export function appWithNotes(n: number): () => AppHandle {
  let app: AppHandle | undefined;
  let dir = '';
  beforeAll(async () => {
    dir = await libraryWith(n);
    app = await startApp({ userData: dir, seed: false });
  });
  afterAll(async () => {
    await app?.close();
    await closeBrowser();
    await rm(dir, { recursive: true, force: true });
    expect(app?.pageErrors).toEqual([]);
  });
  return () => {
    if (!app) throw new Error('the app has not started');
    return app;
  };
}
