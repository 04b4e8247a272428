// Modal questions (password, confirmation) as promises, so the code that asks
// reads top to bottom; the components only show and answer them.
import { defineStore } from 'pinia';
import { ref } from 'vue';

export interface PasswordQuestion {
  fileName: string;
  wrong: boolean;
  answer(value: string | null): void;
}

export interface ConfirmQuestion {
  text: string;
  answer(ok: boolean): void;
}

export const useDialogs = defineStore('dialogs', () => {
  const password = ref<PasswordQuestion | null>(null);
  const confirmation = ref<ConfirmQuestion | null>(null);

  function askPassword(fileName: string, wrong: boolean): Promise<string | null> {
    return new Promise((resolve) => {
      password.value = {
        fileName,
        wrong,
        answer(value) {
          password.value = null;
          resolve(value);
        },
      };
    });
  }

  function confirm(text: string): Promise<boolean> {
    return new Promise((resolve) => {
      confirmation.value = {
        text,
        answer(ok) {
          confirmation.value = null;
          resolve(ok);
        },
      };
    });
  }

  return { password, confirmation, askPassword, confirm };
});
