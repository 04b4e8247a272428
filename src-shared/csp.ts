// The app's Content-Security-Policy: put in index.html's meta tag at build
// time and sent as a response header by the main process's app:// handler.
// Scripts come from the app:// scheme only (which serves nothing but the
// built app); pages served over http (the dev server, the end-to-end harness)
// use policyServedOver() to put their own origin in its place.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src app: 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');

/** The policy for a page served from `origin` instead of app:// (dev server, test harness). */
export function policyServedOver(origin: string, policy = CONTENT_SECURITY_POLICY): string {
  return policy.replace('script-src app:', `script-src ${origin}`);
}
