import { stem } from './stem';
import { normalizeText } from './tokenize';

/** Term to the other terms of its synonym groups. */
export type SynonymMap = Map<string, Set<string>>;

/** The index term of one synonym entry; "log-in" and "login" are the same entry. */
export function synonymTerm(entry: string): string {
  return stem(normalizeText(entry).replace(/[\s'-]+/g, ''));
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
