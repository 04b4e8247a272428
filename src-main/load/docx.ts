// A .docx's text model in Node, for the CLI: mammoth's raw text, one
// paragraph a line, through the same buildTextModel as a .txt.
import mammoth from 'mammoth';
import { AppError } from '../../src-shared/errors';
import type { TextModel } from '../../src-shared/model';
import { buildTextModel } from '../../src-shared/text';
import { checkUnpackedSize } from '../../src-shared/zip/unpacked-size';

export async function loadDocx(bytes: Uint8Array): Promise<TextModel> {
  // A .docx is a zip: refuse anything else before handing it to mammoth.
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new AppError('docx-invalid');
  // A zip bomb is refused before mammoth unpacks it all into memory.
  checkUnpackedSize(bytes);
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return buildTextModel(result.value);
  } catch (err) {
    throw new AppError('docx-invalid', err instanceof Error ? err.message : String(err));
  }
}
