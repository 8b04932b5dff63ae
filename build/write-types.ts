import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const PUBLIC_TYPES = 'widget/public-types.ts';

/** The script tag's global, for `dist/askdown.d.ts`. */
const WINDOW_GLOBAL = `
declare global {
  interface Window {
    /** The widget's API once \`askdown.js\` has loaded (before that, the two-line stub's queue, if you use it). */
    Askdown?: AskdownApi;
  }
}
`;

/** The npm entry's one function, for \`dist/npm/askdown.d.ts\` (widget/npm.ts; a test type-checks a use of it). */
const MOUNT = `
/**
 * Mounts the widget on the page with the same options as the script tag's \`data-*\` attributes and returns its
 * API. Called again while the widget is mounted, it warns and returns that one; \`destroy()\` on the result
 * removes it, after which \`mount()\` mounts afresh.
 */
export declare function mount(options?: MountOptions): AskdownApi;
`;

/**
 * Writes the declarations web teams compile against: `dist/askdown.d.ts` (`window.Askdown` and the events) and
 * `dist/npm/askdown.d.ts` (the same, and `mount`), both from `widget/public-types.ts`, which imports nothing.
 */
export async function writeTypes(dist: string): Promise<void> {
  const out = await mkdtemp(join(tmpdir(), 'askdown-types-'));
  try {
    const tsc = join('node_modules', '.bin', process.platform === 'win32' ? 'tsc.cmd' : 'tsc');
    await promisify(execFile)(tsc, ['--ignoreConfig', '--declaration', '--emitDeclarationOnly', '--target', 'es2022', '--outDir', out, PUBLIC_TYPES]);
    const declarations = await readFile(join(out, 'public-types.d.ts'), 'utf8');
    await writeFile(join(dist, 'askdown.d.ts'), `${declarations}${WINDOW_GLOBAL}`);
    await writeFile(join(dist, 'npm', 'askdown.d.ts'), `${declarations}${MOUNT}`);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}
