import { basename, join, posix } from 'node:path';
import { shownPath } from '../shown-path';
import { compileContent } from './compile-content';
import { formatContentError, type ContentError } from './content-error';
import { listLocales, readLocaleFiles } from './content-files';
import { internalError } from './internal-error';
import { renderFaqIntro } from './faq-intro';
import { withFullWidthHints } from './full-width-hints';
import { withoutEchoesOfMisspeltKeys } from './misspelt-keys';
import { withUnsafeHtmlHints } from './unsafe-html-hints';
import { droppedHtmlWarnings } from './dropped-html';
import { withMissingColons } from './missing-colons';
import { withListSlips } from './list-slips';
import { listMarkErrors } from './list-marks';
import { listValueWarnings } from './list-values';
import { longTitleWarnings } from './long-titles';
import { strayedSuggestionWarnings } from './suggested-questions';
import { missingTranslations, type LocaleArticles } from './missing-translations';
import { relativeLinkProblems } from './relative-links';
import { renderedAnswerErrors } from './rendered-answer-checks';
import { decodeEditorFile } from './text-encoding';
import { factPhrasingWarnings } from './fact-phrasings';
import { checkOwnPhrasings, MAX_CHECKED_PHRASINGS } from './phrasing-check';
import { passedOverSynonyms } from './passed-over-synonyms';
import { plural } from '../plural';
import { NODE_ANSWER_HTML } from './sanitize';
import { writeFaqPages, type FaqPageSource } from './write-faq-pages';
import type { ShardLayout } from './shard-pack';
import { olderShardFolders, SHARD_ABOVE_ARTICLES, writePacks } from './write-packs';

export interface BuildContentOptions {
  contentRoot: string;
  /** Where the packs go; without it the content is checked and nothing is written (`--content` without `--out`). */
  outDir?: string;
  /** Where the static FAQ pages go (`<faqDir>/<locale>/index.html`); by default `faq/` beside `outDir`. */
  faqDir?: string;
  /** Where `faqDir` is served, a full address ending in `/` (`--faq-address`), for the pages' `hreflang` and `canonical`. */
  faqAddress?: string;
  /** A locale with more articles than this gets a sharded pack (`SHARD_ABOVE_ARTICLES` by default). */
  shardAbove?: number;
  /** How finely a sharded pack is split (tests make every article a file of its own). */
  shardLayout?: ShardLayout;
}

/** `warnings`: what is worth a look but breaks nothing (see `checkOwnPhrasings`); given with or without errors. */
export type BuildContentResult = ({ written: string[]; errors: [] } | { written: []; errors: ContentError[] }) & { warnings: ContentError[] };

/**
 * Checks every locale to the end before anything is written: one bad locale must not leave the others' packs
 * updated and its own stale, which visitors of a multilingual site would see as content out of step.
 */
async function checkAllLocales(contentRoot: string, shardAbove: number): Promise<{ pages: FaqPageSource[]; errors: ContentError[]; warnings: ContentError[] }> {
  const { locales, errors } = await listLocales(contentRoot);
  const pages: FaqPageSource[] = [];
  const warnings: ContentError[] = [];
  const articlesByLocale: LocaleArticles[] = [];
  for (const locale of locales) {
    const entries = await readLocaleFiles(join(contentRoot, locale));
    const compiled = compileContent(locale, entries, NODE_ANSWER_HTML);
    const { index } = compiled;
    // Each file's text as the compiler read it, decoded once, for the lines of the checks below.
    const texts = new Map(
      entries.flatMap((entry) => {
        const text = 'source' in entry ? decodeEditorFile(entry.path, entry.source) : null;
        return typeof text === 'string' ? [[entry.path, text] as const] : [];
      }),
    );
    const sourceOf = (file: string) => texts.get(file) ?? '';
    if (compiled.pack && index) {
      const { pack, indexPath } = compiled;
      // In a pack that compiled, the articles are the index's links, in its order.
      const idOf = new Map(index.articles.map((link, i) => [link.file, pack.articles[i]?.id ?? '']));
      const introHtml = renderFaqIntro(index, idOf, NODE_ANSWER_HTML);
      pages.push({ pack, introHtml });
      const fileOf = (i: number) => posix.join(posix.dirname(indexPath), index.articles[i]?.file ?? '');
      articlesByLocale.push({ locale, files: new Map(pack.articles.map((article, i) => [article.id, fileOf(i)])) });
      const checked = checkOwnPhrasings(pack, fileOf, { matcher: compiled.matcher, sourceOf });
      const links = relativeLinkProblems(pack, fileOf, sourceOf);
      errors.push(...links.errors, ...renderedAnswerErrors(pack, fileOf, NODE_ANSWER_HTML, sourceOf, { html: introHtml, file: indexPath }));
      warnings.push(...checked.warnings, ...links.warnings, ...passedOverSynonyms(index.synonyms, indexPath, sourceOf(indexPath)));
      warnings.push(...droppedHtmlWarnings([indexPath, ...pack.articles.map((_, i) => fileOf(i))], sourceOf));
      warnings.push(...longTitleWarnings(pack, fileOf, sourceOf));
      warnings.push(...factPhrasingWarnings(pack, fileOf, sourceOf));
      warnings.push(...pack.articles.flatMap((_, i) => listValueWarnings(fileOf(i), sourceOf(fileOf(i)))));
      warnings.push(...strayedSuggestionWarnings(pack, compiled.matcher, indexPath, sourceOf(indexPath)));
      const paged = pack.articles.findIndex((article) => article.pages);
      if (pack.articles.length > shardAbove && paged !== -1) {
        warnings.push({
          file: fileOf(paged),
          message: `"pages:" leads no suggestions here: with more than ${shardAbove.toLocaleString('en')} articles the pack is sharded, and the widget does not have every article's pages at hand`,
          hint: 'Suggest questions with suggested_questions in index.md instead, or split the help centre into smaller sites.',
        });
      }
      if (checked.skipped) {
        warnings.push({
          file: indexPath,
          message: `the titles and questions were not checked against each other: there are more than ${MAX_CHECKED_PHRASINGS.toLocaleString('en')}`,
          hint: 'Nothing to fix: a site this large is checked with npm run eval on a set of its visitors\' questions instead.',
        });
      }
    }
    const marks = entries.flatMap((entry) => (texts.has(entry.path) ? listMarkErrors(entry.path, sourceOf(entry.path)) : []));
    const marked = new Set(marks.map((error) => `${error.file}:${error.line}`));
    if (!(compiled.pack && index)) {
      // The build's second looks at the compiler's messages, in this order (each build only: see its module).
      const seconds: ((errors: ContentError[]) => ContentError[])[] = [
        withoutEchoesOfMisspeltKeys,
        (errors) => withMissingColons(errors, sourceOf),
        (errors) => withListSlips(errors, sourceOf),
        withFullWidthHints,
        withUnsafeHtmlHints,
      ];
      const compiledErrors = seconds.reduce((errors, look) => look(errors), compiled.errors);
      // The compiler's message for a line marked "*" (YAML's, about an alias) gives way to the mark's.
      errors.push(...compiledErrors.filter((error) => !marked.has(`${error.file}:${error.line}`)));
    }
    errors.push(...marks);
  }
  // Only when every locale compiled: a locale with errors lists no articles to compare.
  if (articlesByLocale.length === locales.length) warnings.push(...missingTranslations(articlesByLocale));
  return { pages, errors, warnings };
}

function writeError(outDir: string, thrown: unknown): ContentError {
  const reason = thrown instanceof Error ? thrown.message : String(thrown);
  return {
    file: shownPath(outDir),
    message: `the content packs could not be written: ${reason}`,
    hint: 'Check that this folder can be written (permissions, free disk space), then build again.',
  };
}

/**
 * Compiles every locale under `contentRoot`; writes the packs only if all of them compiled. It never throws: a
 * failure of the build itself is returned as an internal error, so the CLI and the demo's watcher print it
 * like any other problem instead of a stack trace.
 */
export async function buildContent({
  contentRoot,
  outDir,
  faqDir = outDir === undefined ? undefined : join(outDir, '..', 'faq'),
  faqAddress,
  shardAbove = SHARD_ABOVE_ARTICLES,
  shardLayout,
}: BuildContentOptions): Promise<BuildContentResult> {
  let checked: Awaited<ReturnType<typeof checkAllLocales>>;
  try {
    checked = await checkAllLocales(contentRoot, shardAbove);
  } catch (thrown) {
    return { written: [], errors: [internalError(shownPath(contentRoot), thrown)], warnings: [] };
  }
  const { warnings } = checked;
  if (checked.errors.length > 0 || outDir === undefined || faqDir === undefined) return { written: [], errors: checked.errors, warnings };
  try {
    const packs = await writePacks(outDir, checked.pages.map((page) => page.pack), shardAbove, shardLayout);
    const older = await olderShardFolders(outDir, packs);
    if (older.length > 0) {
      warnings.push({
        file: shownPath(outDir),
        message: `older sharded packs' folders are still here: ${older.map((folder) => basename(folder)).join(', ')}`,
        hint: 'Keep them on the web server for a day after deploying (a visitor\'s open panel may still read one), then delete them.',
      });
    }
    // The pages follow the packs they show, so a failed build leaves both as they were.
    return { written: [...packs, ...(await writeFaqPages(faqDir, checked.pages, faqAddress))], errors: [], warnings };
  } catch (thrown) {
    return { written: [], errors: [writeError(outDir, thrown)], warnings };
  }
}

/** The build's report: what was written, or every problem; then the warnings, which never stop it. */
export function reportBuild(result: BuildContentResult): string {
  const warnings = result.warnings.length === 0 ? [] : [`${plural(result.warnings.length, 'warning')} (the build went on):`, ...result.warnings.map(formatContentError)];
  if (result.errors.length === 0) {
    const done =
      result.written.length === 0
        ? 'Content checked: no problems. Nothing was written (--out FOLDER writes the packs and FAQ pages there).'
        : `Content packs and FAQ pages written: ${result.written.map((file) => shownPath(file)).join(', ')}`;
    return [done, ...warnings].join('\n');
  }
  return [
    `Content build failed: ${plural(result.errors.length, 'problem')}. Nothing was written.`,
    ...result.errors.map(formatContentError),
    ...warnings,
  ].join('\n');
}
