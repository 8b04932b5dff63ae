import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ContentPack, PackArticle } from '../content-pack';
import type { Emitter } from '../embed/events';
import { createPackMatcher } from '../pack-matcher';
import { readingRomaji } from '../search/romaji';
import type { Matcher, MatchResult } from '../search/matcher';
import { FuzzySearchPending } from '../search/fuzzy-search';
import type { FilesPending, FilesUnreachable } from '../search/sharded-matcher';
import { boundedQuestion, questionCutNote } from '../search/question-length';
import { loadTypoSearch } from './load-typo-search';
import { type AnswerSource, type Message, type NewMessage, type ShownAnswer } from './messages';
import { answerPlainText } from './safe-html';

export interface Conversation {
  messages: Message[];
  /** What the live region reads out: the latest answer in words. */
  announcement: string;
  /** A question waits for what it needs (the typo search, a sharded pack's files): the panel says it is loading. */
  busy: boolean;
  /** `takesFocus`: asked by a button in the panel (a suggested question), so its answer takes focus. */
  ask(question: string, takesFocus?: boolean): void;
  /** Shows the article `id` as an answer: a related link, a suggestion for the page, or `Askdown.showArticle`. */
  openArticle(id: string, source?: AnswerSource): void;
  /** The visitor picked `id` from the "did you mean" choices offered for `question`. */
  choose(question: string, id: string, offered: readonly string[]): void;
  /** The visitor said whether the answer `id` answered `question`. */
  giveFeedback(question: string, id: string, helpful: boolean): void;
}

/**
 * The matcher's result; or what to wait for before asking again: the typo search, when a word needs it and it has
 * not come yet (`load-typo-search`), or a sharded pack's files (`FilesPending`); `unreachable` when those files
 * could not be fetched (`FilesUnreachable`); null should it ever throw otherwise: a broken panel or host page is
 * never worth it.
 */
function safeMatch(matcher: Matcher, question: string, failed: (error: unknown) => void): MatchResult | Promise<void> | 'unreachable' | null {
  try {
    return matcher.match(question);
  } catch (error) {
    if (error instanceof FuzzySearchPending) return loadTypoSearch();
    const { wait, unreachable } = error as Partial<FilesPending & FilesUnreachable>;
    if (wait) return wait;
    if (unreachable) {
      failed(error);
      return 'unreachable';
    }
    console.error('Askdown:', error);
    return null;
  }
}

/**
 * Titles read one after another, each a sentence: a stop after a title that has none of its own (most end in a
 * question mark), so a screen reader does not read it into what follows.
 */
const spokenTitles = (articles: readonly PackArticle[]): string => articles.map((a) => a.title.replace(/[\w)]$/, '$&.')).join(' ');

/** Screen readers announce a live region only when its text changes, so a repeated answer gets a trailing space. */
function distinctAnnouncement(previous: string, next: string): string {
  return previous === next ? `${next}\u00a0` : next;
}

/**
 * How many messages (a question and its reply are two) stay on the page: older ones are dropped, so a visitor
 * who asks a thousand questions does not leave tens of thousands of elements behind. Focus sits in the question
 * box or the newest reply, and the live region is outside the list, so neither notices.
 */
export const MAX_KEPT_MESSAGES = 80;

/**
 * Called as a question or an article fetch begins that may end later (waiting for a sharded pack's files or the
 * typo search): `still()` says whether the visitor's language is still the one it began in, and `failed` is what
 * a failure of its files does. One begun in a language the visitor has since left ends quietly: its answer is not
 * added to the conversation they are in now, nor its failure shown there (the console has it).
 */
export type LanguageWatch = () => { still: () => boolean; failed: (error: unknown) => void };

/**
 * The conversation: questions in; an answer, a choice of articles or the no-answer fallback out, each also told
 * to the host page through the emitter. Matching runs through the one pure matcher the CLI uses.
 */
export function useConversation(pack: ContentPack | null, emitter: Emitter, watchLanguage: LanguageWatch): Conversation {
  const [messages, setMessages] = useState<Message[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const nextKey = useRef(0);
  const waiting = useRef<Promise<void> | null>(null);
  const [busy, setBusy] = useState(false);
  // A question that met files out of reach: asked again once the content is back (after the visitor's retry).
  const unreached = useRef<{ question: string; takesFocus?: boolean; still: () => boolean } | null>(null);
  // A sharded pack lists no articles: its reader finds them, and matches over what it has fetched (`LiveContent`).
  // A sharded pack's reader reads romaji as the single pack's matcher does, wrapped here: its script has no room.
  const matcher = useMemo(() => (pack ? (pack.live ? readingRomaji(pack.live.matcher, pack.synonymTerms) : createPackMatcher(pack)) : null), [pack]);
  // The first question's per-article work, done ahead a task at a time (`Matcher.warm`): the pack is loaded at the
  // first sign of intent, so this runs while the visitor reaches for the launcher.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const next = () => matcher?.warm?.() && (timer = setTimeout(next));
    timer = setTimeout(next);
    return () => clearTimeout(timer);
  }, [matcher]);
  const byId = useMemo(() => pack?.live?.articles ?? new Map((pack?.articles ?? []).map((a) => [a.id, a])), [pack]);
  const articlesOf = useCallback(
    (ids: readonly string[]) => ids.flatMap((id) => byId.get(id) ?? []),
    [byId],
  );

  const add = useCallback((...added: NewMessage[]) => {
    const keyed = added.map((message) => ({ ...message, key: nextKey.current++ }) as Message);
    setMessages((previous) => [...previous, ...keyed].slice(-MAX_KEPT_MESSAGES));
  }, []);

  // A conversation is in one language: another language shows its own, afresh or as it was left, so no message is
  // left half in the words of a pack no longer shown (its headings and buttons come from the pack shown now), and
  // a switch there and back (an arrow key on the switch) loses nothing. Done as the new pack renders, not in an
  // effect, which would run after a question asked at once and wipe it.
  const shownLang = useRef(pack?.locale);
  const byLang = useRef(new Map<string | undefined, Message[]>());
  if (pack && shownLang.current !== pack.locale) {
    if (shownLang.current) {
      byLang.current.set(shownLang.current, messages);
      setMessages(byLang.current.get(pack.locale) ?? []);
      setAnnouncement('');
    }
    shownLang.current = pack.locale;
  }

  const announce = useCallback((text: string) => setAnnouncement((previous) => distinctAnnouncement(previous, text)), []);
  // Said first, as it is shown first (under the question): what follows may be answering only the part read.
  const cutNote = (cut?: boolean) => (cut && pack ? `${questionCutNote(pack.site.ui.questionCut)} ` : '');

  const showAnswer = useCallback(
    ({ shown, question, article, confidence, source, alternatives, cut = false, takesFocus = false }: ShownAnswer) => {
      const related = matcher?.relatedTo(article.id) ?? [];
      add(
        { kind: 'question', text: shown, cut },
        {
          kind: 'answer',
          question,
          article,
          related: articlesOf(related),
          // Not again what Related lists just above it.
          alternatives: articlesOf(alternatives.filter((id) => id !== article.id && !related.includes(id))).slice(0, 3),
          takesFocus,
        },
      );
      announce(cutNote(cut) + (takesFocus ? '' : `${spokenTitles([article])} `) + answerPlainText(article.html));
      emitter.emit('answer', { question, id: article.id, title: article.title, confidence, source });
    },
    [add, announce, articlesOf, emitter, matcher, pack],
  );

  const ask = useCallback(
    (question: string, takesFocus?: boolean) => {
      const whole = String(question).trim();
      if (!matcher || !pack || whole === '') return;
      const text = boundedQuestion(whole);
      const cut = text.length < whole.length;
      // Questions asked while one waits (for the typo search, or a sharded pack's files) wait behind it, so the
      // answers keep their order; each is asked again once that is in, and answered as always.
      const language = watchLanguage();
      const result = waiting.current ?? safeMatch(matcher, text, language.failed);
      if (result instanceof Promise) {
        setBusy(true);
        waiting.current ??= result.then(() => {
          waiting.current = null;
          setBusy(false);
        });
        return void waiting.current.then(() => language.still() && ask(question, takesFocus));
      }
      // The panel says the answers could not be loaded, with its retry: not "no answer", which would be untrue.
      if (result === 'unreachable') return void (unreached.current = { question, takesFocus, still: language.still });
      emitter.emit('question', { question: text });
      const article = result?.answer == null ? undefined : byId.get(result.answer);
      if (result && article) {
        // The rest of the ranking, of which the next three not in Related are offered should the visitor say it did
        // not answer the question.
        const alternatives = result.results.slice(1).map((r) => r.id);
        showAnswer({ shown: text, question: text, article, confidence: result.confidence, source: 'question', alternatives, cut, takesFocus });
        return;
      }
      if (result?.outcome === 'choice') {
        const choices = articlesOf(result.choices);
        add({ kind: 'question', text, cut }, { kind: 'choice', question: text, choices });
        announce(`${cutNote(cut)}${pack.site.ui.didYouMean} ${spokenTitles(choices)}`);
        emitter.emit('did-you-mean', { question: text, choices: result.choices });
        return;
      }
      const closest = articlesOf(result?.related ?? []);
      add({ kind: 'question', text, cut }, { kind: 'no-answer', question: text, closest });
      // The closest articles too: what a sighted visitor sees under the apology.
      announce(cutNote(cut) + (closest.length ? `${pack.site.noAnswer} ${pack.site.ui.closestArticles}: ${spokenTitles(closest)}` : pack.site.noAnswer));
      emitter.emit('no-answer', { question: text, closest: closest.map((a) => a.id) });
    },
    [add, announce, articlesOf, byId, emitter, matcher, pack, showAnswer, watchLanguage],
  );

  useEffect(() => {
    const left = unreached.current;
    if (!pack || !left) return;
    unreached.current = null;
    // Not in another language, should the visitor have turned to one rather than retry.
    if (left.still()) ask(left.question, left.takesFocus);
  }, [pack, ask]);

  /** Article `id` with its answer, to `show`: a sharded pack's is fetched first. Nothing, for an id the pack lacks. */
  const withArticle = useCallback(
    (id: string, show: (article: PackArticle) => void) => {
      const article = byId.get(id);
      if (article?.html != null) return show(article);
      if (!pack?.live) return;
      const language = watchLanguage();
      pack.live.fetchArticle(id).then((found) => found && language.still() && show(byId.get(id)!), language.failed);
    },
    [byId, pack, watchLanguage],
  );

  const openArticle = useCallback(
    (id: string, source: AnswerSource = 'related') =>
      withArticle(id, (article) =>
        // The page's own call leaves focus where the panel's opening put it.
        showAnswer({ shown: article.title, question: article.title, article, confidence: 1, source, alternatives: [], takesFocus: source !== 'api' }),
      ),
    [withArticle, showAnswer],
  );

  const choose = useCallback(
    (question: string, id: string, offered: readonly string[]) =>
      withArticle(id, (article) => showAnswer({ shown: article.title, question, article, confidence: 1, source: 'choice', alternatives: offered, takesFocus: true })),
    [withArticle, showAnswer],
  );

  const giveFeedback = useCallback(
    (question: string, id: string, helpful: boolean) => emitter.emit('feedback', { question, id, helpful }),
    [emitter],
  );

  return { messages, announcement, busy, ask, openArticle, choose, giveFeedback };
}
