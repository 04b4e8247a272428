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
  // A reviver costs a call per value: a text model of 100,000 numbers pays it for nothing.
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
  // Chromium's own base64 where it has it (a loop over 3 MB of bytes costs ~50 ms; IPC costs nothing like it).
  const toB64 = (u8) => {
    if (typeof u8.toBase64 === 'function') return u8.toBase64();
    let s = '';
    for (let i = 0; i < u8.length; i += 0x8000) s += String.fromCharCode.apply(null, u8.subarray(i, i + 0x8000));
    return btoa(s);
  };
  const fromB64 = (b64) => {
    if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(b64);
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
  // Not text: an answer the HTTP bridge already decoded (bytes).
  const decode = (t) => typeof t !== 'string' ? t : !t.includes('"' + KEY + '"') ? JSON.parse(t) : JSON.parse(t, (k, x) => (x && typeof x === 'object' && KEY in x ? fromB64(x[KEY]) : x));
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

/** A `__rlInvoke` that posts each call to the page's own server (the harness's httpBridge option). */
export function httpInvokeScript(path: string): string {
  return `(() => {
  window.__rlInvoke = async (method, argText) => {
    const response = await fetch(${JSON.stringify(path)} + '?m=' + encodeURIComponent(method), {
      method: 'POST',
      body: argText,
      // A call made as the page unloads (a last save) still reaches the services.
      keepalive: argText.length < 60000,
    });
    if (!response.ok) throw new Error(await response.text());
    if (response.headers.get('content-type') === 'application/octet-stream') {
      return { ok: true, value: new Uint8Array(await response.arrayBuffer()) };
    }
    return response.text();
  };
})();`;
}
