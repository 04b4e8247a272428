import { readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-shared/errors';
import { checkUnpackedSize, MAX_UNPACKED_BYTES } from '../../../src-shared/zip/unpacked-size';
import { loadDocument } from '../../../src-main/load';
import { describeError } from '../../../src-main/cli/messages';
import { buildZip, deflatedZeros, zipBomb } from '../../support/zip-bomb';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return err instanceof AppError ? err.code : `other: ${String(err)}`;
  }
  return 'no error';
}

describe('the generated bomb', () => {
  it('really inflates to the size asked for, in a few MB', () => {
    const small = deflatedZeros(100_000);
    const out = inflateSync(small);
    expect(out.length).toBe(100_000);
    expect(out.every((b) => b === 0x30)).toBe(true);
    const big = zipBomb();
    expect(big.length).toBeLessThan(8 * 1024 * 1024);
  });
});

describe('checkUnpackedSize', () => {
  it('passes a real .docx and returns its unpacked size', async () => {
    const docx = new Uint8Array(await readFile(join(FIXTURES, 'hubei-2025.docx')));
    const size = checkUnpackedSize(docx);
    expect(size).toBeGreaterThan(docx.length);
    expect(size).toBeLessThan(MAX_UNPACKED_BYTES);
  });

  it('refuses a bomb that declares its 1 GiB', () => {
    expect(codeOf(() => checkUnpackedSize(zipBomb()))).toBe('docx-too-large');
  });

  it('refuses a bomb that declares 1 KB but inflates to 1 GiB, stopping at the cap', () => {
    expect(codeOf(() => checkUnpackedSize(zipBomb(1024 ** 3, true)))).toBe('docx-too-large');
  });

  it('counts every part: many parts just under the cap together are too large', () => {
    const part = (i: number) => ({
      name: `p${i}.xml`,
      data: deflatedZeros(1024 * 1024),
      method: 8 as const,
      declaredSize: 10,
    });
    const zip = buildZip([part(1), part(2), part(3)]);
    expect(codeOf(() => checkUnpackedSize(zip, 2.5 * 1024 * 1024))).toBe('docx-too-large');
    expect(checkUnpackedSize(zip, 4 * 1024 * 1024)).toBe(3 * 1024 * 1024);
  });

  it('calls damage damage, not a bomb', () => {
    const good = zipBomb(10_000);
    expect(codeOf(() => checkUnpackedSize(good.subarray(0, 200)))).toBe('docx-invalid');
    expect(codeOf(() => checkUnpackedSize(new TextEncoder().encode('PK not a zip at all')))).toBe(
      'docx-invalid',
    );
    // A deflate block of the reserved type 3.
    const broken = buildZip([
      { name: 'a.xml', data: new Uint8Array([0x07, 0, 0]), method: 8, declaredSize: 9 },
    ]);
    expect(codeOf(() => checkUnpackedSize(broken))).toBe('docx-invalid');
    const stored = buildZip([{ name: 'a.xml', data: new Uint8Array(9), method: 0, declaredSize: 9 }]);
    expect(checkUnpackedSize(stored)).toBe(9);
  });
});

describe('the CLI', () => {
  it('says "too large when unpacked" for a bomb', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'reportlens-bomb-'));
    try {
      const path = join(dir, 'bomb.docx');
      await writeFile(path, zipBomb(1024 ** 3, true));
      const err = await loadDocument(path).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe('docx-too-large');
      expect(describeError(err)).toContain('too large when unpacked');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('still reads a real .docx', async () => {
    const doc = await loadDocument(join(FIXTURES, 'hubei-2025.docx'));
    expect(doc.model.text.length).toBeGreaterThan(1000);
  });
});
