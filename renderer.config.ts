// The renderer's Vite config, shared by electron-vite (the app) and by the
// end-to-end tests, which build the same renderer and serve it to Chromium.
import { resolve } from 'node:path';
import vue from '@vitejs/plugin-vue';
import { viteStaticCopy } from 'vite-plugin-static-copy';
import type { Plugin, UserConfig } from 'vite';
import { CONTENT_SECURITY_POLICY, policyServedOver } from './src-shared/csp';
import { PDFJS_CHUNK_META, PDFJS_WORKER_META } from './src-renderer/src/pdfjs-chunk-meta';
import { FIRST_PAGE_CSS_META, FIRST_PAGE_META } from './src-shared/launch/page-ids';

const root = import.meta.dirname;

/** The policy for the built app (also sent as a header by the app:// handler); the dev server adds what hot reload needs. */
export { CONTENT_SECURITY_POLICY };

function contentSecurityPolicy(): Plugin {
  return {
    name: 'reportlens-csp',
    transformIndexHtml(html, ctx) {
      const policy = ctx.server
        ? policyServedOver("'self'").replace("connect-src 'self'", "connect-src 'self' ws://localhost:*")
        : CONTENT_SECURITY_POLICY;
      return html.replace('<!--csp-->', `<meta http-equiv="Content-Security-Policy" content="${policy}" />`);
    },
  };
}

/**
 * launch-early.ts as a script of its own, first in the page: the bundle's
 * modules all arrive before any of them runs, and this one need not wait for
 * them (it imports only a constant) to ask for the document left open.
 */
function earlyLaunch(): Plugin {
  const source = resolve(root, 'src-renderer/src/launch-early.ts');
  // The PDF's first page drawn before the app (launch-pdf.ts): a script of its own, loaded by launch-early.
  const firstPage = resolve(root, 'src-renderer/src/launch-pdf.ts');
  let serving = false;
  return {
    name: 'reportlens-early-launch',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    buildStart() {
      if (serving) return;
      this.emitFile({ type: 'chunk', id: source, fileName: 'assets/launch-early.js' });
      this.emitFile({
        type: 'chunk',
        id: firstPage,
        fileName: 'assets/launch-pdf.js',
        preserveSignature: 'strict',
      });
    },
    transformIndexHtml: {
      order: 'post',
      // Right after the Content-Security-Policy, which must come before any script.
      handler: (html, ctx) => {
        const src = serving ? '/src/launch-early.ts' : './assets/launch-early.js';
        // pdf.js's chunk, for the launch to fetch when a document was left open (the library needs none of it).
        const pdfjs = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.moduleIds.some((id) => id.endsWith('pdfjs-dist/build/pdf.mjs')),
        );
        const worker = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === 'asset' && /(^|\/)pdf\.worker\.min-[^/]*\.mjs$/.test(c.fileName),
        );
        // The first page's script, and the stylesheets of it and the chunks it imports (pdf.js's viewer).
        const chunks = new Map(
          Object.values(ctx.bundle ?? {}).flatMap((c) =>
            c.type === 'chunk' ? [[c.fileName, c] as const] : [],
          ),
        );
        const css = new Set<string>();
        const walk = (name: string, seen: Set<string>) => {
          const c = chunks.get(name);
          if (!c || seen.has(name)) return;
          seen.add(name);
          c.viteMetadata?.importedCss.forEach((f) => css.add(`./${f}`));
          c.imports.forEach((i) => walk(i, seen));
        };
        walk('assets/launch-pdf.js', new Set());
        const first = serving
          ? '/src/launch-pdf.ts'
          : chunks.has('assets/launch-pdf.js')
            ? './assets/launch-pdf.js'
            : null;
        const tag =
          (first ? `<meta name="${FIRST_PAGE_META}" content="${first}" />\n    ` : '') +
          (css.size ? `<meta name="${FIRST_PAGE_CSS_META}" content="${[...css].join(' ')}" />\n    ` : '') +
          (pdfjs ? `<meta name="${PDFJS_CHUNK_META}" content="./${pdfjs.fileName}" />\n    ` : '') +
          (worker ? `<meta name="${PDFJS_WORKER_META}" content="./${worker.fileName}" />\n    ` : '') +
          `<script type="module" async src="${src}"></script>`;
        const csp = /<meta http-equiv="Content-Security-Policy"[^>]*>/.exec(html);
        if (!csp) throw new Error('index.html has no Content-Security-Policy to put the launch script after');
        const at = csp.index + csp[0].length;
        return `${html.slice(0, at)}\n    ${tag}${html.slice(at)}`;
      },
    },
  };
}

/** The app's modules launch-pdf.ts imports too, beside pdf.js's own (see the chunk groups). */
const FIRST_PAGE_SHARES = /src\/wait\.ts$|src-shared\/errors\.ts$|vite\/preload-helper/;

export function rendererConfig(): UserConfig {
  return {
    root: resolve(root, 'src-renderer'),
    base: './',
    resolve: { alias: { '@shared': resolve(root, 'src-shared') } },
    plugins: [
      vue(),
      contentSecurityPolicy(),
      earlyLaunch(),
      // pdf.js needs its CMaps (Chinese PDFs have no text without them) and
      // standard fonts, served from the app itself: no remote content.
      viteStaticCopy({
        targets: [
          { src: resolve(root, 'node_modules/pdfjs-dist/cmaps'), dest: 'pdfjs', rename: { stripBase: 2 } },
          {
            src: resolve(root, 'node_modules/pdfjs-dist/standard_fonts'),
            dest: 'pdfjs',
            rename: { stripBase: 2 },
          },
          { src: resolve(root, 'node_modules/pdfjs-dist/wasm'), dest: 'pdfjs', rename: { stripBase: 2 } },
        ],
      }),
    ],
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      target: 'chrome130',
      chunkSizeWarningLimit: 4000,
      // electron-vite leaves the renderer unminified unless told; the app ships (and the bench measures) the same build.
      minify: 'oxc',
      // Every module the page needs at launch in one chunk: rolldown otherwise
      // splits those the lazy views share into a dozen small chunks, each a
      // request of its own before the library can show (the lazy views import
      // them from this chunk instead). launch-early.ts stays a script of its own
      // (it must share no module with the app: rolldown would put it in the
      // app's chunk, and the early script would wait for all of it).
      rollupOptions: {
        output: {
          // Chinese strings as \u escapes: a script with a single character past
          // U+00FF is a two-byte string to V8 and Blink (twice the bytes to decode,
          // hold and scan). Measured: page 1 of the 352-page book from launch
          // 75-180 ms sooner (paired medians, N = 9), a launch into the library
          // with nothing kept ~100 ms sooner.
          charset: 'ascii',
          codeSplitting: {
            groups: [
              // The few modules the app and launch-pdf.ts (the PDF's page drawn
              // before the app) both need: a chunk of their own, or launch-pdf.ts
              // would import the app's chunk and wait for all of it.
              {
                name: 'base',
                priority: 2,
                test: FIRST_PAGE_SHARES,
              },
              {
                name: 'app',
                priority: 1,
                tags: ['$initial'],
                test: (id: string) =>
                  !/launch-early|launch-pdf|pdfjs-chunk-meta|snapshot-paint|page-ids|pdfjs-dist|src\/pdf\/(pdfjs|make-viewer|l10n)\.ts/.test(
                    id,
                  ),
              },
            ],
          },
        },
      },
    },
    // The app's own workers likewise (pdf.js's worker is its file as shipped).
    worker: { format: 'es', rollupOptions: { output: { charset: 'ascii' } } },
  };
}
