import { CONTENT_PACK_FORMAT, type ContentPack, type SynonymGroups } from '../../widget/content-pack';
import { createPackMatcher } from '../../widget/pack-matcher';
import { compileArticle, idFromFileName, type CompiledArticle } from './article';
import type { ContentError } from './content-error';
import { packArticles } from './pack-articles';
import { compileSiteSettings } from './site-settings';
import { didYouMean } from './suggest';
import { compileSynonyms } from './synonyms-file';

/** One editor file: its path as shown in messages, and its text. */
export interface SourceFile {
  path: string;
  source: string;
}

export type CompileResult = { pack: ContentPack; errors: [] } | { pack: null; errors: ContentError[] };

const SITE_FILE = 'site.yml';
const SYNONYMS_FILE = 'synonyms.yml';

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** `brokenIds`: articles that failed to compile; naming them in `related` is not a second error. */
function checkIds(compiled: readonly CompiledArticle[], brokenIds: readonly string[]): ContentError[] {
  const errors: ContentError[] = [];
  const firstFile = new Map<string, string>();
  for (const { article, file, idLine } of compiled) {
    const other = firstFile.get(article.id);
    if (other !== undefined) {
      errors.push({
        file,
        line: idLine,
        message: `duplicate id "${article.id}" (also used by ${other})`,
        hint: 'Every article needs its own id: rename one of the files, or change its "id" key.',
      });
    } else firstFile.set(article.id, file);
  }
  const ids = [...firstFile.keys(), ...brokenIds].sort();
  for (const { article, file, relatedLine } of compiled) {
    for (const id of article.related) {
      if (id === article.id) {
        errors.push({ file, line: relatedLine, message: `"related" lists the article itself ("${id}")`, hint: 'Remove it from the list.' });
      } else if (!firstFile.has(id) && !brokenIds.includes(id)) {
        errors.push({
          file,
          line: relatedLine,
          message: `"related" names an unknown article "${id}".${didYouMean(id, ids)}`,
          hint: `Use the id (file name without .md) of an existing article: ${ids.join(', ')}.`,
        });
      }
    }
  }
  return errors;
}

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

/**
 * Compiles one locale's editor files into a content pack. Every problem in every file is reported together; a
 * pack is returned only when there are none, so a half-valid pack never reaches visitors.
 */
export function compileContent(locale: string, files: readonly SourceFile[]): CompileResult {
  const errors: ContentError[] = [];
  const compiled: CompiledArticle[] = [];
  const brokenIds: string[] = [];
  let synonyms: SynonymGroups = [];
  const siteFile = files.find((f) => baseName(f.path) === SITE_FILE);
  const site = siteFile ? compileSiteSettings(siteFile.path, siteFile.source) : null;
  if (site === null) {
    errors.push({ file: `content/${locale}/${SITE_FILE}`, message: `missing ${SITE_FILE}`, hint: 'Copy content/en/site.yml and translate it.' });
  } else if (Array.isArray(site)) errors.push(...site);

  for (const file of files) {
    const name = baseName(file.path);
    if (name === SYNONYMS_FILE) {
      const result = compileSynonyms(file.path, file.source);
      errors.push(...result.errors);
      synonyms = result.groups;
    } else if (/\.md$/i.test(name)) {
      const result = compileArticle(file.path, file.source);
      if (Array.isArray(result)) {
        errors.push(...result);
        brokenIds.push(idFromFileName(file.path));
      } else compiled.push(result);
    }
  }
  if (compiled.length === 0 && errors.length === 0) {
    errors.push({ file: `content/${locale}`, message: 'no articles', hint: 'Add at least one <id>.md article.' });
  }
  errors.push(...checkIds(compiled, brokenIds));
  if (errors.length > 0 || site === null || Array.isArray(site)) return { pack: null, errors };

  const pack: ContentPack = { format: CONTENT_PACK_FORMAT, locale, site, ...packArticles(compiled.map((c) => c.article)), synonyms };
  const unanswered = checkSuggestedQuestions(siteFile?.path ?? SITE_FILE, pack);
  return unanswered.length > 0 ? { pack: null, errors: unanswered } : { pack, errors: [] };
}
