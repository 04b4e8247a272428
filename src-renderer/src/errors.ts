import { AppError } from '@shared/errors';
import { i18n } from './i18n';

/** A sentence for the user, in their language, for any failure. */
export function describeError(err: unknown): string {
  const t = i18n.global.t;
  if (err instanceof AppError) {
    return t(`errors.${err.code}`, { message: err.message, ...(err.params ?? {}) });
  }
  return t('errors.internal', { message: err instanceof Error ? err.message : String(err) });
}
