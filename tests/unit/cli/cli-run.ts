// Runs the CLI as a user does (a child process on src-main/cli.ts).
import { execFile } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src-main/cli.ts', ...args],
      { cwd: ROOT, env: { ...process.env, REPORTLENS_DATA: '', ...env }, maxBuffer: 256 * 1024 * 1024 },
      (err, stdout, stderr) => done({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/**
 * Every file under `dir` with its content: what "nothing changed" means. The
 * housekeeping any start of the services does (the running-session marker,
 * rotating backups of what was opened) is not the user's data and is left out.
 */
export async function snapshot(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const name of await readdir(dir, { recursive: true })) {
    if (name === 'session.open' || name.startsWith('backups')) continue;
    const info = await stat(join(dir, name));
    if (info.isFile()) out.push(`${name} ${(await readFile(join(dir, name))).toString('base64')}`);
  }
  return out.sort();
}
