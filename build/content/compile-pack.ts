import { ENGLISH_SYNONYMS } from '../../widget/search/english-synonyms';
import { CONTENT_PACK_FORMAT, type ContentPack, type SiteSettings, type SynonymGroups } from '../../widget/content-pack';
import { createPackMatcher } from '../../widget/pack-matcher';
import { idFromFileName, type CompiledArticle } from './article';
import { checkIds } from './check-ids';
import { compileFile, type LocaleEntry } from './compile-file';
import type { ContentError } from './content-error';
import { guarded } from './internal-error';
import { packArticles } from './pack-articles';
import { missingSiteSettings } from './site-settings';

export type { LocaleEntry, RefusedEntry, SourceFile } from './compile-file';

export type CompileResult = { pack: ContentPack; errors: [] } | { pack: null; errors: ContentError[] };

function checkSuggestedQuestions(file: string, pack: ContentPack): ContentError[] {
  const matcher = createPackMatcher(pack);
  return pack.site.suggestedQuestions
    .filter((question) => matcher.match(question).answer === null)
    .map((question) => ({
      file,
      message: `the suggested question "${question}" gets no confident answer`,
      hint: "Reword it closer to an article's title or questions, or add it to that article's questions.",
    }));
}

const isEnglish = (locale: string): boolean => /^en\b/i.test(locale);

/** The pack of a locale whose every file compiled, unless a suggested question finds no answer in it. */
function packLocale(
  locale: string,
  site: { settings: SiteSettings; file: string },
  articles: readonly CompiledArticle[],
  synonyms: SynonymGroups,
): CompileResult {
  const pack: ContentPack = {
    format: CONTENT_PACK_FORMAT,
    locale,
    site: site.settings,
    ...packArticles(articles.map((c) => c.article)),
    // The built-in English groups travel in English packs, not in the widget's code: language data goes with
    // the language, and a Japanese page does not download English synonyms.
    synonyms: isEnglish(locale) ? [...ENGLISH_SYNONYMS.map((group) => [...group]), ...synonyms] : synonyms,
  };
  const unanswered = checkSuggestedQuestions(site.file, pack);
  return unanswered.length > 0 ? { pack: null, errors: unanswered } : { pack, errors: [] };
}

/**
 * Compiles one locale's editor files into a content pack. Every problem in every file is reported together; a
 * pack is returned only when there are none, so a half-valid pack never reaches visitors. Nothing here throws:
 * a failure of the build itself comes back as an internal error naming the file, or the locale.
 */
export function compileContent(locale: string, entries: readonly LocaleEntry[]): CompileResult {
  const results = entries.map((entry) => ({ entry, ...compileFile(entry) }));
  const errors = results.flatMap((r) => r.errors);
  if (!results.some((r) => r.role === 'site')) errors.unshift(missingSiteSettings(locale));
  const compiled = results.flatMap((r) => (r.article ? [r.article] : []));
  const brokenIds = results.filter((r) => r.role === 'article' && !r.article).map((r) => idFromFileName(r.entry.path));
  const site = results.find((r) => r.settings);
  const synonyms = results.find((r) => r.synonyms)?.synonyms ?? [];
  if (compiled.length === 0 && errors.length === 0) {
    errors.push({ file: `content/${locale}`, message: 'no articles', hint: 'Add at least one <id>.md article.' });
  }
  return guarded(
    `content/${locale}`,
    (): CompileResult => {
      errors.push(...checkIds(compiled, brokenIds));
      if (errors.length > 0 || !site?.settings) return { pack: null, errors };
      return packLocale(locale, { settings: site.settings, file: site.entry.path }, compiled, synonyms);
    },
    (error) => ({ pack: null, errors: [...errors, error] }),
  );
}
