// Playwright's exposeFunction carries JSON only; Electron's IPC carries bytes.
// This codec turns Uint8Array into base64 and back on both sides of the test
// transport, so the renderer and the services see exactly what IPC gives them.
export const BYTES_KEY = '__rl_u8';

export function encodeForWire(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v instanceof Uint8Array ? { [BYTES_KEY]: Buffer.from(v).toString('base64') } : v,
  );
}

export function decodeFromWire(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => {
    if (v && typeof v === 'object' && BYTES_KEY in v) {
      const b64 = (v as Record<string, unknown>)[BYTES_KEY];
      return typeof b64 === 'string' ? new Uint8Array(Buffer.from(b64, 'base64')) : v;
    }
    return v;
  });
}

/** The same codec and the `window.api` bridge, as a script run in the page before the app. */
export const BRIDGE_INIT_SCRIPT = `(() => {
  const KEY = ${JSON.stringify(BYTES_KEY)};
  const toB64 = (u8) => {
    let s = '';
    for (let i = 0; i < u8.length; i += 0x8000) s += String.fromCharCode.apply(null, u8.subarray(i, i + 0x8000));
    return btoa(s);
  };
  const fromB64 = (b64) => {
    const s = atob(b64);
    const u8 = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) u8[i] = s.charCodeAt(i);
    return u8;
  };
  const encode = (v) => JSON.stringify(v, (k, x) => (x instanceof Uint8Array ? { [KEY]: toB64(x) } : x));
  const decode = (t) => JSON.parse(t, (k, x) => (x && typeof x === 'object' && KEY in x ? fromB64(x[KEY]) : x));
  const listeners = new Map();
  window.api = Object.freeze({
    invoke: async (method, arg) => decode(await window.__rlInvoke(method, encode(arg === undefined ? null : arg))),
    on(event, listener) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event).add(listener);
      return () => listeners.get(event).delete(listener);
    },
  });
  window.__rlEmit = (event, payloadText) => {
    const payload = decode(payloadText);
    for (const l of listeners.get(event) ?? []) l(payload);
  };
})();`;
