// @vitest-environment jsdom
// The edits the renderer holds are sent when the page unloads or is hidden,
// and no longer once the shell is gone.
import { describe, expect, it, vi } from 'vitest';
import { createApp, defineComponent, h } from 'vue';
import { useFlushOnHide } from '../../src-renderer/src/shell/flush-on-hide';

function setVisibility(state: 'hidden' | 'visible'): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('flushing on hide', () => {
  it('flushes when the page is hidden or unloads, not when it shows again, and stops with the shell', () => {
    const flush = vi.fn(() => Promise.resolve());
    const app = createApp(
      defineComponent({
        setup() {
          useFlushOnHide(flush);
          return () => h('div');
        },
      }),
    );
    app.mount(document.createElement('div'));
    setVisibility('hidden');
    expect(flush).toHaveBeenCalledTimes(1);
    setVisibility('visible');
    expect(flush).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event('beforeunload'));
    expect(flush).toHaveBeenCalledTimes(2);
    app.unmount();
    setVisibility('hidden');
    window.dispatchEvent(new Event('beforeunload'));
    expect(flush).toHaveBeenCalledTimes(2);
  });
});
