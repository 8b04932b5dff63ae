import { defineConfig } from 'vitest/config';

/**
 * Classic scripts (IIFE), each defining no global of its own, built one per run because an IIFE cannot be
 * split: `vite build` makes the facade `dist/askdown.js` (the file the script tag loads); `vite build --mode app`
 * makes `dist/askdown-app.js` (panel, matcher), which the facade loads when it is wanted; `vite build --mode
 * ja` makes `dist/askdown-ja.js` (Japanese analysis and frame text), which the app loads with a Japanese pack. The
 * content pack is
 * built separately (`npm run build:content`) into `dist/content/`, which these builds leave in place.
 */
export default defineConfig(({ mode }) => {
  const ENTRIES: Record<string, [string, string]> = {
    production: ['widget/embed.ts', 'askdown.js'],
    app: ['widget/app-entry.ts', 'askdown-app.js'],
    ja: ['widget/ja-entry.ts', 'askdown-ja.js'],
  };
  const [input, file] = ENTRIES[mode] ?? ENTRIES.production!;
  return {
    oxc: {
      jsx: { runtime: 'automatic', importSource: 'preact' },
    },
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2020',
      // Browsers with constructable stylesheets; older targets make the CSS minifier add font and prefix fallbacks.
      cssTarget: ['chrome111', 'edge111', 'firefox114', 'safari16.4'],
      sourcemap: false,
      rolldownOptions: {
        input,
        output: {
          format: 'iife',
          entryFileNames: file,
          // Chromium's compile hint: the app is loaded to be run, so its functions are compiled with the script,
          // on the thread that streams it, rather than one by one on the main thread when first called.
          postBanner: '//# allFunctionsCalledOnLoad',
          // Pure ASCII, so the scripts run on a page in any encoding (Shift_JIS, EUC-JP, windows-1252) served
          // without a charset: a raw non-ASCII character is then misread and the script does not parse.
          charset: 'ascii',
        },
      },
    },
    test: {
      include: ['test/**/*.test.{ts,tsx}'],
      exclude: ['test/e2e/**'],
      environment: 'node',
      setupFiles: ['test/setup.ts'],
    },
  };
});
