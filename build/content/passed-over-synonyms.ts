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
import { literalPattern } from './literal-pattern';

export function passedOverSynonyms(groups: SynonymGroups, indexPath: string, source: string): ContentError[] {
  const lines = source.split('\n');
  const start = lines.findIndex((line) => /^synonyms[ \t]*:/.test(line));
  // Groups come in the file's order: a word in two groups is looked for after the line it was last found on.
  const foundOn = new Map<string, number>();
  return groups.flatMap((group) =>
    group
      .filter((entry) => isStopword(entry.trim().toLowerCase()) || isJapaneseStopword(entry.trim()))
      .map((entry) => {
        const item = new RegExp(`^\\s*-\\s*\\[(?:.*,)?\\s*["']?${literalPattern(entry)}["']?\\s*(?:,.*)?\\]`);
        const after = foundOn.get(entry) ?? start;
        const line = lines.findIndex((text, i) => i > after && item.test(text));
        if (line !== -1) foundOn.set(entry, line);
        return {
          file: indexPath,
          ...(start === -1 || line === -1 ? {} : { line: line + 1 }),
          message: `"${entry}" in this synonym group does nothing: the matcher passes over it as too common a word, in questions and answers alike`,
          hint: 'Leave it out of the group; its other words still count.',
        };
      }),
  );
}
