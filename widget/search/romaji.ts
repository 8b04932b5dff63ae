import type { SynonymTermGroups } from '../content-pack';
import type { Matcher, MatchRequest } from './matcher';
import type { ShardedMatcher } from './sharded-matcher';
import { isReading } from './synonyms';

/**
 * Each consonant row's first hiragana (as an offset from あ) and the step to the next vowel's: rows k, g, s, z, t, d
 * take every other code (the voiced kana between), h, b, p every third; t and d skip small っ after ち, ぢ; w has
 * only わ and を, three codes apart.
 */
const ROWS: Record<string, [number, number]> = { k: [9, 2], g: [10, 2], s: [19, 2], z: [20, 2], t: [29, 2], d: [30, 2], n: [40, 1], h: [45, 3], b: [46, 3], p: [47, 3], m: [60, 1], y: [66, 1], r: [71, 1], w: [77, 0.75] };
const VOWELS = 'aiueo';
const kana = (offset: number): string => String.fromCharCode(0x3042 + offset);

/**
 * A word of Japanese typed in romaji (Hepburn or Kunrei: "touroku", "jizen", "kyouyuu", "shinsei") in hiragana
 * (とうろく), or null when it is not romaji ("security", "mail"): how a visitor with no Japanese input at hand (a
 * ship's PC, a foreign keyboard) writes, which the readings editors list then meet (`withReadingsSpelt`).
 */
export function romajiAsKana(word: string): string | null {
  // Hepburn's spellings as Kunrei's, which the rows spell: shi, chi, tsu, fu, ji, sha, cha, ja as si, ti, tu, hu,
  // zi, sya, tya, zya.
  const text = word
    .toLowerCase()
    .replace(/(sh|ch|j)(?=[aiueo])/g, (head) => (head === 'j' ? 'zy' : head === 'sh' ? 'sy' : 'ty'))
    .replace(/tsu|fu/g, (syllable) => (syllable === 'fu' ? 'hu' : 'tu'))
    .replace(/([szt])yi/g, '$1i');
  let read = '';
  // Past the end: "-", no letter of any row, so a last "n" is ん and a last consonant no syllable.
  for (let i = 0; i < text.length; i++) {
    const letter = text[i]!;
    const next = text[i + 1] ?? '-';
    const row = ROWS[letter];
    const glide = next === 'y' && row !== undefined;
    const vowel = VOWELS.indexOf(row ? text[glide ? i + 2 : i + 1] ?? '-' : letter);
    if (!row && vowel >= 0) read += kana(vowel * 2);
    // ん, and small っ before a doubled consonant.
    else if (letter === 'n' && !'aiueoy'.includes(next)) read += kana(81);
    else if (letter === next) read += kana(33);
    // (Not told apart, for the bytes: "kyi", "kye", "wi", "we", never typed, read as something no reading is.)
    else if (!row || vowel < 0) return null;
    else {
      const [first, step] = row;
      const at = first + (glide ? step : vowel * step) + (step === 2 && first > 28 && !glide && vowel > 1 ? 1 : 0);
      read += kana(at) + (glide ? kana(65 + vowel) : '');
      i += glide ? 2 : 1;
    }
  }
  return read;
}

/**
 * `matcher`, reading a question's words typed in romaji as kana where the content's synonyms list readings
 * (Japanese): "jizen touroku wa itsu made" is asked as じぜんとうろくわいつまで, which the readings spell 事前登録
 * and whose particles the Japanese analysis drops as it drops typed ones. The spaces between the words go with
 * them, as Japanese is typed: "itsu demo" apart is いつ and でも, grammar alone, where いつでも is a word
 * ("any time"), and a run of kana with its particles reads as a typed question does (of the six romaji questions
 * of Japanese development set 2, two more answered and one more with its article on top). A word listed among the
 * synonyms as written ("share", in a group with 共有) stays as it is. Wrapped round the single pack's matcher and,
 * in the widget, the sharded one's, so the sharded reader's script carries none of it.
 */
export function readingRomaji<M extends Pick<Matcher, 'match'> | ShardedMatcher>(matcher: M, synonymTerms: SynonymTermGroups): M {
  const terms = new Set(synonymTerms.flat());
  const { match } = matcher;
  // A new matcher, not `matcher` changed: the widget wraps a sharded pack's live matcher each time it reads the
  // pack, and wrapping the same object again would stack the readings.
  return [...terms].some(isReading)
    ? {
        ...matcher,
        match: ((question: string, request?: MatchRequest) =>
          match(question.replace(/([a-z]+) ?/gi, (typed, word: string) => (terms.has(word.toLowerCase()) ? typed : (romajiAsKana(word) ?? typed))), request)) as M['match'],
      }
    : matcher;
}
