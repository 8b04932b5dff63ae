/**
 * `npm run size:modules [-- SCRIPT…]`: where each built script's bytes come from, module by module, for finding
 * bytes when a budget is full. Each script is built again in memory (`vite build --mode …`, nothing written); each
 * module's code as rendered into it (after tree-shaking) is minified on its own with Terser, and the module is
 * given its minified length's share of the script's gzip size in `dist/`. An estimate: gzip compresses prose and
 * code, and a module alone or among others, differently. Run `npm run build` first (the builds pin the scripts
 * they load by hash, from `dist/`).
 */
import { relative } from 'node:path';
import { minify } from 'terser';
import { build, type Plugin } from 'vite';
import { WIDGET_BUILD_MODES } from '../build-widget';
import { APP_FILE, FACADE_FILE, JAPANESE_FILE, MARKDOWN_FILE, TYPO_FILE } from './budgets';
import { measureBuild } from './measure';

const SCRIPTS: Record<string, { mode: (typeof WIDGET_BUILD_MODES)[number]; file: string }> = {
  facade: { mode: 'production', file: FACADE_FILE },
  app: { mode: 'app', file: APP_FILE },
  typo: { mode: 'typo', file: TYPO_FILE },
  ja: { mode: 'ja', file: JAPANESE_FILE },
  markdown: { mode: 'markdown', file: MARKDOWN_FILE },
};

/** Each module's code as rendered into a `mode` build, by its path from the project (or from node_modules). */
async function renderedModules(mode: string): Promise<Map<string, string>> {
  const modules = new Map<string, string>();
  const capture: Plugin = {
    name: 'askdown-rendered-modules',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const [id, module] of Object.entries(chunk.modules)) {
          const name = id.includes('node_modules') ? id.slice(id.lastIndexOf('node_modules/') + 'node_modules/'.length) : relative(process.cwd(), id);
          modules.set(name, `${modules.get(name) ?? ''}${module.code ?? ''}`);
        }
      }
    },
  };
  // As `npm run build:widget` builds them (build-widget.ts).
  process.env.NODE_ENV = 'production';
  await build({ mode, logLevel: 'silent', plugins: [capture], build: { write: false } });
  return modules;
}

/**
 * Minified alone, as the build's Terser pass would (compress, mangle), but as a script: its top-level names are
 * used by other modules of the bundle, so they are kept, at their full length.
 */
async function minifiedLength(code: string): Promise<number> {
  if (code.trim() === '') return 0;
  const { code: minified } = await minify(code, { ecma: 2020, compress: { passes: 3 }, mangle: true });
  return minified?.length ?? code.length;
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const names = wanted.length > 0 ? wanted : Object.keys(SCRIPTS);
  const unknown = names.filter((name) => !(name in SCRIPTS));
  if (unknown.length > 0) throw new Error(`unknown script ${unknown.join(', ')}: use ${Object.keys(SCRIPTS).join(', ')}`);
  const sizes = await measureBuild('dist');
  const gzipOf = new Map([sizes.facade, sizes.app, sizes.typo, sizes.japanese, sizes.markdown].map((size) => [size.file, size.gzip]));
  for (const name of names) {
    const { mode, file } = SCRIPTS[name]!;
    const lengths = new Map<string, number>();
    for (const [module, code] of await renderedModules(mode)) lengths.set(module, await minifiedLength(code));
    const total = [...lengths.values()].reduce((sum, n) => sum + n, 0);
    const gzip = gzipOf.get(file) ?? 0;
    console.log(`\n${file}: ${gzip} B gzip in dist/, ${lengths.size} modules; each module's share, estimated`);
    for (const [module, length] of [...lengths].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
      console.log(`${String(Math.round((length / total) * gzip)).padStart(7)} B  ${module}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
