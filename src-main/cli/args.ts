// Command-line arguments: `indicators FILE [--format jsonl|csv|json]`,
// `indicators FILE... --format xlsx --out FILE.xlsx` (the combined table),
// `track FILE... [--format jsonl|csv] [--all]`, `notes FILE_OR_DOC_ID` (see notes.ts).
import { AppError } from '../../src-shared/errors';
import { NOTES_USAGE, parseNotesArgs } from './notes';
import type { NotesCommand } from './notes';
import { INTEROP_USAGE, parseInteropArgs, type InteropCommand } from './interop';

export type OutputFormat = 'jsonl' | 'csv' | 'json';

export interface IndicatorsCommand {
  command: 'indicators';
  file: string;
  format: OutputFormat;
}

/** The indicators of several reports in one table (one file in xlsx, or several in any format). */
export interface CombinedCommand {
  command: 'combined';
  files: string[];
  format: OutputFormat | 'xlsx';
  /** Where the workbook goes (xlsx only; required there). */
  out?: string;
}

export type Command =
  IndicatorsCommand | CombinedCommand | TrackCommand | NotesCommand | InteropCommand | { command: 'help' };

export interface TrackCommand {
  command: 'track';
  files: string[];
  format: 'jsonl' | 'csv';
  /** Every target, not only the indicators the unification rules know. */
  all: boolean;
}

export const USAGE = `usage: reportlens indicators FILE... [--format jsonl|csv|json|xlsx] [--out FILE.xlsx]

  FILE      a report as .txt (any encoding), .pdf or .docx
  --format  jsonl (default): one indicator a line; csv: UTF-8 with BOM; json: one array;
            xlsx: the combined table of every FILE as a workbook, written to --out.
            With several files every row says its report, region and year.

usage: reportlens track FILE... [--format jsonl|csv] [--all]

  Pairs each target for year N in the report of year N with the outcome for N
  stated in the report of year N+1 of the same region: one pair a line,
  {"region","indicator","year","target":{…}|null,"outcome":{…}|null,"verdict"}
  with verdict met, missed, not-reported or no-target (target null).
  --all     every target, not only the indicators whose names are unified

${NOTES_USAGE}

${INTEROP_USAGE}`;

function usageError(detail: string): AppError {
  return new AppError('invalid-argument', detail, { detail: `${detail}\n${USAGE}` });
}

export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h') || argv[0] === 'help')
    return { command: 'help' };
  const [command, ...rest] = argv;
  if (command === 'notes') return parseNotesArgs(rest);
  const interop = parseInteropArgs(command ?? '', rest);
  if (interop) return interop;
  if (command !== 'indicators' && command !== 'track') throw usageError(`unknown command: ${command}`);
  let format: OutputFormat | 'xlsx' = 'jsonl';
  let out: string | undefined;
  let all = false;
  const files: string[] = [];
  const valueOf = (arg: string, i: number): [string | undefined, number] =>
    arg.includes('=') ? [arg.slice(arg.indexOf('=') + 1), i] : [rest[i + 1], i + 1];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (arg === '--format' || arg.startsWith('--format=')) {
      const [value, next] = valueOf(arg, i);
      i = next;
      const allowed = command === 'track' ? ['jsonl', 'csv'] : ['jsonl', 'csv', 'json', 'xlsx'];
      if (value === undefined || !allowed.includes(value))
        throw usageError(`unknown format: ${value ?? '(none)'}`);
      format = value as OutputFormat | 'xlsx';
    } else if (command === 'indicators' && (arg === '--out' || arg.startsWith('--out='))) {
      const [value, next] = valueOf(arg, i);
      i = next;
      if (!value) throw usageError('--out needs a file name');
      out = value;
    } else if (command === 'track' && arg === '--all') {
      all = true;
    } else if (arg.startsWith('--')) {
      throw usageError(`unknown option: ${arg}`);
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) throw usageError('no file given');
  if (command === 'track')
    return { command: 'track', files, format: format === 'csv' ? 'csv' : 'jsonl', all };
  if (format === 'xlsx' && !out) throw usageError('xlsx needs --out FILE.xlsx (a workbook is not printed)');
  if (out && format !== 'xlsx') throw usageError('--out is for --format xlsx');
  if (files.length === 1 && format !== 'xlsx') return { command: 'indicators', file: files[0] ?? '', format };
  return { command: 'combined', files, format, ...(out ? { out } : {}) };
}
