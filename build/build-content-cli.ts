import { parseArgs, stringFlag } from './cli/args';
import { buildContent, reportBuild } from './content/build-content';
import { formatContentError } from './content/content-error';
import { internalError } from './content/internal-error';
import { SHARD_ABOVE_ARTICLES } from './content/write-packs';

// `--shard-above N`: a locale with more than N articles gets a sharded pack (README, "Large help centres").
const shardAbove = Number(stringFlag(parseArgs(process.argv.slice(2), ['shard-above']), 'shard-above', String(SHARD_ABOVE_ARTICLES)));
if (!Number.isInteger(shardAbove) || shardAbove < 0) {
  console.error(`--shard-above must be a whole number of articles (0 or more), not ${process.argv.slice(2).join(' ')}`);
  process.exit(2);
}

try {
  const result = await buildContent({ contentRoot: 'content', outDir: 'dist/content', shardAbove });
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
