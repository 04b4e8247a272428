// Playwright's exposeFunction carries JSON only; Electron's IPC carries bytes.
// This codec turns Uint8Array into base64 and back on both sides of the test
// transport, so the renderer and the services see exactly what IPC gives them.
export const BYTES_KEY = '__rl_u8';

/** Whether `value` holds bytes anywhere (a replacer called on every value costs more than this walk). */
export function hasBytes(value: unknown, depth = 0): boolean {
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

/**
 * The HTTP bridge's frame for a value holding bytes: the bytes travel as
 * bytes, beside the JSON (as IPC's structured clone copies them), not as
 * base64 inside it. Layout: u32 JSON length, u32 part count, u32 length of
 * each part, the JSON (UTF-8, each Uint8Array replaced by {BYTES_KEY: i}),
 * then the parts. Little-endian.
 */
export const FRAME_TYPE = 'application/x-rl-frame';

/**
 * A long string in a frame travels as a part of UTF-8 bytes too, marked
 * {STRING_KEY: i}: JSON.stringify of a book's 900 KB text model took the page
 * 25–40 ms, and the Blob of that JSON 20 more, where IPC's structured clone
 * copies the string. Strings with a lone surrogate stay in the JSON (UTF-8
 * cannot carry one).
 */
export const STRING_KEY = '__rl_str';
export const LONG_STRING = 65536;

export function frameForHttp(value: unknown): Buffer {
  const parts: Uint8Array[] = [];
  const json = Buffer.from(
    JSON.stringify(value, (_key, v: unknown) =>
      v instanceof Uint8Array ? { [BYTES_KEY]: parts.push(v) - 1 } : v,
    ),
  );
  const head = Buffer.alloc(8 + 4 * parts.length);
  head.writeUInt32LE(json.length, 0);
  head.writeUInt32LE(parts.length, 4);
  parts.forEach((p, i) => head.writeUInt32LE(p.byteLength, 8 + 4 * i));
  return Buffer.concat([head, json, ...parts]);
}

/** Puts the frame's parts back where their placeholders are (a walk, not a reviver: no call per number). */
function restoreParts(value: unknown, parts: Uint8Array[], depth = 0): unknown {
  if (typeof value !== 'object' || value === null || depth > 64) return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'object' && item !== null) value[i] = restoreParts(item, parts, depth + 1);
    }
    return value;
  }
  const record = value as Record<string, unknown>;
  const index = record[BYTES_KEY];
  if (typeof index === 'number') return parts[index] ?? value;
  const text = record[STRING_KEY];
  if (typeof text === 'number') {
    const part = parts[text];
    return part ? Buffer.from(part.buffer, part.byteOffset, part.byteLength).toString('utf8') : value;
  }
  for (const key in record) record[key] = restoreParts(record[key], parts, depth + 1);
  return value;
}

export function unframe(frame: Buffer): unknown {
  const jsonLength = frame.readUInt32LE(0);
  const count = frame.readUInt32LE(4);
  let at = 8 + 4 * count;
  const json = frame.toString('utf8', at, at + jsonLength);
  at += jsonLength;
  const parts: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const length = frame.readUInt32LE(8 + 4 * i);
    parts.push(new Uint8Array(frame.subarray(at, at + length)));
    at += length;
  }
  return restoreParts(JSON.parse(json), parts);
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
    invoke: async (method, arg) => {
      const a = arg === undefined ? null : arg;
      // The HTTP bridge takes the value itself (bytes as bytes); the binding takes text.
      if (window.__rlInvokeRaw) return window.__rlInvokeRaw(method, a);
      return decode(await window.__rlInvoke(method, encode(a)));
    },
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

/** A `__rlInvokeRaw` that posts each call to the page's own server (the harness's httpBridge option), bytes framed as bytes. */
export function httpInvokeScript(path: string): string {
  return `(() => {
  const KEY = ${JSON.stringify(BYTES_KEY)};
  const FRAME = ${JSON.stringify(FRAME_TYPE)};
  const restore = (v, parts, d) => {
    if (typeof v !== 'object' || v === null || d > 64) return v;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) if (typeof v[i] === 'object' && v[i] !== null) v[i] = restore(v[i], parts, d + 1);
      return v;
    }
    if (typeof v[KEY] === 'number') return parts[v[KEY]] ?? v;
    for (const k in v) v[k] = restore(v[k], parts, d + 1);
    return v;
  };
  // The bytes taken out by a walk that copies only the objects on their way,
  // not by a replacer: that is a call per value, and an import's text model
  // holds hundreds of thousands of numbers (IPC's structured clone pays no such call).
  const STR = ${JSON.stringify(STRING_KEY)};
  const LONG = ${LONG_STRING};
  const encoder = new TextEncoder();
  const utf8 = new TextDecoder();
  // A string worth a part of its own (see STRING_KEY), or null to leave it in the JSON.
  const textPart = (x, parts) => typeof x === 'string' && x.length >= LONG && x.isWellFormed() ? { [STR]: parts.push(encoder.encode(x)) - 1 } : null;
  // Only objects and long strings can hold or be a part.
  const mayHoldPart = (x) => (typeof x === 'object' && x !== null) || (typeof x === 'string' && x.length >= LONG);
  const strip = (v, parts, d) => {
    if (v instanceof Uint8Array) return { [KEY]: parts.push(v) - 1 };
    if (typeof v === 'string') return textPart(v, parts) ?? v;
    if (typeof v !== 'object' || v === null || d > 64) return v;
    let out = v;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const x = v[i];
        if (!mayHoldPart(x)) continue;
        const y = strip(x, parts, d + 1);
        if (y !== x) { if (out === v) out = v.slice(); out[i] = y; }
      }
      return out;
    }
    for (const k in v) {
      const x = v[k];
      if (!mayHoldPart(x)) continue;
      const y = strip(x, parts, d + 1);
      if (y !== x) { if (out === v) out = { ...v }; out[k] = y; }
    }
    return out;
  };
  // The value with its parts taken out (strip), and the parts.
  const frame = (stripped, parts) => {
    const json = encoder.encode(JSON.stringify(stripped));
    const head = new DataView(new ArrayBuffer(8 + 4 * parts.length));
    head.setUint32(0, json.length, true);
    head.setUint32(4, parts.length, true);
    parts.forEach((p, i) => head.setUint32(8 + 4 * i, p.byteLength, true));
    return new Blob([head, json, ...parts]);
  };
  const unframe = (buf) => {
    const view = new DataView(buf);
    const jsonLength = view.getUint32(0, true);
    const count = view.getUint32(4, true);
    let at = 8 + 4 * count;
    const json = new TextDecoder().decode(new Uint8Array(buf, at, jsonLength));
    at += jsonLength;
    const parts = [];
    for (let i = 0; i < count; i++) {
      const length = view.getUint32(8 + 4 * i, true);
      parts.push(new Uint8Array(buf.slice(at, at + length)));
      at += length;
    }
    return restore(JSON.parse(json), parts, 0);
  };
  window.__rlInvokeRaw = async (method, arg) => {
    // Bytes, or a long string (a document's text), go framed; the rest as JSON.
    const parts = [];
    const stripped = strip(arg, parts, 0);
    const framed = parts.length > 0;
    const json = framed ? '' : JSON.stringify(arg);
    // A large body goes as a Blob: Playwright's network instrumentation copies a string or
    // byte body on the page's thread (about 100 ms for 500 KB), which Electron's IPC never pays.
    const body = framed ? frame(stripped, parts) : json.length > 16384 ? new Blob([json]) : json;
    const response = await fetch(${JSON.stringify(path)} + '?m=' + encodeURIComponent(method), {
      method: 'POST',
      body,
      headers: { 'content-type': framed ? FRAME : 'application/json' },
      // A call made as the page unloads (a last save) still reaches the services. Chromium
      // refuses a keepalive body over 64 KB: counted in UTF-8 bytes (a CJK character is three).
      keepalive: typeof body === 'string' && new TextEncoder().encode(body).length < 60000,
    });
    if (!response.ok) throw new Error(await response.text());
    if (response.headers.get('content-type') === FRAME) return unframe(await response.arrayBuffer());
    // Not response.text(): Blink's decoder for it took 22 ms over a book's 900 KB
    // text model on the page's thread, a TextDecoder under 2 (IPC decodes nothing).
    return JSON.parse(utf8.decode(await response.arrayBuffer()));
  };
})();`;
}
