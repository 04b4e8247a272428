// Messages for the user: short toasts that go by themselves, errors that stay
// until dismissed.
import { defineStore } from 'pinia';
import { ref } from 'vue';

export interface Toast {
  id: number;
  level: 'info' | 'warning' | 'error';
  text: string;
}

const MAX_PASSING = 8;

export const useNotify = defineStore('notify', () => {
  const toasts = ref<Toast[]>([]);
  let next = 1;

  function dismiss(id: number): void {
    toasts.value = toasts.value.filter((t) => t.id !== id);
  }

  function push(level: Toast['level'], text: string): void {
    const id = next++;
    toasts.value.push({ id, level, text });
    // Keep the pile readable: past the limit the oldest passing messages go;
    // errors stay until the user dismisses them.
    const passing = toasts.value.filter((t) => t.level !== 'error');
    if (passing.length > MAX_PASSING) {
      const drop = new Set(passing.slice(0, passing.length - MAX_PASSING).map((t) => t.id));
      toasts.value = toasts.value.filter((t) => !drop.has(t.id));
    }
    if (level === 'info') setTimeout(() => dismiss(id), 5000);
  }

  return { toasts, push, dismiss };
});
