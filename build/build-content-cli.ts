import { buildContent, reportBuild } from './content/build-content';
import { formatContentError } from './content/content-error';
import { internalError } from './content/internal-error';

try {
  const result = await buildContent({ contentRoot: 'content', outDir: 'dist/content' });
  const report = reportBuild(result);
  if (result.errors.length > 0) {
    console.error(report);
    process.exitCode = 1;
  } else {
    console.log(report);
  }
} catch (thrown) {
  // buildContent reports its own failures; this is the last net, so an editor never gets a bare stack trace.
  console.error(`Content build failed. Nothing was written.\n${formatContentError(internalError('content', thrown))}`);
  process.exitCode = 1;
}
