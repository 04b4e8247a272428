// A .docx's text, with the checks that come before mammoth: it must be a zip,
// and a zip bomb is refused on its declared and actual unpacked sizes before
// mammoth unpacks it all into memory. Used on the UI thread and in workers.
import { AppError } from '@shared/errors';
import type { TextModel } from '@shared/model';
import { buildTextModel } from '@shared/text';
import { checkUnpackedSize } from '@shared/zip/unpacked-size';

export async function parseDocx(bytes: Uint8Array): Promise<TextModel> {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new AppError('docx-invalid');
  checkUnpackedSize(bytes);
  const { default: mammoth } = await import('mammoth/mammoth.browser.js');
  try {
    const result = await mammoth.extractRawText({ arrayBuffer: bytes.slice().buffer });
    return buildTextModel(result.value);
  } catch (err) {
    throw new AppError('docx-invalid', err instanceof Error ? err.message : String(err));
  }
}
