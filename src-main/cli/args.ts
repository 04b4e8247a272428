// Command-line arguments: `indicators FILE [--format jsonl|csv|json]`, `notes FILE_OR_DOC_ID` (see notes.ts).
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

export type Command = IndicatorsCommand | NotesCommand | InteropCommand | { command: 'help' };

export const USAGE = `usage: reportlens indicators FILE [--format jsonl|csv|json]

  FILE      a report as .txt (any encoding), .pdf or .docx
  --format  jsonl (default): one indicator a line; csv: UTF-8 with BOM; json: one array

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
  if (command !== 'indicators') throw usageError(`unknown command: ${command}`);
  let format: OutputFormat = 'jsonl';
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : rest[++i];
      if (value !== 'jsonl' && value !== 'csv' && value !== 'json')
        throw usageError(`unknown format: ${value ?? '(none)'}`);
      format = value;
    } else if (arg.startsWith('--')) {
      throw usageError(`unknown option: ${arg}`);
    } else {
      files.push(arg);
    }
  }
  if (files.length !== 1) throw usageError(files.length === 0 ? 'no file given' : 'give one file');
  return { command: 'indicators', file: files[0] ?? '', format };
}
