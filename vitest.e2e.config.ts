import { defineConfig } from 'vitest/config';

/** Browser tests: they drive Debian's Chromium against the built dist/, so `npm run build` runs first. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
