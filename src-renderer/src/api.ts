// The renderer's only way to the main process: a typed client over the bridge
// that the preload (or the test harness) exposes as `window.api`.
import type { ApiArgs, ApiClient, ApiEvents, ApiResults, Method } from '@shared/api';
import { fromEnvelope } from '@shared/errors';
import type { Envelope } from '@shared/errors';

export const api: ApiClient = {
  async invoke<M extends Method>(method: M, arg: ApiArgs[M]): Promise<ApiResults[M]> {
    const envelope = (await window.api.invoke(method, arg)) as Envelope<ApiResults[M]>;
    return fromEnvelope(envelope);
  },
  on<E extends keyof ApiEvents>(event: E, listener: (payload: ApiEvents[E]) => void): () => void {
    return window.api.on(event, (payload) => listener(payload as ApiEvents[E]));
  },
};
