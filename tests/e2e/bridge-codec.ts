// Playwright's exposeFunction carries JSON only; Electron's IPC carries bytes.
// This codec turns Uint8Array into base64 and back on both sides of the test
// transport, so the renderer and the services see exactly what IPC gives them.
export const BYTES_KEY = '__rl_u8';

/** Whether `value` holds bytes anywhere (a replacer called on every value costs more than this walk). */
function hasBytes(value: unknown, depth = 0): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (value instanceof Uint8Array || depth > 64) return true;
  if (Array.isArray(value)) {
    for (const item of value)
      if (typeof item === 'object' && item !== null && hasBytes(item, depth + 1)) return true;
    return false;
  }
  for (const key in value) if (hasBytes((value as Record<string, unknown>)[key], depth + 1)) return true;
  return false;
}

// Without bytes, plain JSON: the harness should cost about what IPC's structured clone does, not more.
export function encodeForWire(value: unknown): string {
  if (!hasBytes(value)) return JSON.stringify(value);
  return JSON.stringify(value, (_key, v: unknown) =>
    v instanceof Uint8Array ? { [BYTES_KEY]: Buffer.from(v).toString('base64') } : v,
  );
}

export function decodeFromWire(text: string): unknown {
  if (!text.includes(`"${BYTES_KEY}"`)) return JSON.parse(text);
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
  const hasBytes = (v, d) => {
    if (typeof v !== 'object' || v === null) return false;
    if (v instanceof Uint8Array || d > 64) return true;
    if (Array.isArray(v)) return v.some((x) => typeof x === 'object' && x !== null && hasBytes(x, d + 1));
    for (const k in v) if (hasBytes(v[k], d + 1)) return true;
    return false;
  };
  const encode = (v) => hasBytes(v, 0) ? JSON.stringify(v, (k, x) => (x instanceof Uint8Array ? { [KEY]: toB64(x) } : x)) : JSON.stringify(v);
  const decode = (t) => !t.includes('"' + KEY + '"') ? JSON.parse(t) : JSON.parse(t, (k, x) => (x && typeof x === 'object' && KEY in x ? fromB64(x[KEY]) : x));
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
