// Test PDFs made here with pdf-lib: a two-column page and a page turned with
// /Rotate 90 whose text also runs at 90 degrees.
import { degrees, PDFDocument, StandardFonts } from 'pdf-lib';

export const LEFT = [
  'The first column starts here with',
  'a sentence that runs over three',
  'lines of the left column only.',
];
export const RIGHT = [
  'The second column has its own',
  'sentence about growth targets',
  'and public budgets this year.',
];
export const TURNED = ['Rotated text reads upwards on', 'a page that is turned ninety.'];

export async function makeTestPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const p1 = doc.addPage([612, 792]);
  LEFT.forEach((line, i) => p1.drawText(line, { x: 50, y: 700 - i * 16, size: 12, font }));
  RIGHT.forEach((line, i) => p1.drawText(line, { x: 320, y: 700 - i * 16, size: 12, font }));
  const p2 = doc.addPage([612, 792]);
  p2.setRotation(degrees(90));
  TURNED.forEach((line, i) =>
    p2.drawText(line, { x: 300 - i * 16, y: 100, size: 12, font, rotate: degrees(90) }),
  );
  return doc.save();
}

const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf'];

/**
 * A PDF of `count` pages reading `Page N <word> here`, except page `broken`: it
 * sits in a branch of the page tree whose one kid is a string, not a page.
 * pdf.js reads every other page (and counts `count`); pdf-lib drops the
 * branch's kid, so its list of pages is one short from there on.
 */
export function makeBrokenTreePdf(count: number, broken: number): Uint8Array {
  const objs: string[] = [];
  const add = (body: string) => objs.push(body);
  const kids: string[] = [];
  add('<</Type/Catalog/Pages 2 0 R>>');
  add(''); // the root, written once its kids are known
  add('<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>');
  for (let n = 1; n <= count; n++) {
    if (n === broken) {
      add('(not a page)');
      add(`<</Type/Pages/Parent 2 0 R/Kids[${objs.length} 0 R]/Count 1>>`);
    } else {
      // A word of its own: the same line on three pages or more is a running head, left out.
      const text = `BT /F1 18 Tf 72 700 Td (Page ${n} ${WORDS[n % WORDS.length]} here) Tj ET`;
      add(`<</Length ${text.length}>>stream\n${text}\nendstream`);
      add(
        `<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Resources <</Font<</F1 3 0 R>>>>/Contents ${objs.length} 0 R>>`,
      );
    }
    kids.push(`${objs.length} 0 R`);
  }
  objs[1] = `<</Type/Pages/Kids[${kids.join(' ')}]/Count ${count}>>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<</Size ${objs.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
