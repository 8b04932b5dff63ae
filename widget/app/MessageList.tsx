import type { ContentPack } from '../content-pack';
import { AnswerCard } from './AnswerCard';
import { NoAnswerCard } from './NoAnswerCard';
import type { Message } from './useConversation';

interface MessageListProps {
  messages: readonly Message[];
  site: ContentPack['site'];
  onOpenArticle: (id: string) => void;
  onLinkClick: (url: string, kind: 'registration' | 'contact' | 'answer') => void;
}

/** The conversation so far. Visitor text is rendered as text, never as HTML. */
export function MessageList({ messages, site, onOpenArticle, onLinkClick }: MessageListProps) {
  return (
    <ol class="messages">
      {messages.map((message) => (
        <li key={message.key} class={`message message--${message.kind}`}>
          {message.kind === 'question' && (
            <p class="question">
              <span class="visually-hidden">You asked: </span>
              {message.text}
            </p>
          )}
          {message.kind === 'answer' && (
            <AnswerCard
              article={message.article}
              related={message.related}
              registration={site.registration}
              onOpenArticle={onOpenArticle}
              onLinkClick={onLinkClick}
            />
          )}
          {message.kind === 'no-answer' && (
            <NoAnswerCard
              message={site.noAnswer}
              closest={message.closest}
              contact={site.contact}
              onOpenArticle={onOpenArticle}
              onContact={(url) => onLinkClick(url, 'contact')}
            />
          )}
        </li>
      ))}
    </ol>
  );
}
