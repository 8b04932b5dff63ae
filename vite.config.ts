import { defineConfig } from 'vitest/config';

/**
 * One build: `widget/embed.ts` bundled into `dist/askdown.js`, a classic script (IIFE) that defines no global of
 * its own, so it can be pasted into any page with a plain <script> tag. The content pack is built separately
 * (`npm run build:content`) into `dist/content/`, which this build leaves in place.
 */
export default defineConfig({
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'preact' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2020',
    sourcemap: false,
    rolldownOptions: {
      input: 'widget/embed.ts',
      output: {
        format: 'iife',
        entryFileNames: 'askdown.js',
      },
    },
  },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
  },
});
