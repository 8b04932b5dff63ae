import type { SynonymGroups } from '../../widget/content-pack';
import type { ContentError } from './content-error';
import { isJapaneseStopword, segmentJapanese } from '../../widget/search/japanese';
import { hasKanji, isReading } from '../../widget/search/synonyms';
import { isCjkToken, normalizeText } from '../../widget/search/tokenize';

const SINGLE_WORD = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u;
/**
 * A kanji word's reading, as the matcher spells one (`withReadingsSpelt`): an entry written in three hiragana or
 * more. Katakana entries are words of their own (メール, メアド), not readings: the entry is checked as written,
 * before the matcher folds katakana.
 */
const isWrittenReading = (entry: string): boolean => isReading(normalizeText(entry));

/**
 * The meaningful words the matcher finds in a Japanese entry (申込み is one: み is okurigana); a Latin entry is
 * one word whatever it holds.
 */
function japaneseWords(entry: string): string[] {
  const normalized = normalizeText(entry);
  return isCjkToken(normalized) ? segmentJapanese(normalized).filter((word) => !isJapaneseStopword(word)) : [entry];
}

/**
 * Reads `synonyms:` of the index's front matter: a list of groups, each a list of single words. A bad group is
 * reported and left out; the others still work. `groupLines`: the file line of each group, for the messages.
 */
export function readSynonyms(file: string, data: unknown, line: number, groupLines: readonly number[]): { groups: SynonymGroups; errors: ContentError[] } {
  const hint = 'Write one group per line under synonyms:, e.g.  - [people, users, individuals]  (single words; hyphens allowed).';
  if (data === null || data === undefined) return { groups: [], errors: [] };
  if (!Array.isArray(data)) return { groups: [], errors: [{ file, line, message: '"synonyms" must be a list of groups', hint }] };

  const errors: ContentError[] = [];
  const groups: SynonymGroups = [];
  data.forEach((group: unknown, i) => {
    const at = groupLines[i] ?? line;
    const words = Array.isArray(group) ? group.map((word) => String(word).trim()) : [];
    const bad = words.find((word) => !SINGLE_WORD.test(word));
    // A reading is found in questions as a string, not as a word: the segmenter's split of it does not matter.
    const split = words.filter((word) => !isWrittenReading(word)).map(japaneseWords).find((parts) => parts.length > 1);
    if (bad === undefined && split !== undefined) {
      const message = `"${split.join('')}" is ${split.length} words to the matcher (${split.join(' | ')}), so a question never has it as one`;
      errors.push({ file, line: at, message: `synonym group ${i + 1}: ${message}`, hint: 'List each of its words in a group of its own, or leave it out: the matcher already finds the words one by one.' });
      return;
    }
    if (bad === undefined && words.some(isWrittenReading) && !words.some(hasKanji)) {
      const reading = words.find(isWrittenReading)!;
      errors.push({
        file,
        line: at,
        message: `synonym group ${i + 1}: "${reading}" is a reading, but no word of its group is written in kanji for it to stand for`,
        hint: `Put it in a group with the kanji word it reads, e.g.  - [登録, ${reading}]  (a question typed "${reading}" is read as that word).`,
      });
      return;
    }
    if (words.length < 2 || bad !== undefined) {
      const message = bad !== undefined ? `"${bad}" is not a single word` : 'a group needs at least two words';
      errors.push({ file, line: at, message: `synonym group ${i + 1}: ${message}`, hint });
      return;
    }
    groups.push(words);
  });
  return { groups, errors };
}
