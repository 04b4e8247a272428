// Serves the built renderer under the app:// scheme. Plain Node: the path of
// a request is resolved inside the renderer folder and never outside it.
import { readFile, realpath } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/** Whether a URL path is the app's page (index.html), which the launch may add to. */
export function isPage(urlPath: string): boolean {
  return urlPath === '/' || urlPath === '' || urlPath === '/index.html';
}

/** The file for a URL path, or null when it is missing or outside `root`. */
export async function readStatic(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  try {
    const base = await realpath(root);
    const file = await realpath(join(base, relative));
    if (!file.startsWith(base + sep)) return null;
    const contentType = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    return { body: await readFile(file), contentType };
  } catch {
    return null;
  }
}
