import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs, stringFlag, type ParsedArgs } from './cli/args';
import { faqAddressOf, faqAddressProblem } from './cli/faq-address';
import { buildContent, reportBuild } from './content/build-content';
import { formatContentError } from './content/content-error';
import { internalError } from './content/internal-error';
import { SHARD_ABOVE_ARTICLES } from './content/write-packs';

const OPTIONS = ['shard-above', 'faq-address', 'content', 'out'];

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const needsArticles = (written: string) =>
  `--shard-above needs a whole number of articles (0 or more), e.g. npm run build:content -- --shard-above 5000; got: ${written || '(nothing)'}`;

const needsFolder = (option: string) => `${option} needs a folder, e.g. npm run build:content -- ${option} ${option === '--content' ? '../content-copy' : '/tmp/checked'}`;

/** The command line, with no option but ours; an option given no value is refused as its value would be. */
function readArgs(argv: readonly string[]): ParsedArgs {
  let args: ParsedArgs;
  try {
    args = parseArgs(argv, OPTIONS);
  } catch {
    const last = argv.at(-1);
    if (last === '--faq-address') fail(faqAddressProblem(''));
    if (last === '--content' || last === '--out') fail(needsFolder(last));
    fail(needsArticles(''));
  }
  const unknown = [...[...args.flags.keys()].filter((name) => !OPTIONS.includes(name)).map((name) => `--${name}`), ...args.positional];
  if (unknown.length > 0) fail(`npm run build:content takes --shard-above N, --faq-address URL, --content FOLDER and --out FOLDER; not ${unknown.join(', ')}`);
  return args;
}

/** `--shard-above N`: a locale with more than N articles gets a sharded pack (README, "Large help centres"). */
function shardAboveFlag(args: ParsedArgs): number {
  const value = stringFlag(args, 'shard-above', String(SHARD_ABOVE_ARTICLES));
  const articles = value.trim() === '' ? Number.NaN : Number(value);
  if (Number.isInteger(articles) && articles >= 0) return articles;
  fail(needsArticles(value));
}

const argv = process.argv.slice(2);
const args = readArgs(argv);
const shardAbove = shardAboveFlag(args);
// `--faq-address URL` (build/cli/faq-address.ts), refused with an example when it is no web folder's address.
const faqAddressFlag = args.flags.get('faq-address');
const faqAddress = faqAddressFlag === undefined ? undefined : faqAddressOf(faqAddressFlag, fail);

// `--content FOLDER` checks another copy of the content (an editor's, before it is merged) and writes nothing, never
// over the site's dist/ (a stranger's try as an editor), unless `--out FOLDER` says where.
const contentRoot = stringFlag(args, 'content', 'content');
const out = stringFlag(args, 'out', args.flags.has('content') ? '' : 'dist');
// A file named as the folder would fail only when the packs are written, in words about permissions and disk space.
if (out !== '' && statSync(out, { throwIfNoEntry: false })?.isFile()) fail(`--out needs a folder, and ${out} is a file: name a folder, e.g. npm run build:content -- --out /tmp/checked`);
const outDir = out === '' ? undefined : join(out, 'content');
// One language's folder given for the folder of languages (as `npm run ask -- --content content/ja` takes it): the
// build would ask for its articles to be moved into a folder of their own, which breaks the copy.
if (existsSync(join(contentRoot, 'index.md'))) {
  fail(`${contentRoot} is one language's folder (it holds index.md): --content takes the folder that holds the language folders, e.g. npm run build:content -- --content ${dirname(contentRoot)}`);
}

try {
  const result = await buildContent({ contentRoot, outDir, shardAbove, faqAddress });
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
