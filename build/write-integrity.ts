/** `npm run build:widget`'s last step: `dist/integrity.json` (see `integrity.ts`). */
import { writeIntegrity } from './integrity';

writeIntegrity('dist').then(
  (hashes) => console.log(`Integrity hashes written: dist/integrity.json (${Object.keys(hashes).join(', ')})`),
  (error: unknown) => {
    console.error(`Cannot write dist/integrity.json (build the widget first): ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
