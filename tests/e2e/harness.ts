// Runs the real renderer (built by Vite) in Debian's Chromium with the real
// main-process services behind `window.api`, through the same dispatcher the
// IPC channel uses. Only the transport differs from the Electron app.
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Locator, Page } from 'playwright-core';
import type { ApiEvents, PickedFile } from '../../src-shared/api';
import { createServices } from '../../src-main/services/create-services';
import type { Services } from '../../src-main/services/create-services';
import { isPage, readStatic } from '../../src-main/static-files';
import { CONTENT_SECURITY_POLICY, policyServedOver } from '../../src-shared/csp';
import { readReportFolder } from '../../src-main/services/corpus/folder';
import {
  BRIDGE_INIT_SCRIPT,
  decodeFromWire,
  encodeForWire,
  FRAME_TYPE,
  frameForHttp,
  hasBytes,
  httpInvokeScript,
  unframe,
} from './bridge-codec';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = join(ROOT, 'tests/fixtures');
export const RESULTS = join(ROOT, 'test-results');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--font-render-hinting=none',
];

export interface AppHandle {
  page: Page;
  userData: string;
  /** Errors the page reported (console errors, uncaught exceptions, CSP violations). */
  pageErrors: string[];
  /** What the app saved through the save dialog (which the harness answers itself). */
  savedFiles: Array<{ name: string; text: string }>;
  /** The services behind window.api (to drive what the Electron glue would, e.g. a reportlens:// link). */
  services: Services;
  /** Binary files the app saved (a PDF copy with notes). */
  savedBytes: Array<{ name: string; bytes: Uint8Array }>;
  /** Binary files (workbooks) saved, each also written to its path under userData/exports. */
  savedBinaries: Array<{ name: string; path: string }>;
  /** Files the next File > Open (or Import button) will return, as a dialog would. */
  queueFiles(files: PickedFile[]): void;
  /** The folder the next Import Folder dialog will return (walked by the real main-process code). */
  queueFolder(path: string): void;
  emit<E extends keyof ApiEvents>(event: E, payload: ApiEvents[E]): Promise<void>;
  screenshot(name: string): Promise<string>;
  /** Reloads the page (the services and their data stay). */
  reload(): Promise<void>;
  close(): Promise<void>;
}

let browser: Browser | null = null;

async function getBrowser(): Promise<Browser> {
  browser ??= await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return browser;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = null;
}

/** Answers one call of the bridge: the method and its argument (decoded from the wire); the services' envelope. */
type WireInvoke = (method: unknown, arg: unknown) => Promise<unknown>;

/** The path the HTTP bridge posts calls to (StartOptions.httpBridge). */
const INVOKE_PATH = '/__rl_invoke';

function serveRenderer(
  root = join(ROOT, 'out/renderer'),
  invoke: WireInvoke | undefined,
  page: (html: string) => Promise<string>,
): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (invoke && req.method === 'POST' && url.pathname === INVOKE_PATH) {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        const arg =
          req.headers['content-type'] === FRAME_TYPE ? unframe(body) : JSON.parse(body.toString('utf8'));
        invoke(url.searchParams.get('m'), arg).then(
          (envelope) => {
            // Bytes (a document's source, a picked file) go as bytes, as IPC would carry them.
            if (hasBytes(envelope))
              res.writeHead(200, { 'content-type': FRAME_TYPE }).end(frameForHttp(envelope));
            else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(envelope));
          },
          (err: unknown) => res.writeHead(500).end(String(err)),
        );
      });
      return;
    }
    void readStatic(root, url.pathname).then(async (file) => {
      if (!file) {
        res.writeHead(404).end();
        return;
      }
      // As the app:// handler does (the page through the services), with this
      // server's origin for scripts in place of app: (src-shared/csp.ts).
      const policy = policyServedOver("'self'");
      const served = isPage(url.pathname) ? await page(file.body.toString('utf8')) : null;
      const body = file.contentType.startsWith('text/html')
        ? Buffer.from((served ?? file.body.toString('utf8')).replace(CONTENT_SECURITY_POLICY, policy))
        : file.body;
      res
        .writeHead(200, {
          'content-type': file.contentType,
          'cache-control': 'no-store',
          'content-security-policy': policy,
        })
        .end(body);
    });
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/**
 * The library row of the file named `fileName`, by its file cell only (a row may name
 * another report's file too, e.g. one of the same region and year).
 */
export function docRow(page: Page, fileName: string): Locator {
  return page
    .getByTestId('doc-row')
    .filter({ has: page.getByTestId('doc-file').getByText(fileName, { exact: true }) });
}

/**
 * Waits until the edits made so far are on disk: the save mark (shown from the
 * first unsent edit, SaveStatus.vue) has come and gone, however slow the machine.
 */
export async function editsSaved(page: Page): Promise<void> {
  await page.waitForTimeout(100);
  await page.getByTestId('save-state').waitFor({ state: 'detached', timeout: 20_000 });
}

export async function readFixture(name: string): Promise<PickedFile> {
  return { fileName: basename(name), bytes: new Uint8Array(await readFile(join(FIXTURES, name))) };
}

export interface StartOptions {
  userData?: string;
  /** Seed the library with the bundled sample, as on a first run (default true). */
  seed?: boolean;
  locale?: string;
  /** Awaited before each call reaches the services (to hold a save in flight). */
  gate?: (method: unknown) => Promise<void>;
  /** Window size (default 1400×900). */
  viewport?: { width: number; height: number };
  /** Script run in the page before the app's own (benchmarks put their probes here). */
  initScript?: string;
  /** Another build of the renderer to serve (benchmarks compare builds). */
  rendererDir?: string;
  /**
   * Calls travel as HTTP requests to the page's own server instead of through
   * Playwright's binding, whose cost grows with the payload (a 3 MB PDF takes
   * seconds on a loaded machine, Electron's IPC milliseconds): for benchmarks.
   */
  httpBridge?: boolean;
  /** Runs once the page exists, before it navigates (a diagnostic starts its profiler here). */
  beforeNavigate?: (page: Page) => Promise<void>;
}

export async function startApp(options: StartOptions = {}): Promise<AppHandle> {
  const userData = options.userData ?? (await mkdtemp(join(tmpdir(), 'reportlens-e2e-')));
  await mkdir(RESULTS, { recursive: true });
  const queued: PickedFile[][] = [];
  const savedFiles: Array<{ name: string; text: string }> = [];
  const savedBytes: Array<{ name: string; bytes: Uint8Array }> = [];
  const folders: string[] = [];
  const savedBinaries: Array<{ name: string; path: string }> = [];
  const services = await createServices(userData, {
    ...(options.seed === false ? {} : { samplePath: join(ROOT, 'data/hengyang-2021.txt') }),
    pickFiles: async () => queued.shift() ?? [],
    pickFolder: async () => {
      const folder = folders.shift();
      return folder === undefined ? null : readReportFolder(folder);
    },
    saveFile: async (name, data) => {
      if (typeof data === 'string') savedFiles.push({ name, text: data });
      else savedBytes.push({ name, bytes: data });
      return { path: join(userData, 'exports', name) };
    },
    saveBytes: async (name, bytes) => {
      const path = join(userData, 'exports', name);
      await mkdir(join(userData, 'exports'), { recursive: true });
      await writeFile(path, bytes);
      savedBinaries.push({ name, path });
      return { path };
    },
  });
  const invoke: WireInvoke = async (method, arg) => {
    await options.gate?.(method);
    return services.dispatch(method, arg === null ? undefined : arg);
  };
  const server = await serveRenderer(options.rendererDir, options.httpBridge ? invoke : undefined, (html) =>
    services.launchSnapshot.page(html),
  );
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/index.html`;
  const context = await (
    await getBrowser()
  ).newContext({
    viewport: options.viewport ?? { width: 1400, height: 900 },
    locale: options.locale ?? 'zh-CN',
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') pageErrors.push(`console: ${msg.text()}`);
  });
  if (options.httpBridge) await page.addInitScript(httpInvokeScript(INVOKE_PATH));
  else
    await page.exposeFunction('__rlInvoke', async (method: unknown, argText: unknown) =>
      encodeForWire(await invoke(method, typeof argText === 'string' ? decodeFromWire(argText) : undefined)),
    );
  await page.addInitScript(BRIDGE_INIT_SCRIPT);
  if (options.initScript) await page.addInitScript(options.initScript);
  await options.beforeNavigate?.(page);
  await page.goto(url);

  return {
    page,
    userData,
    pageErrors,
    savedFiles,
    savedBytes,
    services,
    savedBinaries,
    queueFiles: (files) => void queued.push(files),
    queueFolder: (path) => void folders.push(path),
    async emit(event, payload) {
      await page.evaluate(
        ([e, p]) => (window as unknown as { __rlEmit(e: string, p: string): void }).__rlEmit(e, p),
        [event, encodeForWire(payload)] as const,
      );
    },
    async screenshot(name) {
      const path = join(RESULTS, `${name}.png`);
      await page.screenshot({ path });
      return path;
    },
    async reload() {
      await page.reload();
    },
    async close() {
      await context.close();
      await new Promise((ok) => server.close(ok));
      await services.flush();
      if (!options.userData) await rm(userData, { recursive: true, force: true });
    },
  };
}
