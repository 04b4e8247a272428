/**
 * Runs `task` when the page is next idle (at the latest after `timeout` ms,
 * when given); where the browser has no idle callbacks, on the next task.
 */
export function whenIdle(task: () => void, timeout?: number): void {
  if (typeof requestIdleCallback === 'function')
    requestIdleCallback(() => task(), timeout === undefined ? undefined : { timeout });
  else setTimeout(task, 0);
}
