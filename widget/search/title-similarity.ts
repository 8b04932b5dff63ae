import { ENGLISH_STOPWORDS } from './stopwords';
import { normalizeText } from './tokenize';

/**
 * Character trigrams of a text's meaningful words, each word padded with spaces. Trigrams see what whole-word
 * terms miss between a question and a title: "striked through" and "strikethrough", "unfriended" and "friend",
 * "git hub" and "GitHub".
 */
export function wordTrigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (const word of normalizeText(text).split(/[^\p{L}\p{N}]+/u)) {
    if (word === '' || ENGLISH_STOPWORDS.has(word)) continue;
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  }
  return grams;
}

/** Dice's coefficient of two trigram sets: 1 when they are the same, 0 when they share nothing. */
export function diceSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return (2 * shared) / (a.size + b.size);
}
