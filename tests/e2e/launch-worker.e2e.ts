// The launch starts pdf.js's worker before the app's bundle has arrived
// (launch-early.ts): a PDF left open gets that very worker, and a launch that
// opens no PDF ends it. Counted by the page's workers whose script is pdf.js's.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, readFixture, ROOT, startApp } from './harness';
import { createServices } from '../../src-main/services/create-services';
import { loadPdf } from '../../src-main/load/pdf';

let dir: string;
let pdfId: string;
let txtId: string;

const pdfWorkers = (page: Page): number =>
  page.workers().filter((w) => w.url().includes('pdf.worker')).length;

async function leaveOpen(id: string | null): Promise<void> {
  const services = await createServices(dir);
  await services.dispatch(id ? 'reading.save' : 'reading.leave', id ? { id, offset: 0 } : undefined);
  await services.flush();
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rl-e2e-launch-'));
  const services = await createServices(dir, { samplePath: join(ROOT, 'data/hengyang-2021.txt') });
  txtId = services.library.list()[0]?.id ?? '';
  const { fileName, bytes } = await readFixture('hengyang-2021.pdf');
  const { model, pages } = await loadPdf(bytes ?? new Uint8Array());
  const env = await services.dispatch('library.import', { fileName, bytes, model, pages });
  pdfId = env.ok ? (env.value as { record: { id: string } }).record.id : '';
  await services.flush();
});

afterAll(async () => {
  await closeBrowser();
  await rm(dir, { recursive: true, force: true });
});

describe('the worker started with the page', () => {
  it('is the one the PDF left open uses: one pdf.js worker, page 1 drawn', async () => {
    await leaveOpen(pdfId);
    const app = await startApp({ userData: dir, seed: false });
    try {
      await app.page.locator('.page[data-page-number="1"] .canvasWrapper canvas').waitFor();
      expect(pdfWorkers(app.page)).toBe(1);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it.each([
    ['a text report', () => txtId, 'text-pane'],
    ['the library', () => null, 'library'],
  ])('is ended when the launch opens %s', async (_name, id, testId) => {
    await leaveOpen(id());
    const app = await startApp({ userData: dir, seed: false });
    try {
      await app.page.getByTestId(testId).waitFor();
      await expect.poll(() => pdfWorkers(app.page)).toBe(0);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
