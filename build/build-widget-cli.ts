/** `npm run build:widget`: see `build-widget.ts`. */
import { buildWidget } from './build-widget';

buildWidget().then(
  (hashes) => console.log(`Widget built; integrity hashes in dist/integrity.json (${Object.keys(hashes).join(', ')})`),
  (error: unknown) => {
    console.error(`Widget build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
