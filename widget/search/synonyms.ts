import { stem } from './stem';
import { cjkWordTerm } from './cjk-analysis';
import { isCjkToken, normalizeText } from './tokenize';

/** Term to the other terms of its synonym groups. */
export type SynonymMap = Map<string, Set<string>>;

/**
 * The index term of one synonym entry; "log-in" and "login" are the same entry. A Japanese entry is folded as a
 * Japanese word is (申し込み is 申込; メール is めーる), so it meets the question's word whichever way either is spelt.
 */
export function synonymTerm(entry: string): string {
  const joined = normalizeText(entry).replace(/[\s'-]+/g, '');
  return isCjkToken(joined) ? cjkWordTerm(joined) : stem(joined);
}

/** Builds the look-up from editor-written groups such as `[people, users, individuals]`. */
export function buildSynonymMap(groups: readonly (readonly string[])[]): SynonymMap {
  const map: SynonymMap = new Map();
  for (const group of groups) {
    const terms = [...new Set(group.map(synonymTerm).filter(Boolean))];
    for (const term of terms) {
      let others = map.get(term);
      if (!others) map.set(term, (others = new Set()));
      for (const other of terms) if (other !== term) others.add(other);
    }
  }
  return map;
}
