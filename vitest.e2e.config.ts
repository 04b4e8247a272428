import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Modules the tests import (time limits, constants) may import src-shared as the app does.
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'src-shared') } },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // A loaded CI machine draws a PDF page in seconds, not in expect.poll's default second.
    expect: { poll: { timeout: 10_000 } },
  },
});
