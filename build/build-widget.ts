/**
 * `npm run build:widget` (and the demo): the five scripts, each pinned script built before the one that pins it
 * (`vite.config.ts`): the Japanese, typo, Markdown and shards scripts, the app that loads them, the facade that loads the app; then the npm
 * package's module, the type declarations, and `dist/integrity.json`, for the script tag's own `integrity`.
 */
import { build } from 'vite';
import { writeIntegrity } from './integrity';
import { writeTypes } from './write-types';

export const WIDGET_BUILD_MODES = ['ja', 'typo', 'markdown', 'shards', 'app', 'production', 'npm'] as const;

export async function buildWidget(): Promise<Record<string, string>> {
  // The scripts as shipped, whoever starts the build: a NODE_ENV left by a test runner ("test") would make Vite
  // keep Preact's debugging paths, and dist/ would hold an app 0.8 KB gzip heavier than the one measured.
  process.env.NODE_ENV = 'production';
  for (const mode of WIDGET_BUILD_MODES) await build({ mode, logLevel: 'warn' });
  await writeTypes('dist');
  return writeIntegrity('dist');
}
