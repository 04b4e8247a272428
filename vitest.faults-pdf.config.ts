// The long PDF mutation run (`npm run test:faults:pdf`): 1,000 mutants with a
// seed of their own; CI runs the quick 100 through vitest.e2e.config.ts.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/pdf-mutants.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    hookTimeout: 120_000,
    env: { PDF_MUTANTS: '1000', PDF_MUTANTS_SEED: '7' },
  },
});
