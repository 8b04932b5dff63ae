import type { CompiledArticle } from './article';
import type { ContentError } from './content-error';
import { didYouMean } from './suggest';

/**
 * Duplicate ids and `related` lists naming unknown articles, across a locale's articles. `brokenIds`: articles
 * that failed to compile; naming them in `related` is not a second error. `absentIds`: files the index links to
 * that are not there (or did not come): not a second error either, but no id to suggest, as the link may be the
 * misspelt one.
 */
export function checkIds(compiled: readonly CompiledArticle[], brokenIds: readonly string[], absentIds: readonly string[] = []): ContentError[] {
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
      } else if (!firstFile.has(id) && !brokenIds.includes(id) && !absentIds.includes(id)) {
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
