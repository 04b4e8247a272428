// The renderer's Vite config, shared by electron-vite (the app) and by the
// end-to-end tests, which build the same renderer and serve it to Chromium.
import { resolve } from 'node:path';
import vue from '@vitejs/plugin-vue';
import { viteStaticCopy } from 'vite-plugin-static-copy';
import type { Plugin, UserConfig } from 'vite';
import { CONTENT_SECURITY_POLICY, policyServedOver } from './src-shared/csp';
import { PDFJS_CHUNK_META, PDFJS_WORKER_META } from './src-renderer/src/pdfjs-chunk-meta';

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
  let serving = false;
  return {
    name: 'reportlens-early-launch',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    buildStart() {
      if (!serving) this.emitFile({ type: 'chunk', id: source, fileName: 'assets/launch-early.js' });
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
        const tag =
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
              {
                name: 'app',
                tags: ['$initial'],
                test: (id: string) => !/launch-early|pdfjs-chunk-meta|snapshot-paint|page-ids/.test(id),
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
