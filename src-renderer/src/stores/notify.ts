// Messages for the user: short toasts that go by themselves, errors that stay
// until dismissed. A message belongs to the view it was raised in (the
// library, one document, the search): leaving that view takes its passing
// messages away, so an export's "saved" does not follow the reader to the
// next report. Errors stay until dismissed wherever the user goes (a note
// that could not be saved is news in any view), and a message raised with
// `keep` outlives the view change it announces (an import that then opens
// the document it imported). A message given as a function is worded when it
// is shown, so switching the language rewords the toasts already on screen.
import { defineStore } from 'pinia';
import { ref } from 'vue';

/** What a toast says: its words, or how to word them in the language of the moment (`() => t(…)`). */
export type Message = string | (() => string);

/** A message's words as they read now. */
export function say(message: Message): string {
  return typeof message === 'string' ? message : message();
}

export interface ToastAction {
  label: Message;
  run: () => void;
}

export interface Toast {
  id: number;
  level: 'info' | 'warning' | 'error';
  /** The words as they read now. */
  readonly text: string;
  /** The view it was raised in; null when it is not tied to one. */
  view: string | null;
  action?: ToastAction;
}

export interface PushOptions {
  /** A button in the toast (undo); the toast closes when it is pressed. */
  action?: ToastAction;
  /** Survives leaving the view it was raised in. */
  keep?: boolean;
  /** How long an info message stays, in ms. */
  duration?: number;
}

const MAX_PASSING = 8;
export const INFO_MS = 5000;
/** Long enough to notice a deletion was a mistake and reach the button. */
export const ACTION_MS = 10_000;

export const useNotify = defineStore('notify', () => {
  const toasts = ref<Toast[]>([]);
  /** The view on screen ('library', 'reader:<id>', …), set by the shell as the user moves. */
  const view = ref<string | null>(null);
  let next = 1;

  function dismiss(id: number): void {
    toasts.value = toasts.value.filter((t) => t.id !== id);
  }

  function push(level: Toast['level'], message: Message, options: PushOptions = {}): number {
    const id = next++;
    const toast: Toast = {
      id,
      level,
      get text() {
        return say(message);
      },
      view: options.keep || level === 'error' ? null : view.value,
    };
    if (options.action) toast.action = options.action;
    // The same words again (a second copy, a second save) replace the first rather than pile up.
    const text = say(message);
    if (!options.action)
      toasts.value = toasts.value.filter((t) => t.action || t.level !== level || t.text !== text);
    toasts.value.push(toast);
    // Keep the pile readable: past the limit the oldest passing messages go;
    // errors stay until the user dismisses them.
    const passing = toasts.value.filter((t) => t.level !== 'error');
    if (passing.length > MAX_PASSING) {
      const drop = new Set(passing.slice(0, passing.length - MAX_PASSING).map((t) => t.id));
      toasts.value = toasts.value.filter((t) => !drop.has(t.id));
    }
    if (level === 'info')
      setTimeout(() => dismiss(id), options.duration ?? (options.action ? ACTION_MS : INFO_MS));
    return id;
  }

  /** Presses a toast's button: runs its action once and closes it. */
  function act(id: number): void {
    const toast = toasts.value.find((t) => t.id === id);
    dismiss(id);
    toast?.action?.run();
  }

  /** The user moved to another view: what was said about the one left behind goes. */
  function enter(next: string): void {
    if (view.value === next) return;
    view.value = next;
    toasts.value = toasts.value.filter((t) => t.view === null || t.view === next);
  }

  return { toasts, view, push, dismiss, act, enter };
});
