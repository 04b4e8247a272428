// Links leave the app only for the browser, only over http(s), and only after
// the user has seen the whole address and agreed (a link's text may say one
// site and point to another).
import type { Locale } from '../src-shared/model';
import { nativeText } from './native-text';

export interface ExternalDeps {
  /** Shows the URL in a native dialog; true when the user chose to open it. */
  confirm(message: string, detail: string, buttons: [open: string, cancel: string]): Promise<boolean>;
  openInBrowser(url: string): Promise<void>;
}

export type ExternalOutcome = 'opened' | 'cancelled' | 'refused';

/** The URL to offer, normalised, or null when it is not plain http(s). */
export function externalUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // Credentials in a link are a classic disguise (https://bank.com@evil.example/).
  if (url.username !== '' || url.password !== '') return null;
  return url.href;
}

export async function openExternalAfterAsking(
  raw: string,
  locale: Locale,
  deps: ExternalDeps,
): Promise<ExternalOutcome> {
  const url = externalUrl(raw);
  if (url === null) return 'refused';
  const text = nativeText(locale).dialog;
  if (!(await deps.confirm(text.externalMessage, url, [text.externalOpen, text.externalCancel])))
    return 'cancelled';
  await deps.openInBrowser(url);
  return 'opened';
}
