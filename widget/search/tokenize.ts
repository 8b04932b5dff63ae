import { cjk } from './cjk-analysis';
export { cjkBigrams } from './cjk-analysis';
/**
 * Splits text into the words the matcher compares. Latin-script words are lowercased; a hyphenated compound such
 * as "log-in" yields its parts and the joined form ("log", "in", "login") because visitors write it either way.
 * Japanese and Chinese have no spaces between words, so runs of those scripts become overlapping character
 * bigrams, the usual dictionary-free way to index them.
 */

const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+/gu;
const WORD = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Unicode-normalises (full-width letters become ASCII) and lowercases. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[’‘`´]/g, "'");
}


/**
 * A written word. A hyphenated compound keeps its parts, so the index can hold both forms and a query can choose
 * the joined one when the articles use it ("pre-registration" should not also count as "pre" and "registration").
 */
export interface Token {
  word: string;
  parts?: string[];
}

function latinTokens(segment: string, out: Token[]): void {
  for (const match of segment.matchAll(WORD)) {
    const word = match[0].replace(/'s$/, '').replace(/'/g, '');
    if (!word.includes('-')) {
      out.push({ word });
      continue;
    }
    const parts = word.split('-').filter(Boolean);
    out.push({ word: parts.join(''), parts });
  }
}

/** The tokens of `text`, in order, normalised but not stemmed. */
export function tokenizeCompounds(text: string): Token[] {
  const normalized = normalizeText(text);
  const tokens: Token[] = [];
  let last = 0;
  for (const match of normalized.matchAll(CJK_RUN)) {
    const start = match.index ?? 0;
    latinTokens(normalized.slice(last, start), tokens);
    // A loop, not push(...grams): spreading a long run's grams as arguments overflows the stack.
    if (CJK_CHAR.test(match[0])) for (const word of cjk.terms(match[0])) tokens.push({ word });
    last = start + match[0].length;
  }
  latinTokens(normalized.slice(last), tokens);
  return tokens;
}

/** The words of `text`, in order, normalised but not stemmed; a compound gives its parts and its joined form. */
export function tokenize(text: string): string[] {
  return tokenizeCompounds(text).flatMap((token) => [...(token.parts ?? []), token.word]);
}

/** Whether a token came from a CJK run (such tokens are never stemmed or typo-corrected). */
export function isCjkToken(token: string): boolean {
  return CJK_CHAR.test(token);
}
