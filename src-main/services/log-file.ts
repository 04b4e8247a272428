// The app's log file, so a user can send what happened: one line per event in
// <userData>/logs/main.log, rotated at a size cap (main.log.1, main.log.2, ...).
// Nothing a user wrote ever goes in: errors are logged by name, code and stack
// frames (never their message, which may quote the data that failed), and
// quoted text in our own messages is cut out, since a damaged file's parse
// error quotes the file.
import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface LogOptions {
  /** Largest size of one file before it is rotated (default 1 MiB). */
  maxBytes?: number;
  /** Files kept, the current one included (default 3). */
  files?: number;
  now?: () => Date;
}

export type LogLevel = 'INFO' | 'WARN' | 'ERROR';
export type LogFields = Record<string, string | number | boolean | undefined>;

const MAX_MESSAGE_CHARS = 300;
const MAX_FRAMES = 8;

/** Cuts out anything quoted ("…", '…', “…”, «…», 「…」) and overlong text. */
export function redact(text: string): string {
  const cut = text
    .replace(/"[^"\n]*"?/g, '"…"')
    .replace(/'[^'\n]*'?/g, "'…'")
    .replace(/“[^”\n]*”?/g, '“…”')
    .replace(/「[^」\n]*」?/g, '「…」')
    .replace(/«[^»\n]*»?/g, '«…»')
    .replace(/[\r\n\t]+/g, ' ');
  return cut.length > MAX_MESSAGE_CHARS ? `${cut.slice(0, MAX_MESSAGE_CHARS)}…` : cut;
}

/** An error without its message: its kind, system code and where it was thrown. */
export function describeErrorSafely(err: unknown): string {
  if (!(err instanceof Error)) return `(thrown ${typeof err})`;
  const e = err as Error & { code?: unknown; syscall?: unknown };
  const parts = [e.name];
  if (typeof e.code === 'string' && /^[A-Za-z0-9_-]{1,40}$/.test(e.code)) parts.push(`code=${e.code}`);
  if (typeof e.syscall === 'string' && /^[a-z_]{1,20}$/.test(e.syscall)) parts.push(`syscall=${e.syscall}`);
  const frames = (e.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, MAX_FRAMES)
    .map((line) => redact(line.trim()));
  return [parts.join(' '), ...frames].join(' | ');
}

function formatFields(fields: LogFields): string {
  return Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${typeof value === 'string' ? redact(value) : String(value)}`)
    .join(' ');
}

export class LogFile {
  readonly path: string;
  private readonly maxBytes: number;
  private readonly files: number;
  private readonly now: () => Date;
  private size: number;

  constructor(
    readonly dir: string,
    options: LogOptions = {},
  ) {
    this.path = join(dir, 'main.log');
    this.maxBytes = options.maxBytes ?? 1024 * 1024;
    this.files = Math.max(1, options.files ?? 3);
    this.now = options.now ?? (() => new Date());
    mkdirSync(dir, { recursive: true });
    try {
      this.size = statSync(this.path).size;
    } catch {
      this.size = 0;
    }
  }

  write(level: LogLevel, event: string, fields: LogFields = {}, err?: unknown): void {
    const rest = formatFields(fields);
    const line =
      [
        this.now().toISOString(),
        level,
        redact(event),
        rest,
        err === undefined ? '' : describeErrorSafely(err),
      ]
        .filter((part) => part !== '')
        .join(' ') + '\n';
    const bytes = Buffer.byteLength(line);
    try {
      if (this.size > 0 && this.size + bytes > this.maxBytes) this.rotate();
      // Synchronous, so the line is on disk even if the process dies next.
      appendFileSync(this.path, line);
      this.size += bytes;
    } catch {
      // A log that cannot be written (full or read-only disk) must not break the app.
    }
  }

  info(event: string, fields?: LogFields): void {
    this.write('INFO', event, fields);
  }

  warn(event: string, fields?: LogFields, err?: unknown): void {
    this.write('WARN', event, fields, err);
  }

  error(event: string, fields?: LogFields, err?: unknown): void {
    this.write('ERROR', event, fields, err);
  }

  /** The services' `log(message, err)` hook, writing here. */
  readonly serviceLog = (message: string, err?: unknown): void => this.warn(message, {}, err);

  /** The files that exist now, newest first. */
  allPaths(): string[] {
    return Array.from({ length: this.files }, (_, i) => (i === 0 ? this.path : `${this.path}.${i}`));
  }

  private rotate(): void {
    const paths = this.allPaths();
    rmSync(paths[paths.length - 1] ?? this.path, { force: true });
    for (let i = paths.length - 2; i >= 0; i--) {
      try {
        renameSync(paths[i] ?? this.path, paths[i + 1] ?? this.path);
      } catch {
        // That generation did not exist yet.
      }
    }
    this.size = 0;
  }
}
