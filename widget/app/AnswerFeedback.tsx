import { useUiText } from './current-ui-text';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PackArticle, PackLink } from '../content-pack';
import { ArticleLinks } from './ArticleLinks';
import { ExternalLink } from './ExternalLink';


interface AnswerFeedbackProps {
  /** What "No" offers next: the following candidates for the visitor's question; none, and it offers a person. */
  alternatives: readonly PackArticle[];
  /** Where the visitor's Yes or No is kept, so the card drawn again shows the reply (`helpful`). */
  rated: { helpful?: boolean };
  contact: PackLink;
  onFeedback: (helpful: boolean) => void;
  onOpenArticle: (id: string) => void;
  onContact: (url: string) => void;
}

/**
 * "Did this answer your question?" Yes / No under an answer. The buttons give way to the reply, which takes the
 * focus so a keyboard user is not dropped to the top of the page; "No" offers the next articles and a person.
 */
export function AnswerFeedback({ alternatives, contact, rated, onFeedback, onOpenArticle, onContact }: AnswerFeedbackProps) {
  const text = useUiText();
  const [helpful, setHelpful] = useState(rated.helpful);
  const replyRef = useRef<HTMLDivElement>(null);
  // The reply takes focus when the visitor has just answered, not when the card is drawn again.
  const answered = useRef(false);
  useEffect(() => {
    if (answered.current) replyRef.current?.focus();
  }, [helpful]);

  const answer = (value: boolean) => {
    answered.current = true;
    rated.helpful = value;
    setHelpful(value);
    onFeedback(value);
  };

  if (helpful === undefined) {
    return (
      <div class="feedback" role="group" aria-label={text.feedbackQuestion}>
        {/* Seen, not heard: the group's name says it, and would be read twice. */}
        <span class="feedback-question" aria-hidden="true">
          {text.feedbackQuestion}
        </span>
        <button class="feedback-button" onClick={() => answer(true)}>
          {text.yes}
        </button>
        <button class="feedback-button" onClick={() => answer(false)}>
          {text.no}
        </button>
      </div>
    );
  }
  return (
    <div class="feedback-reply" ref={replyRef} tabIndex={-1}>
      {helpful ? (
        <p>{text.feedbackThanks}</p>
      ) : (
        <>
          <p>{alternatives.length ? text.feedbackAlternatives : text.feedbackThanks}</p>
          <ArticleLinks heading={text.otherArticles} articles={alternatives} onOpen={onOpenArticle} />
          <ExternalLink class="contact" href={contact.url} onFollow={onContact}>
            {contact.label}
          </ExternalLink>
        </>
      )}
    </div>
  );
}
