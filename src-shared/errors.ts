// Errors a user may see. `code` names a message in the renderer's i18n
// catalogue (`errors.<code>`) and in the CLI, so every layer says the same thing.

export type ErrorCode =
  | 'empty-file'
  | 'too-large'
  | 'binary-file'
  | 'unsupported-type'
  | 'docx-invalid'
  | 'docx-too-large'
  | 'txt-too-large'
  | 'pdf-invalid'
  | 'pdf-password'
  | 'pdf-too-complex'
  | 'pdf-page-tree'
  | 'no-text'
  | 'invalid-argument'
  | 'not-found'
  | 'picked-gone'
  | 'forbidden'
  | 'storage'
  | 'internal';

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: Record<string, string | number> | undefined;

  constructor(code: ErrorCode, message?: string, params?: Record<string, string | number>) {
    super(message ?? code);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
  }
}

/** The result envelope that crosses the IPC channel (Electron drops error fields). */
export type Envelope<T> =
  | { ok: true; value: T }
  | { ok: false; error: { code: ErrorCode; message: string; params?: Record<string, string | number> } };

export function toEnvelopeError(err: unknown): Extract<Envelope<never>, { ok: false }> {
  if (err instanceof AppError) {
    return {
      ok: false,
      error: { code: err.code, message: err.message, ...(err.params ? { params: err.params } : {}) },
    };
  }
  return {
    ok: false,
    error: { code: 'internal', message: err instanceof Error ? err.message : String(err) },
  };
}

export function fromEnvelope<T>(env: Envelope<T>): T {
  if (env.ok) return env.value;
  throw new AppError(env.error.code, env.error.message, env.error.params);
}
