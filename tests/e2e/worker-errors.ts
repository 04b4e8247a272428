// Errors thrown inside the page's workers. Chromium reports them as the
// page's own too (Playwright's 'pageerror'), but on a damaged file pdf.js's
// worker leaves some of its own promises unhandled (a page it failed on,
// cached and never asked for): that is pdf.js's worker, not the app, and the
// app still gets its answer. Tests that feed pdf.js damaged files tell the two
// apart with this.
import type { Page } from 'playwright-core';

export interface WorkerErrors {
  /** Each error's first line, as the worker's console would print it. */
  readonly errors: string[];
  /** Whether a `pageerror: …` entry of the harness is one of the workers' errors. */
  explains(pageError: string): boolean;
}

export async function watchWorkerErrors(page: Page): Promise<WorkerErrors> {
  const errors: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  const tell = (sessionId: string, id: number, method: string) =>
    cdp
      .send(
        'Target.sendMessageToTarget' as never,
        { sessionId, message: JSON.stringify({ id, method }) } as never,
      )
      .catch(() => undefined);
  cdp.on('Target.attachedToTarget', (e) => {
    if (e.targetInfo.type !== 'worker') return;
    // Told in this order, so the worker starts with its errors already watched.
    void tell(e.sessionId, 1, 'Runtime.enable').then(() =>
      tell(e.sessionId, 2, 'Runtime.runIfWaitingForDebugger'),
    );
  });
  cdp.on('Target.receivedMessageFromTarget' as never, (e: { message: string }) => {
    const m = JSON.parse(e.message) as {
      method?: string;
      params?: { exceptionDetails?: { text?: string; exception?: { description?: string } } };
    };
    if (m.method !== 'Runtime.exceptionThrown') return;
    const d = m.params?.exceptionDetails;
    errors.push((d?.exception?.description ?? d?.text ?? '').split('\n')[0] ?? '');
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
  return {
    errors,
    explains: (pageError) => {
      const message = pageError.replace(/^pageerror: /, '');
      return message !== '' && errors.some((w) => w.includes(message));
    },
  };
}
