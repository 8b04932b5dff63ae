import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import type { ContentPack, PackArticle } from '../content-pack';
import type { Emitter } from '../embed/events';
import { createPackMatcher } from '../pack-matcher';
import { answerPlainText } from './safe-html';

export type Message =
  | { key: number; kind: 'question'; text: string }
  | { key: number; kind: 'answer'; article: PackArticle; related: PackArticle[] }
  | { key: number; kind: 'no-answer'; question: string; closest: PackArticle[] };

/** A message before it gets its key (Omit over each member of the union, not over the union as a whole). */
type NewMessage = Message extends infer M ? (M extends Message ? Omit<M, 'key'> : never) : never;

export interface Conversation {
  messages: Message[];
  /** What the live region reads out: the latest answer in words. */
  announcement: string;
  ask(question: string): void;
  openArticle(id: string): void;
}

/** Screen readers announce a live region only when its text changes, so a repeated answer gets a trailing space. */
function distinctAnnouncement(previous: string, next: string): string {
  return previous === next ? `${next}\u00a0` : next;
}

/**
 * The conversation: questions in, answers or the no-answer fallback out, each also told to the host page through
 * the emitter. Matching runs through the one pure matcher the CLI uses.
 */
export function useConversation(pack: ContentPack | null, emitter: Emitter): Conversation {
  const [messages, setMessages] = useState<Message[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const nextKey = useRef(0);
  const matcher = useMemo(() => (pack ? createPackMatcher(pack) : null), [pack]);
  const byId = useMemo(() => new Map((pack?.articles ?? []).map((a) => [a.id, a])), [pack]);
  const articlesOf = useCallback(
    (ids: readonly string[]) => ids.flatMap((id) => byId.get(id) ?? []),
    [byId],
  );

  const add = useCallback((...added: NewMessage[]) => {
    const keyed = added.map((message) => ({ ...message, key: nextKey.current++ }) as Message);
    setMessages((previous) => [...previous, ...keyed]);
  }, []);

  const showAnswer = useCallback(
    (question: string, article: PackArticle, confidence: number, source: 'question' | 'related') => {
      add({ kind: 'question', text: question }, { kind: 'answer', article, related: articlesOf(matcher?.relatedTo(article.id) ?? []) });
      setAnnouncement((previous) => distinctAnnouncement(previous, `${article.title}. ${answerPlainText(article.html)}`));
      emitter.emit('answer', { question, id: article.id, title: article.title, confidence, source });
    },
    [add, articlesOf, emitter, matcher],
  );

  const ask = useCallback(
    (question: string) => {
      const text = question.trim();
      if (!matcher || !pack || text === '') return;
      emitter.emit('question', { question: text });
      const result = matcher.match(text);
      const article = result.answer === null ? undefined : byId.get(result.answer);
      if (article) {
        showAnswer(text, article, result.confidence, 'question');
        return;
      }
      const closest = articlesOf(result.related);
      add({ kind: 'question', text }, { kind: 'no-answer', question: text, closest });
      setAnnouncement((previous) => distinctAnnouncement(previous, pack.site.noAnswer));
      emitter.emit('no-answer', { question: text, closest: closest.map((a) => a.id) });
    },
    [add, articlesOf, byId, emitter, matcher, pack, showAnswer],
  );

  const openArticle = useCallback(
    (id: string) => {
      const article = byId.get(id);
      if (article) showAnswer(article.title, article, 1, 'related');
    },
    [byId, showAnswer],
  );

  return { messages, announcement, ask, openArticle };
}
