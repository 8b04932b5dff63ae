/**
 * `npm run demo`: builds the widget and the content pack, serves the demo page on localhost, and rebuilds the
 * content pack whenever a file under content/ changes (and the widget when widget/ changes). Reload the page to
 * see an edit; a content error is printed and the last good pack keeps being served.
 */
import { watch } from 'node:fs';
import { buildContent, reportBuild } from './content/build-content';
import { createStaticServer } from './demo/static-server';
import { buildWidget } from './build-widget';

const PORT = Number(process.env.PORT ?? 5173);

async function rebuildContent(): Promise<void> {
  const result = await buildContent({ contentRoot: 'content', outDir: 'dist/content' });
  (result.errors.length > 0 ? console.error : console.log)(reportBuild(result));
}

async function rebuildWidget(): Promise<void> {
  try {
    await buildWidget();
    console.log('Widget rebuilt: dist/askdown.js, dist/askdown-app.js, dist/askdown-ja.js, dist/integrity.json');
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

await rebuildWidget();
await rebuildContent();
watch('content', { recursive: true }, debounced(rebuildContent));
watch('widget', { recursive: true }, debounced(rebuildWidget));

createStaticServer(['demo', 'dist']).listen(PORT, '127.0.0.1', () => {
  console.log(`\nAskdown demo: http://localhost:${PORT}/  (Ctrl+C to stop; edit content/en/*.md and reload)`);
});
