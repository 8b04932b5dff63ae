import { parseArgs, stringFlag } from './cli/args';
import { buildContent, reportBuild } from './content/build-content';
import { formatContentError } from './content/content-error';
import { internalError } from './content/internal-error';
import { SHARD_ABOVE_ARTICLES } from './content/write-packs';

/** `--shard-above N`: a locale with more than N articles gets a sharded pack (README, "Large help centres"). */
function shardAboveFlag(argv: readonly string[]): number {
  let value = String(SHARD_ABOVE_ARTICLES);
  try {
    const args = parseArgs(argv, ['shard-above']);
    const unknown = [...[...args.flags.keys()].filter((name) => name !== 'shard-above').map((name) => `--${name}`), ...args.positional];
    if (unknown.length > 0) {
      console.error(`npm run build:content takes one option, --shard-above N; not ${unknown.join(', ')}`);
      process.exit(2);
    }
    value = stringFlag(args, 'shard-above', value);
  } catch {
    value = '';
  }
  const articles = value.trim() === '' ? Number.NaN : Number(value);
  if (Number.isInteger(articles) && articles >= 0) return articles;
  console.error(`--shard-above needs a whole number of articles (0 or more), e.g. npm run build:content -- --shard-above 5000; got: ${argv.join(' ')}`);
  process.exit(2);
}

const shardAbove = shardAboveFlag(process.argv.slice(2));

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
