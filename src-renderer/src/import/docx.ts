// A .docx's text, with the checks that come before mammoth: it must be a zip,
// and a zip bomb is refused on its declared and actual unpacked sizes before
// mammoth unpacks it all into memory. Used on the UI thread and in workers.
// The check (fflate, whose tables are built when it is evaluated) and mammoth
// are chunks fetched side by side at the first .docx, not at every launch.
import { AppError } from '@shared/errors';
import type { TextModel } from '@shared/model';
import { buildTextModel } from '@shared/text';

export async function parseDocx(bytes: Uint8Array): Promise<TextModel> {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new AppError('docx-invalid');
  const [{ checkUnpackedSize }, { default: mammoth }] = await Promise.all([
    import('@shared/zip/unpacked-size'),
    import('mammoth/mammoth.browser.js'),
  ]);
  checkUnpackedSize(bytes);
  try {
    const result = await mammoth.extractRawText({ arrayBuffer: bytes.slice().buffer });
    return buildTextModel(result.value);
  } catch (err) {
    throw new AppError('docx-invalid', err instanceof Error ? err.message : String(err));
  }
}
