import { useEffect, useRef, useState } from 'preact/hooks';
import type { PackArticle, PackLink } from '../content-pack';
import { ArticleLinks } from './ArticleLinks';
import { ExternalLink } from './ExternalLink';

const FEEDBACK_QUESTION = 'Did this answer your question?';

interface AnswerFeedbackProps {
  /** What "No" offers next: the following candidates for the visitor's question. */
  alternatives: readonly PackArticle[];
  contact: PackLink;
  onFeedback: (helpful: boolean) => void;
  onOpenArticle: (id: string) => void;
  onContact: (url: string) => void;
}

/**
 * "Did this answer your question?" Yes / No under an answer. The buttons give way to the reply, which takes the
 * focus so a keyboard user is not dropped to the top of the page; "No" offers the next articles and a person.
 */
export function AnswerFeedback({ alternatives, contact, onFeedback, onOpenArticle, onContact }: AnswerFeedbackProps) {
  const [helpful, setHelpful] = useState<boolean | null>(null);
  const replyRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (helpful !== null) replyRef.current?.focus();
  }, [helpful]);

  const answer = (value: boolean) => {
    setHelpful(value);
    onFeedback(value);
  };

  if (helpful === null) {
    return (
      <div class="feedback" role="group" aria-label={FEEDBACK_QUESTION}>
        <span class="feedback-question">{FEEDBACK_QUESTION}</span>
        <button type="button" class="feedback-button" onClick={() => answer(true)}>
          Yes
        </button>
        <button type="button" class="feedback-button" onClick={() => answer(false)}>
          No
        </button>
      </div>
    );
  }
  return (
    <div class="feedback-reply" ref={replyRef} tabIndex={-1}>
      {helpful ? (
        <p>Thank you for letting us know.</p>
      ) : (
        <>
          <p>Thank you. One of these may help, or you can ask us.</p>
          <ArticleLinks heading="Other articles" articles={alternatives} onOpen={onOpenArticle} />
          <ExternalLink class="contact" href={contact.url} onFollow={onContact}>
            {contact.label}
          </ExternalLink>
        </>
      )}
    </div>
  );
}
