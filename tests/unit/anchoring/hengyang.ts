// The sample report as both editions: the .txt model, and the .pdf model built
// from pdf.js's real text items (fixtures/hengyang-pdf-items.jsonl).
import { readFileSync } from 'node:fs';
import type { TextModel } from '../../../src-shared/model';
import { buildPdfTextModel, buildTextModel, decodeText, type PdfPageInput } from '../../../src-shared/text';

type CompactItem = [string, number, number, number, number, number, number, number, number, number];

interface CompactPage {
  width: number;
  height: number;
  items: CompactItem[];
}

export function hengyangPdfPages(): PdfPageInput[] {
  const lines = readFileSync(new URL('./fixtures/hengyang-pdf-items.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.length > 0);
  return lines.map((line) => {
    const page = JSON.parse(line) as CompactPage;
    return {
      width: page.width,
      height: page.height,
      items: page.items.map(([str, eol, a, b, c, d, e, f, width, height]) => ({
        str,
        hasEOL: eol === 1,
        transform: [a, b, c, d, e, f],
        width,
        height,
        dir: 'ltr',
      })),
    };
  });
}

let txt: TextModel | null = null;
let pdf: TextModel | null = null;

export function hengyangTxt(): TextModel {
  txt ??= buildTextModel(
    decodeText(new Uint8Array(readFileSync(new URL('../../fixtures/hengyang-2021.txt', import.meta.url))))
      .text,
  );
  return txt;
}

export function hengyangPdf(): TextModel {
  pdf ??= buildPdfTextModel(hengyangPdfPages());
  return pdf;
}
