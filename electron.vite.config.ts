import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './renderer.config';

const root = import.meta.dirname;
const shared = { '@shared': resolve(root, 'src-shared') };

export default defineConfig({
  main: {
    resolve: { alias: shared },
    build: {
      outDir: 'out/main',
      lib: { entry: resolve(root, 'src-main/main.ts') },
    },
  },
  preload: {
    resolve: { alias: shared },
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot be an ES module.
      lib: { entry: resolve(root, 'src-main/preload.ts'), formats: ['cjs'] },
      rollupOptions: { output: { entryFileNames: 'preload.cjs' } },
    },
  },
  renderer: {
    ...rendererConfig(),
    build: {
      ...rendererConfig().build,
      rollupOptions: {
        ...rendererConfig().build?.rollupOptions,
        input: resolve(root, 'src-renderer/index.html'),
      },
    },
  },
});
