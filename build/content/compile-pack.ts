import { ENGLISH_SYNONYMS } from '../../widget/search/english-synonyms';
import { synonymTermGroups } from '../../widget/search/synonyms';
import { CONTENT_PACK_FORMAT, type ContentPack, type SiteSettings, type SynonymGroups } from '../../widget/content-pack';
import type { CompiledArticle } from './article';
import { idFromFileName } from './article-id';
import type { AnswerHtml } from './answer-html';
import { checkIds } from './check-ids';
import { compileFile, fileNameOf, type FileResult, type LocaleEntry } from './compile-file';
import type { ContentError } from './content-error';
import { INDEX_FILE, type CompiledIndex } from './index-file';
import { guarded } from './internal-error';
import { packArticles } from './pack-articles';
import { didYouMean } from './suggest';

export type { LocaleEntry, RefusedEntry, SourceFile } from './compile-file';

/** Every problem found, and the pack made of what is usable: null only when nothing is (no settings, no article). */
export interface LocaleResult {
  pack: ContentPack | null;
  errors: ContentError[];
  index: CompiledIndex | null;
}

const isEnglish = (locale: string): boolean => /^en\b/i.test(locale);

export function missingIndex(locale: string): ContentError {
  return {
    file: `content/${locale}/${INDEX_FILE}`,
    message: `missing ${INDEX_FILE}: every locale needs one`,
    hint:
      `Create content/${locale}/${INDEX_FILE}: front matter with the site settings (title, greeting, suggested_questions, ` +
      'registration, contact, no_answer, synonyms), then one link per article, e.g. - [Title](shared-email.md). ' +
      (locale === 'en' ? 'The README, "Write content", shows one in full.' : 'content/en/index.md is an example.'),
  };
}

/** A file as compiled, with its path, and whether it was refused before it could be read. */
type Compiled = FileResult & { path: string; refused: boolean };

/** The articles in the index's order; files it links to that are not there, and articles it does not link to. */
function articlesInIndexOrder(index: CompiledIndex, indexPath: string, results: readonly Compiled[]) {
  const byName = new Map(results.filter((r) => r.role === 'article').map((r) => [fileNameOf(r.path), r]));
  const errors: ContentError[] = [];
  const ordered: Compiled[] = [];
  for (const link of index.articles) {
    const result = byName.get(link.file);
    if (result) ordered.push(result);
    else {
      errors.push({
        file: indexPath,
        line: link.line,
        message: `the link to "${link.file}" leads to no article.${didYouMean(link.file, [...byName.keys()])}`,
        hint: `Correct the file name in the link, or create ${link.file} beside ${INDEX_FILE}.`,
      });
    }
  }
  const unlinkedIds: string[] = [];
  for (const [name, result] of byName) {
    // A refused entry (in a subfolder, a link that leads nowhere, a file that could not be fetched) has its own problem.
    if (result.refused || index.articles.some((link) => link.file === name)) continue;
    unlinkedIds.push(result.article?.article.id ?? idFromFileName(name));
    errors.push({
      file: result.path,
      message: `${name} is not linked from ${INDEX_FILE}, so no visitor would ever see it`,
      hint: `Add a line such as - [${result.article?.article.title ?? 'Its title'}](${name}) to ${indexPath} where it belongs in the list, or delete the file.`,
    });
  }
  return { ordered, unlinkedIds, errors };
}

/**
 * The articles a pack can hold: each id once (the first), `related` naming only articles that are there. The
 * build refuses any of this (`checkIds` reports it); the run-time mode shows the rest and names what it left out.
 */
function usableArticles(compiled: readonly CompiledArticle[]): CompiledArticle[] {
  const seen = new Set<string>();
  const unique = compiled.filter(({ article }) => !seen.has(article.id) && seen.add(article.id));
  return unique.map((c) => ({ ...c, article: { ...c.article, related: c.article.related.filter((id) => id !== c.article.id && seen.has(id)) } }));
}

function packOf(locale: string, settings: SiteSettings, articles: readonly CompiledArticle[], synonyms: SynonymGroups): ContentPack {
  return {
    format: CONTENT_PACK_FORMAT,
    locale,
    site: settings,
    ...packArticles(articles.map((c) => c.article)),
    // The built-in English groups travel in English packs, not in the widget's code: language data goes with
    // the language, and a Japanese page does not download English synonyms.
    synonymTerms: synonymTermGroups(isEnglish(locale) ? [...ENGLISH_SYNONYMS, ...synonyms] : synonyms),
  };
}

/**
 * Compiles one locale's editor files (its index.md and the articles it links) into a content pack, collecting
 * every problem in every file. The pack is made of what is usable, so the run-time Markdown mode can show the
 * articles that are right while it names the broken ones; the build (`compile-content.ts`) refuses any problem.
 * Nothing here throws: a failure of the compiler itself comes back as an internal error naming the file.
 */
export function compileLocale(locale: string, entries: readonly LocaleEntry[], answerHtml: AnswerHtml): LocaleResult {
  const results = entries.map((entry) => ({ path: entry.path, refused: 'problem' in entry, ...compileFile(entry, answerHtml, locale) }));
  const errors = results.flatMap((r) => r.errors);
  const indexResult = results.find((r) => r.role === 'index');
  const index = indexResult?.index ?? null;
  if (!indexResult) errors.unshift(missingIndex(locale));
  if (!index || !indexResult) return { pack: null, errors, index };
  return guarded(
    indexResult.path,
    (): LocaleResult => {
      const { ordered, unlinkedIds, errors: linkErrors } = articlesInIndexOrder(index, indexResult.path, results);
      errors.push(...linkErrors);
      const compiled = ordered.flatMap((r) => (r.article ? [r.article] : []));
      // Articles that are there but broken, or there but not linked: naming them in `related` is not a second
      // problem. A linked file that is not there (refused, or not fetched) is not either, but no id to suggest.
      const failedFiles = ordered.filter((r) => !r.article && !r.refused).map((r) => r.path);
      const brokenIds = [...failedFiles.map(idFromFileName), ...unlinkedIds];
      const absentIds = ordered.filter((r) => r.refused).map((r) => idFromFileName(r.path));
      errors.push(...checkIds(compiled, brokenIds, absentIds, failedFiles));
      const articles = usableArticles(compiled);
      if (articles.length === 0 && !errors.some((e) => e.file === indexResult.path)) {
        errors.push({ file: indexResult.path, message: 'no article could be read', hint: 'Fix the problems listed for the articles above.' });
      }
      const pack = index.settings && articles.length > 0 ? packOf(locale, index.settings, articles, index.synonyms) : null;
      return { pack, errors, index };
    },
    (error) => ({ pack: null, errors: [...errors, error], index }),
  );
}
