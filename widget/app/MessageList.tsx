import { useUiText } from './current-ui-text';
import type { ContentPack } from '../content-pack';
import { AnswerCard } from './AnswerCard';
import { questionCutNote } from '../search/question-length';
import { ChoiceCard } from './ChoiceCard';
import { NoAnswerCard } from './NoAnswerCard';
import type { LinkKind, Message } from './messages';

interface MessageListProps {
  messages: readonly Message[];
  site: ContentPack['site'];
  onOpenArticle: (id: string) => void;
  onChoose: (question: string, id: string, offered: readonly string[]) => void;
  onFeedback: (question: string, id: string, helpful: boolean) => void;
  onLinkClick: (url: string, kind: LinkKind) => void;
  /** The static FAQ page of the pack's language, where each answer has its section; null for no link. */
  faqPage: string | null;
}

/** The conversation so far. Visitor text is rendered as text, never as HTML. */
export function MessageList({ messages, site, faqPage, onOpenArticle, onChoose, onFeedback, onLinkClick }: MessageListProps) {
  const text = useUiText();
  const onContact = (url: string) => onLinkClick(url, 'contact');
  // No list before the first question: screen readers would announce an empty one.
  if (messages.length === 0) return null;
  return (
    <ol class="messages" part="messages">
      {messages.map((message) => (
        <li key={message.key} class={`message message--${message.kind}`}>
          {message.kind === 'question' && (
            <p class="question">
              <span class="visually-hidden">{text.youAsked} </span>
              {/* In the direction of its own letters: an Arabic question in the widget's left-to-right frame (a
                  visitor's try) otherwise ends on the left with its question mark */}
              <bdi>{message.text}</bdi>
            </p>
          )}
          {message.kind === 'question' && message.cut && (
            <p class="question-note">{questionCutNote(text.questionCut)}</p>
          )}
          {message.kind === 'answer' && (
            <AnswerCard
              article={message.article}
              related={message.related}
              alternatives={message.alternatives}
              message={message}
              registration={site.registration}
              contact={site.contact}
              pageUrl={faqPage && `${faqPage}#${message.article.id}`}
              onOpenArticle={onOpenArticle}
              onLinkClick={onLinkClick}
              onFeedback={(helpful) => onFeedback(message.question, message.article.id, helpful)}
            />
          )}
          {message.kind === 'choice' && (
            <ChoiceCard
              choices={message.choices}
              contact={site.contact}
              onChoose={(id) => onChoose(message.question, id, message.choices.map((a) => a.id))}
              onContact={onContact}
            />
          )}
          {message.kind === 'no-answer' && (
            <NoAnswerCard
              message={site.noAnswer}
              closest={message.closest}
              contact={site.contact}
              onOpenArticle={onOpenArticle}
              onContact={onContact}
            />
          )}
        </li>
      ))}
    </ol>
  );
}
