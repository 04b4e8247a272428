// Edits held in the renderer are sent when the page unloads or is hidden
// (minimised, another app, the laptop lid): the renderer may be gone before
// the next timer.
import { onBeforeUnmount, onMounted } from 'vue';

export function useFlushOnHide(flush: () => Promise<void>): void {
  const onUnload = () => void flush();
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') void flush();
  };
  onMounted(() => {
    window.addEventListener('beforeunload', onUnload);
    document.addEventListener('visibilitychange', onVisibility);
  });
  onBeforeUnmount(() => {
    window.removeEventListener('beforeunload', onUnload);
    document.removeEventListener('visibilitychange', onVisibility);
  });
}
