// The user's settings, kept in library.json beside the documents.
import type * as v from 'valibot';
import type { SettingsPatchSchema } from '../../src-shared/api';
import type { Settings } from '../../src-shared/model';
import type { LibraryData } from './library-db';
import type { JsonStore } from './json-store';

export type SettingsPatch = v.InferOutput<typeof SettingsPatchSchema>;

export class SettingsService {
  constructor(private readonly store: JsonStore<LibraryData>) {}

  get(): Settings {
    return { ...this.store.data.settings };
  }

  async set(patch: SettingsPatch): Promise<Settings> {
    await this.store.update((data) => {
      const next = { ...data.settings };
      if (patch.locale !== undefined) next.locale = patch.locale;
      if (patch.theme !== undefined) next.theme = patch.theme;
      if (patch.fontSize !== undefined) next.fontSize = patch.fontSize;
      if (patch.readingFont !== undefined) next.readingFont = patch.readingFont;
      if (patch.lineHeight !== undefined) next.lineHeight = patch.lineHeight;
      data.settings = next;
    });
    return this.get();
  }
}
