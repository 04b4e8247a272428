// The app:// scheme the renderer is served from, and the session around it:
// nothing leaves the machine, every permission but plain-text clipboard
// writes is refused, and every response carries the Content-Security-Policy.
import { protocol } from 'electron';
import type { Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../src-shared/csp';
import { isPage, readStatic } from './static-files';

export const SCHEME = 'app';
export const APP_ORIGIN = `${SCHEME}://reportlens`;

/** Before the app is ready: the scheme's privileges. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: SCHEME,
      // pdf.js loads its worker, CMaps, fonts and wasm from the app itself. V8
      // keeps the compiled scripts between launches (as it does for http(s)):
      // a launch after the first does not compile the bundle again.
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        corsEnabled: true,
        stream: true,
        codeCache: true,
      },
    },
  ]);
}

/**
 * Once ready: the session's rules, and the renderer's files served from
 * `rendererRoot`, the page itself through `page` (which may add to it).
 */
export function serveApp(
  ses: Session,
  rendererRoot: string,
  devServerUrl: string | undefined,
  page: (html: string) => Promise<string>,
): void {
  // Every permission refused but writing plain text to the clipboard (copy with the source).
  const mayUse = (permission: string) => permission === 'clipboard-sanitized-write';
  ses.setPermissionRequestHandler((_wc, permission, callback) => callback(mayUse(permission)));
  ses.setPermissionCheckHandler((_wc, permission) => mayUse(permission));
  // Nothing leaves the machine: only our own scheme and the dev server load.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed =
      details.url.startsWith(`${APP_ORIGIN}/`) ||
      details.url.startsWith('data:') ||
      details.url.startsWith('blob:') ||
      details.url.startsWith('devtools://') ||
      (devServerUrl !== undefined && details.url.startsWith(new URL(devServerUrl).origin)) ||
      (devServerUrl !== undefined && details.url.startsWith('ws://localhost'));
    callback({ cancel: !allowed });
  });

  protocol.handle(SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'reportlens' ? await readStatic(rendererRoot, url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404 });
    const body = isPage(url.pathname) ? Buffer.from(await page(file.body.toString('utf8'))) : file.body;
    return new Response(new Uint8Array(body), {
      headers: {
        'content-type': file.contentType,
        // The same policy as index.html's meta tag, also for workers and any other document.
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
      },
    });
  });
}
