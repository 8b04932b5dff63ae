import { join, relative } from 'node:path';
import { compileContent } from './compile-content';
import { formatContentError, type ContentError } from './content-error';
import { listLocales, readLocaleFiles } from './content-files';
import { internalError } from './internal-error';
import { renderFaqIntro } from './faq-intro';
import { NODE_ANSWER_HTML } from './sanitize';
import { writeFaqPages, type FaqPageSource } from './write-faq-pages';
import { writePacks } from './write-packs';

export interface BuildContentOptions {
  contentRoot: string;
  outDir: string;
  /** Where the static FAQ pages go (`<faqDir>/<locale>/index.html`); by default `faq/` beside `outDir`. */
  faqDir?: string;
}

export type BuildContentResult = { written: string[]; errors: [] } | { written: []; errors: ContentError[] };

/**
 * Checks every locale to the end before anything is written: one bad locale must not leave the others' packs
 * updated and its own stale, which visitors of a multilingual site would see as content out of step.
 */
async function checkAllLocales(contentRoot: string): Promise<{ pages: FaqPageSource[]; errors: ContentError[] }> {
  const { locales, errors } = await listLocales(contentRoot);
  const pages: FaqPageSource[] = [];
  for (const locale of locales) {
    const { pack, index, errors: problems } = compileContent(locale, await readLocaleFiles(join(contentRoot, locale)), NODE_ANSWER_HTML);
    if (pack && index) {
      // In a pack that compiled, the articles are the index's links, in its order.
      const idOf = new Map(index.articles.map((link, i) => [link.file, pack.articles[i]?.id ?? '']));
      pages.push({ pack, introHtml: renderFaqIntro(index, idOf, NODE_ANSWER_HTML) });
    } else errors.push(...problems);
  }
  return { pages, errors };
}

function writeError(outDir: string, thrown: unknown): ContentError {
  const reason = thrown instanceof Error ? thrown.message : String(thrown);
  return {
    file: relative(process.cwd(), outDir) || outDir,
    message: `the content packs could not be written: ${reason}`,
    hint: 'Check that this folder can be written (permissions, free disk space), then build again.',
  };
}

/**
 * Compiles every locale under `contentRoot`; writes the packs only if all of them compiled. It never throws: a
 * failure of the build itself is returned as an internal error, so the CLI and the demo's watcher print it
 * like any other problem instead of a stack trace.
 */
export async function buildContent({ contentRoot, outDir, faqDir = join(outDir, '..', 'faq') }: BuildContentOptions): Promise<BuildContentResult> {
  let checked: { pages: FaqPageSource[]; errors: ContentError[] };
  try {
    checked = await checkAllLocales(contentRoot);
  } catch (thrown) {
    return { written: [], errors: [internalError(relative(process.cwd(), contentRoot) || contentRoot, thrown)] };
  }
  if (checked.errors.length > 0) return { written: [], errors: checked.errors };
  try {
    const packs = await writePacks(outDir, checked.pages.map((page) => page.pack));
    // The pages follow the packs they show, so a failed build leaves both as they were.
    return { written: [...packs, ...(await writeFaqPages(faqDir, checked.pages))], errors: [] };
  } catch (thrown) {
    return { written: [], errors: [writeError(outDir, thrown)] };
  }
}

export function reportBuild(result: BuildContentResult): string {
  if (result.errors.length === 0) return `Content packs and FAQ pages written: ${result.written.map((file) => relative(process.cwd(), file) || file).join(', ')}`;
  const count = result.errors.length;
  return [
    `Content build failed: ${count} problem${count === 1 ? '' : 's'}. Nothing was written.`,
    ...result.errors.map(formatContentError),
  ].join('\n');
}
