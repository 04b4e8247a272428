// The long fault runs: `npm run test:faults` (kill -9 during saves 100 times,
// every damage on every store, a full and a read-only disk). `npm test` runs
// the same files with FAULT_RUNS=20.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/durability/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 30 * 60_000,
    env: { FAULT_RUNS: process.env['FAULT_RUNS'] ?? '100' },
  },
});
