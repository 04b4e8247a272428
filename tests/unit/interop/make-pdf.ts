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
