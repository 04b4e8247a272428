// The ReportLens command line: the same loading and extraction as the app,
// from a terminal. `npm run --silent cli -- indicators FILE --format jsonl|csv|json`,
// `indicators FILE... --format xlsx --out FILE.xlsx`, `track FILE... --format jsonl|csv`,
// `npm run --silent cli -- notes FILE_OR_DOC_ID --format md`
import { parseArgs, USAGE } from './cli/args';
import { runIndicators } from './cli/indicators';
import { describeError } from './cli/messages';
import { runNotes } from './cli/notes';
import { runInterop } from './cli/interop';
import { runCombined, runTrack } from './cli/track';

function write(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (err) => (err ? reject(err) : resolve()));
  });
}

async function main(argv: readonly string[]): Promise<number> {
  try {
    const cmd = parseArgs(argv);
    if (cmd.command === 'help') {
      await write(`${USAGE}\n`);
      return 0;
    }
    const warn = (line: string) => void process.stderr.write(`reportlens: ${line}\n`);
    if (cmd.command === 'notes') await write(await runNotes(cmd));
    else if (cmd.command === 'track') await write(await runTrack(cmd, warn));
    else if (cmd.command === 'combined') await write(await runCombined(cmd, warn));
    else if (cmd.command !== 'indicators') return await runInterop(cmd, write);
    else await write(await runIndicators(cmd.file, cmd.format));
    return 0;
  } catch (err) {
    // A closed pipe (`… | head`) is not an error of ours.
    if ((err as { code?: unknown } | null)?.code === 'EPIPE') return 0;
    process.stderr.write(`reportlens: ${describeError(err)}\n`);
    if (process.env.REPORTLENS_DEBUG && err instanceof Error && err.stack)
      process.stderr.write(`${err.stack}\n`);
    return 1;
  }
}

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
});
process.exitCode = await main(process.argv.slice(2));
