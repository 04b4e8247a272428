// Messages for the user: short toasts that go by themselves, errors that stay
// until dismissed.
import { defineStore } from 'pinia';
import { ref } from 'vue';

export interface Toast {
  id: number;
  level: 'info' | 'warning' | 'error';
  text: string;
}

export const useNotify = defineStore('notify', () => {
  const toasts = ref<Toast[]>([]);
  let next = 1;

  function dismiss(id: number): void {
    toasts.value = toasts.value.filter((t) => t.id !== id);
  }

  function push(level: Toast['level'], text: string): void {
    const id = next++;
    toasts.value.push({ id, level, text });
    if (level === 'info') setTimeout(() => dismiss(id), 5000);
  }

  return { toasts, push, dismiss };
});
