// Where the reader is in each document, remembered in the main process: the
// place is saved a moment after the reader stops moving, restored on open,
// and the last documents read are listed in the library.
import { defineStore } from 'pinia';
import { shallowRef } from 'vue';
import type { ReadingPlace, ReadingState } from '@shared/api';
import { api } from '../api';
import { launchReading } from '../launch';

/** A place is saved this long after the last move (scrolling saves nothing until it stops). */
const SAVE_DELAY_MS = 800;

export const useReading = defineStore('reading', () => {
  const state = shallowRef<ReadingState>({ current: null, places: [] });
  let loaded: Promise<ReadingState> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: ReadingPlace | null = null;

  function load(): Promise<ReadingState> {
    loaded ??= (launchReading() ?? api.invoke('reading.get', undefined))
      .catch(() => ({ current: null, places: [] }))
      .then((s) => (state.value = s));
    return loaded;
  }

  function placeOf(id: string): ReadingPlace | null {
    return state.value.places.find((p) => p.id === id) ?? null;
  }

  function remember(place: ReadingPlace): void {
    const at = new Date().toISOString();
    const rest = state.value.places.filter((p) => p.id !== place.id);
    state.value = { current: place.id, places: [{ ...place, at }, ...rest] };
    pending = place;
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), SAVE_DELAY_MS);
  }

  async function flush(): Promise<void> {
    clearTimeout(timer);
    const place = pending;
    pending = null;
    if (place) await api.invoke('reading.save', place).catch(() => undefined);
  }

  async function leave(): Promise<void> {
    await flush();
    state.value = { ...state.value, current: null };
    await api.invoke('reading.leave', undefined).catch(() => undefined);
  }

  return { state, load, placeOf, remember, flush, leave };
});
