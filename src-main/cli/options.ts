// Small helpers the interop commands share: `--name value` / `--name=value`
// options and usage errors that print their own line.
import { AppError } from '../../src-shared/errors';

export function usageFail(message: string, usage?: string): AppError {
  return new AppError('invalid-argument', message, { detail: usage ? `${message}\n${usage}` : message });
}

export interface Parsed {
  positional: string[];
  options: Map<string, string>;
}

/** Splits `rest` into positional arguments and the value options named in `known`. */
export function parseOptions(rest: readonly string[], known: readonly string[], usage: string): Parsed {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    if (!known.includes(name)) throw usageFail(`unknown option: ${arg}`, usage);
    const value = eq >= 0 ? arg.slice(eq + 1) : rest[++i];
    if (!value) throw usageFail(`--${name} needs a value`, usage);
    options.set(name, value);
  }
  return { positional, options };
}
