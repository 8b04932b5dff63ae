/**
 * A synonym entry that is one of the words the matcher passes over (`ENGLISH_STOPWORDS`: "own", "both", "each";
 * in Japanese, hiragana words of one or two letters and polite endings, `isJapaneseStopword`: いつ, です):
 * it is dropped from questions and articles before synonyms are looked up, so it does nothing in its group, which
 * its editor cannot tell. Counting such words was tried on 2026-11-28 and cost the development set more questions
 * than it won (README, "Notes"), so the build says so instead. Build-only: a warning, never an error.
 */
import type { SynonymGroups } from '../../widget/content-pack';
import { isStopword } from '../../widget/search/analyze';
import { isJapaneseStopword } from '../../widget/search/japanese';
import type { ContentError } from './content-error';
import { splitFrontMatter } from './front-matter';
import { synonymGroupLines } from './index-file';
import { isContentError } from './yaml-source';

/**
 * `groups`: the index's synonym groups as compiled, every one of them (the build asks only of an index without
 * errors, so none was left out), in the order of `source`'s list, whose lines the compiler's own messages use.
 */
export function passedOverSynonyms(groups: SynonymGroups, indexPath: string, source: string): ContentError[] {
  const parts = splitFrontMatter(indexPath, source);
  const lines = isContentError(parts) ? [] : synonymGroupLines(parts.frontMatter, parts.frontMatterLine);
  return groups.flatMap((group, i) =>
    group
      .filter((entry) => isStopword(entry.trim().toLowerCase()) || isJapaneseStopword(entry.trim()))
      .map((entry) => ({
        file: indexPath,
        ...(lines[i] === undefined ? {} : { line: lines[i] }),
        message: `"${entry}" in this synonym group does nothing: the matcher passes over it as too common a word, in questions and answers alike`,
        hint: 'Leave it out of the group; its other words still count.',
      })),
  );
}
