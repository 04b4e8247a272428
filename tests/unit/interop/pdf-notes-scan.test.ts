import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mayHoldNotes, mayHoldNotesAsync } from '../../../src-shared/interop/pdf-notes-scan';
import { fromPdfjsAnnotation } from '../../../src-shared/interop/pdfjs-read';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const ascii = (s: string) => new TextEncoder().encode(s);

/** What pdf.js itself finds: annotations we would keep (not links, not fields), over every page. */
async function notesByPdfjs(bytes: Uint8Array): Promise<number | 'unreadable'> {
  // Node 20 has no Promise.withResolvers, which pdf.js needs.
  const P = Promise as unknown as { withResolvers?: () => unknown };
  P.withResolvers ??= () => {
    const out: Record<string, unknown> = {};
    out['promise'] = new Promise((resolve, reject) => Object.assign(out, { resolve, reject }));
    return out;
  };
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    cMapUrl: join(root, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(root, 'standard_fonts') + '/',
    password: 'password',
  });
  try {
    const doc = await task.promise;
    let kept = 0;
    for (let n = 1; n <= Math.min(doc.numPages, 400); n++) {
      const page = await doc.getPage(n).catch(() => null);
      const raw: unknown[] = (await page?.getAnnotations().catch(() => [])) ?? [];
      kept += raw.filter((r) => fromPdfjsAnnotation(n, r)).length;
    }
    return kept;
  } catch {
    return 'unreadable';
  } finally {
    await task.destroy();
  }
}

describe('which PDFs may hold notes of other readers', () => {
  it('never says no to a fixture in which pdf.js finds one', async () => {
    const files = [
      ...(await readdir(join(FIXTURES, 'pdf'))).filter((f) => f.endsWith('.pdf')).map((f) => join('pdf', f)),
      'hengyang-2021.pdf',
    ];
    let skipped = 0;
    for (const file of files) {
      const bytes = new Uint8Array(await readFile(join(FIXTURES, file)));
      if (mayHoldNotes(bytes)) continue;
      skipped++;
      expect({ file, notes: await notesByPdfjs(bytes) }).toSatisfy(
        (r: { notes: number | 'unreadable' }) => r.notes === 0 || r.notes === 'unreadable',
      );
    }
    // The scan must also say no where it can: the book (links only) and the sample.
    expect(skipped).toBeGreaterThanOrEqual(2);
    expect(mayHoldNotes(new Uint8Array(await readFile(join(FIXTURES, 'pdf/freeculture.pdf'))))).toBe(false);
    expect(mayHoldNotes(new Uint8Array(await readFile(join(FIXTURES, 'pdf/highlights.pdf'))))).toBe(true);
  }, 60_000);

  it('reads a subtype across whitespace and comments, and keeps fonts, images, links and fields out', () => {
    expect(mayHoldNotes(ascii('<< /Type /Annot /Subtype/Highlight >>'))).toBe(true);
    expect(mayHoldNotes(ascii('<< /Subtype %a comment\r\n  /Ink >>'))).toBe(true);
    expect(mayHoldNotes(ascii('<< /Subtype /Text /Contents (hi) >>'))).toBe(true);
    expect(mayHoldNotes(ascii('<< /Subtype /SomethingNew >>'))).toBe(true);
    expect(
      mayHoldNotes(
        ascii('<< /Subtype /Type1 >> << /Subtype /Image >> << /Subtype /Link >> << /Subtype /Widget >>'),
      ),
    ).toBe(false);
    expect(mayHoldNotes(ascii('no subtypes at all'))).toBe(false);
  });

  it('says maybe when part of the file is out of sight: object streams, escaped names', () => {
    expect(mayHoldNotes(ascii('<< /Type /ObjStm /N 3 /First 20 >> stream'))).toBe(true);
    expect(mayHoldNotes(ascii('<< /Subtype /High#6cight >>'))).toBe(true);
    expect(mayHoldNotes(ascii('<< /Sub#74ype /Highlight >>'))).toBe(true);
  });

  it('scanned a slice at a time, finds a subtype that straddles two slices', async () => {
    const bytes = new Uint8Array(4 * 1024 * 1024 + 100).fill(0x20);
    bytes.set(ascii('/Subtype /Squiggly'), 4 * 1024 * 1024 - 6);
    expect(await mayHoldNotesAsync(bytes)).toBe(true);
    bytes.set(ascii('/Subtype /Link    '), 4 * 1024 * 1024 - 6);
    expect(await mayHoldNotesAsync(bytes)).toBe(false);
    bytes.set(ascii('/Subtype /Ink'), 4 * 1024 * 1024 + 50);
    expect(await mayHoldNotesAsync(bytes)).toBe(true);
  });
});
