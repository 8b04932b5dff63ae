/**
 * `npm run demo`: builds the widget and the content packs, then serves two pages on localhost:
 * - the demo page, with the built scripts under the strict CSP, at PORT (5173): reload it to see an edit;
 * - the live preview, the widget from its source through Vite's dev server, at PORT + 1: a content edit reaches
 *   it at once on Vite's HMR channel (the widget fetches the packs again and keeps the conversation), and the
 *   content build's problems are listed over it until they are fixed.
 * Content under ASKDOWN_CONTENT (default content/) is rebuilt on every change into ASKDOWN_SITE (default dist/:
 * its content/ and faq/), the widget on changes to widget/; a content error is printed and the last good packs
 * keep being served. (The browser test points both elsewhere, so its edits never reach dist/.)
 * `npm run demo -- --faq-address URL` writes the FAQ pages as `npm run build -- --faq-address URL` does, so a
 * preview does not leave dist/ with pages that have lost their full-address links.
 */
import { watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { createServer as createViteServer, type ViteDevServer } from 'vite';
import { CONTENT_PROBLEMS_EVENT, CONTENT_PROBLEMS_REQUEST, type ContentProblem } from '../demo/content-problems';
import { CONTENT_REBUILT_EVENT } from '../widget/live-preview';
import { parseArgs } from './cli/args';
import { faqAddressOf, faqAddressProblem } from './cli/faq-address';
import { buildContent, reportBuild } from './content/build-content';
import { createStaticServer } from './demo/static-server';
import { buildWidget } from './build-widget';

const PORT = Number(process.env.PORT ?? 5173);
const CONTENT = process.env.ASKDOWN_CONTENT ?? 'content';
const SITE = process.env.ASKDOWN_SITE ?? 'dist';
const FAQ_ADDRESS = faqAddressOption(process.argv.slice(2));

/** The one option the demo takes, as the content build takes it; anything else stops it with an example. */
function faqAddressOption(argv: readonly string[]): string | undefined {
  const stop = (message: string): never => {
    console.error(`npm run demo: ${message}`);
    process.exit(2);
  };
  const example = 'npm run demo -- --faq-address https://example.com/help/faq/';
  let written: string | true | undefined;
  try {
    const args = parseArgs(argv, ['faq-address']);
    const unknown = [...args.flags.keys()].filter((name) => name !== 'faq-address');
    if (unknown.length > 0) stop(`unknown option ${unknown.map((name) => `--${name}`).join(', ')}; the one option is --faq-address. E.g. ${example}`);
    // Most likely the address of `npm run demo --faq-address URL`, whose option npm kept for itself.
    if (args.positional.length > 0) {
      stop(`it takes no words, only --faq-address URL, after a -- (npm keeps options before it for itself); got: ${args.positional.join(' ')}. E.g. ${example}`);
    }
    written = args.flags.get('faq-address');
  } catch {
    stop(faqAddressProblem(''));
  }
  return written === undefined ? undefined : faqAddressOf(written, stop);
}

let preview: ViteDevServer | undefined;
/** The last build's problems, for a preview page opened (or reloaded) while the content is broken. */
let lastProblems: ContentProblem[] = [];

async function rebuildContent(): Promise<void> {
  const result = await buildContent({ contentRoot: CONTENT, outDir: join(SITE, 'content'), faqAddress: FAQ_ADDRESS });
  (result.errors.length > 0 ? console.error : console.log)(reportBuild(result));
  const problems: ContentProblem[] = result.errors.map(({ file, line, message, hint }) => ({ file, line, message, hint }));
  lastProblems = problems;
  preview?.ws.send({ type: 'custom', event: CONTENT_PROBLEMS_EVENT, data: problems });
  if (problems.length === 0) preview?.ws.send({ type: 'custom', event: CONTENT_REBUILT_EVENT });
}

async function rebuildWidget(): Promise<void> {
  try {
    await buildWidget();
    console.log('Widget rebuilt: dist/askdown*.js, dist/integrity.json');
  } catch (error) {
    console.error(`Widget build failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Runs `task` once after a burst of change events, and never twice at the same time. */
function debounced(task: () => Promise<void>): () => void {
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  return () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(task);
    }, 150);
  };
}

/**
 * Runs `onChange` after every burst of changes under `dir`. Node's recursive watch on Linux stops reporting a
 * file once it has been replaced by a rename (how many editors save, and what git checkout does), so the watch is
 * set up afresh after each burst, before the task runs.
 */
function watchFolder(dir: string, onChange: () => Promise<void>): void {
  let watcher: FSWatcher | undefined;
  const arm = () => {
    watcher?.close();
    watcher = watch(dir, { recursive: true }, changed);
  };
  const changed = debounced(async () => {
    arm();
    await onChange();
  });
  arm();
}

await rebuildWidget();
await rebuildContent();
watchFolder(CONTENT, rebuildContent);
watchFolder('widget', rebuildWidget);

// The project's own Vite configuration (Preact's JSX), in a mode of its own; the site folder is served as it is,
// so the packs and the FAQ pages are at /content/ and /faq/ as next to the built scripts.
preview = await createViteServer({
  mode: 'preview',
  publicDir: SITE,
  logLevel: 'warn',
  server: { host: '127.0.0.1', port: PORT + 1, strictPort: true, watch: { ignored: ['**/dist/**', '**/content/**'] } },
});
preview.ws.on(CONTENT_PROBLEMS_REQUEST, (_data, client) => client.send(CONTENT_PROBLEMS_EVENT, lastProblems));
await preview.listen();

createStaticServer(['demo', SITE, 'dist']).listen(PORT, '127.0.0.1', () => {
  console.log(`\nAskdown demo: http://localhost:${PORT}/  (the built widget under the strict CSP; reload to see an edit)`);
  console.log(`Live preview: http://localhost:${PORT + 1}/demo/preview.html  (content edits appear as you save)`);
  console.log('Ctrl+C to stop.');
});
