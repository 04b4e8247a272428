// Exports to files: a document's notes as Markdown (built by the pure
// renderer in src-shared/export), and saving text where the user chooses in
// a native dialog (Electron's in the app, a temp folder in the harness).
import type { Annotation, DocumentRecord, Locale, TextModel } from '../../src-shared/model';
import { notesToCitedMarkdown, type CitedFilter } from '../../src-shared/interop/markdown-cited';
import type { LibraryService } from './library';
import type { NotesService } from './notes';
import type { CombinedRecord } from '../../src-shared/compare/rows';
import { combinedWorkbook, type WorkbookOptions } from './xlsx';

export interface NotesMarkdownInput {
  record: DocumentRecord;
  model: TextModel;
  annotations: Annotation[];
  /** Language of the words the file adds (headings, "page"). */
  locale?: Locale;
}

/** src-shared/export/markdown.ts's notesToMarkdown. */
export type NotesToMarkdown = (input: NotesMarkdownInput) => string;

/** Asks where to save `data` (suggesting `suggestedName`) and writes it; null when cancelled. */
export type SaveFile = (suggestedName: string, data: string | Uint8Array) => Promise<{ path: string } | null>;

/** Asks where to save `bytes` (a binary file such as a workbook) and writes them; null when cancelled. */
export type SaveBytes = (suggestedName: string, bytes: Uint8Array) => Promise<{ path: string } | null>;

export interface ExportDeps {
  saveBytes?: SaveBytes;
  library: Pick<LibraryService, 'open'> & { settings: { get(): { locale: Locale } } };
  notes: Pick<NotesService, 'list'>;
  notesToMarkdown: NotesToMarkdown;
  saveFile: SaveFile;
}

const MAX_NAME = 120;
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\.|$)/i;

/**
 * A plain file name: no folders, no characters or names Windows or macOS
 * refuse, no leading dots; the dialog starts from it, but a harness may write
 * it as is.
 */
export function safeFileName(name: string): string {
  // A right-to-left override would show `report<U+202E>dm.exe` as `reportexe.md`; lone surrogates are not text.
  const visible = name.replace(
    /[\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    '',
  );
  const base = visible.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_').replace(/^[.\s]+|[.\s]+$/g, '');
  if (cleaned === '') return 'notes.md';
  if (RESERVED.test(cleaned)) return safeFileName(`_${cleaned}`);
  if (cleaned.length <= MAX_NAME) return cleaned;
  const ext = /\.[^.]{1,10}$/.exec(cleaned)?.[0] ?? '';
  return cleaned.slice(0, MAX_NAME - ext.length) + ext;
}

export class ExportService {
  constructor(private readonly deps: ExportDeps) {}

  async notesMarkdown({ id }: { id: string }): Promise<string> {
    const { record, model } = await this.deps.library.open({ id });
    const annotations = await this.deps.notes.list({ id });
    const { locale } = this.deps.library.settings.get();
    return this.deps.notesToMarkdown({ record, model, annotations, locale });
  }

  saveText({
    suggestedName,
    text,
  }: {
    suggestedName: string;
    text: string;
  }): Promise<{ path: string } | null> {
    return this.deps.saveFile(safeFileName(suggestedName), text);
  }

  async notesCited({ id, ...filter }: { id: string } & CitedFilter): Promise<string> {
    const { record, model } = await this.deps.library.open({ id });
    const annotations = await this.deps.notes.list({ id });
    const { locale } = this.deps.library.settings.get();
    return notesToCitedMarkdown({ record, model, annotations, locale, filter });
  }

  saveBytes({
    suggestedName,
    bytes,
  }: {
    suggestedName: string;
    bytes: Uint8Array;
  }): Promise<{ path: string } | null> {
    return this.deps.saveFile(safeFileName(suggestedName), bytes);
  }

  /** The combined indicator table as an .xlsx workbook, saved where the user chooses. */
  async saveXlsx({
    suggestedName,
    records,
    headers,
    sheetName,
  }: {
    suggestedName: string;
    records: CombinedRecord[];
    headers?: WorkbookOptions['headers'];
    sheetName?: string;
  }): Promise<{ path: string } | null> {
    const save = this.deps.saveBytes;
    if (!save) return null;
    const name = safeFileName(suggestedName.endsWith('.xlsx') ? suggestedName : `${suggestedName}.xlsx`);
    const bytes = await combinedWorkbook(records, {
      ...(headers ? { headers } : {}),
      ...(sheetName ? { sheetName } : {}),
    });
    return save(name, bytes);
  }
}
