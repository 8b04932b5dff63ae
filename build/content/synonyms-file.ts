import type { SynonymGroups } from '../../widget/content-pack';
import type { ContentError } from './content-error';
import { isContentError, parseYaml } from './yaml-source';
import { meaningfulJapaneseWords } from '../../widget/search/japanese';
import { isCjkToken, normalizeText } from '../../widget/search/tokenize';

export const SYNONYMS_FILE = 'synonyms.yml';

const SINGLE_WORD = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u;

/**
 * The meaningful words the matcher finds in a Japanese entry (申込み is one: み is okurigana); a Latin entry is
 * one word whatever it holds.
 */
function japaneseWords(entry: string): string[] {
  const normalized = normalizeText(entry);
  return isCjkToken(normalized) ? meaningfulJapaneseWords(normalized) : [entry];
}

/** Reads `synonyms.yml`: a list of groups, each a list of single words. */
export function compileSynonyms(file: string, source: string): { groups: SynonymGroups; errors: ContentError[] } {
  const parsed = parseYaml(file, source, 1);
  if (isContentError(parsed)) return { groups: [], errors: [parsed] };
  const hint = 'Write one group per line, e.g.  - [people, users, individuals]  (single words; hyphens allowed).';
  if (parsed.data === null || parsed.data === undefined) return { groups: [], errors: [] };
  if (!Array.isArray(parsed.data)) return { groups: [], errors: [{ file, line: 1, message: 'synonyms must be a list of groups', hint }] };

  const errors: ContentError[] = [];
  const groups: SynonymGroups = [];
  const groupLines = source.split('\n').flatMap((text, n) => (/^-/.test(text) ? [n + 1] : []));
  parsed.data.forEach((group: unknown, i) => {
    const line = groupLines[i];
    const words = Array.isArray(group) ? group.map((word) => String(word).trim()) : [];
    const bad = words.find((word) => !SINGLE_WORD.test(word));
    const split = words.map(japaneseWords).find((parts) => parts.length > 1);
    if (bad === undefined && split !== undefined) {
      const message = `"${split.join('')}" is ${split.length} words to the matcher (${split.join(' | ')}), so a question never has it as one`;
      errors.push({ file, line, message: `synonym group ${i + 1}: ${message}`, hint: 'List each of its words in a group of its own, or leave it out: the matcher already finds the words one by one.' });
      return;
    }
    if (words.length < 2 || bad !== undefined) {
      const message = bad !== undefined ? `"${bad}" is not a single word` : 'a group needs at least two words';
      errors.push({ file, line, message: `synonym group ${i + 1}: ${message}`, hint });
      return;
    }
    groups.push(words);
  });
  return { groups, errors };
}
