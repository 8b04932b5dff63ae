import type { CompiledArticle } from './article';
import { idFromFileName } from './article-id';
import type { ContentError } from './content-error';
import { didYouMean } from './suggest';

/**
 * Duplicate ids and `related` lists naming unknown articles, across a locale's articles. `brokenIds`: articles
 * that failed to compile; naming them in `related` is not a second error. `absentIds`: files the index links to
 * that are not there (or did not come): not a second error either, but no id to suggest, as the link may be the
 * misspelt one. `failedFiles`: the linked files that failed to compile, whose ids (their names) no other may take.
 */
export function checkIds(compiled: readonly CompiledArticle[], brokenIds: readonly string[], absentIds: readonly string[] = [], failedFiles: readonly string[] = []): ContentError[] {
  const errors: ContentError[] = [];
  const firstFile = new Map<string, string>();
  // A copied `id:` line takes the article's file name out of the ids, so every `related` naming that file, and the
  // copy's own `related` naming the original, would each be a problem of its own: one fix, one problem (a stranger's
  // try as an editor got five).
  const duplicated = new Set<string>();
  const fileIdsOfDuplicates = new Set<string>();
  for (const { article, file, idLine } of compiled) {
    // A linked file that did not compile (`failedFiles`) still holds the id its name gives it: one copied from it is
    // the duplicate, and the copy's "related" would otherwise be read as naming itself (a stranger's try: a tab in
    // one file and its id copied into another gave two misleading messages and not the duplicate). Not an
    // unlinked one: a draft copy left out of the index is its own problem, not the original's (a review).
    const other = firstFile.get(article.id) ?? failedFiles.find((failed) => idFromFileName(failed) === article.id);
    if (other !== undefined) {
      errors.push({
        file,
        line: idLine,
        message: `duplicate id "${article.id}" (also used by ${other})`,
        hint: 'Every article needs its own id: rename one of the files, or change its "id" key.',
      });
      duplicated.add(article.id);
      for (const name of [file, other]) fileIdsOfDuplicates.add(idFromFileName(name));
    } else firstFile.set(article.id, file);
  }
  const ids = [...new Set([...firstFile.keys(), ...brokenIds])].sort();
  for (const { article, file, relatedLine } of compiled) {
    for (const id of article.related) {
      if (fileIdsOfDuplicates.has(id)) continue;
      if (id === article.id) {
        if (duplicated.has(id)) continue;
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
