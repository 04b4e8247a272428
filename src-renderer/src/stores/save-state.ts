// Whether what the user did is on disk: edits waiting to be sent, being
// written, or refused by the disk (full, read-only) and kept in memory to be
// tried again. The chrome shows it; nothing here writes anything itself.
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { AppError } from '@shared/errors';
import type { AppStatus } from '@shared/api';
import { api } from '../api';

/** Why writing fails: a file-system code (ENOSPC, EROFS, EACCES…), 'read-only', 'newer-version'. */
export type SaveFailure = string;

/** While writes fail, the stores try again this often (the disk may have been freed). */
export const RETRY_MS = 5_000;

export const useSaveState = defineStore('saveState', () => {
  /** Edits held in the renderer, per store ('annotations', 'indicators'). */
  const unsent = ref<Record<string, number>>({});
  const inFlight = ref(0);
  const failure = ref<SaveFailure | null>(null);
  const readOnly = ref<AppStatus['readOnly']>(null);

  const pending = computed(() => Object.values(unsent.value).reduce((a, b) => a + b, 0));
  const state = computed<'saved' | 'pending' | 'saving' | 'failed'>(() => {
    if (readOnly.value || (failure.value && pending.value > 0)) return 'failed';
    if (inFlight.value > 0) return 'saving';
    return pending.value > 0 ? 'pending' : 'saved';
  });
  /** The i18n key saying why edits cannot be saved, or null. */
  const failureKey = computed(() => {
    if (readOnly.value === 'newer-version') return 'saveState.failedNewer';
    if (readOnly.value === 'read-only') return 'saveState.failedReadOnlyMode';
    if (!failure.value || pending.value === 0) return null;
    switch (failure.value) {
      case 'ENOSPC':
        return 'saveState.failedFull';
      case 'EROFS':
        return 'saveState.failedReadOnly';
      case 'EACCES':
      case 'EPERM':
        return 'saveState.failedDenied';
      case 'newer-version':
        return 'saveState.failedNewer';
      case 'read-only':
        return 'saveState.failedReadOnlyMode';
      default:
        return 'saveState.failedOther';
    }
  });

  function setUnsent(store: string, n: number): void {
    unsent.value = { ...unsent.value, [store]: n };
  }

  /** Run one write, counting it in flight; resolves true when it landed. */
  async function write(task: () => Promise<unknown>): Promise<boolean> {
    inFlight.value++;
    try {
      await task();
      failure.value = null;
      return true;
    } catch (err) {
      failure.value = reasonOf(err);
      throw err;
    } finally {
      inFlight.value--;
    }
  }

  async function loadStatus(): Promise<void> {
    readOnly.value = (await api.invoke('app.status', undefined)).readOnly;
  }

  return { unsent, inFlight, failure, readOnly, pending, state, failureKey, setUnsent, write, loadStatus };
});

/** A storage failure's reason, or null for any other error (those are not the disk's fault). */
export function reasonOf(err: unknown): SaveFailure | null {
  if (err instanceof AppError && err.code === 'storage') return String(err.params?.['reason'] ?? 'unknown');
  return null;
}
