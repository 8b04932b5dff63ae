import { useUiText } from './current-ui-text';
import { useMemo } from 'preact/hooks';
import type { PackArticle, PackLink } from '../content-pack';
import { AnswerFeedback } from './AnswerFeedback';
import { ArticleLinks } from './ArticleLinks';
import { ExternalLink } from './ExternalLink';
import type { LinkKind } from './messages';
import { DEEP_LINK } from './deep-link';
import { sanitizeAnswerMarkup } from './safe-html';
import { trustedHTML } from './trusted-html';

interface AnswerCardProps {
  article: PackArticle;
  related: readonly PackArticle[];
  alternatives: readonly PackArticle[];
  registration: PackLink;
  contact: PackLink;
  onOpenArticle: (id: string) => void;
  /** The answer's section on the static FAQ page, for "Open as a page"; null for none. */
  pageUrl: string | null;
  onLinkClick: (url: string, kind: LinkKind) => void;
  onFeedback: (helpful: boolean) => void;
  /**
   * The answer's message, whose `takesFocus` (`ShownAnswer.takesFocus`) moves focus to the title as the answer first
   * appears. Spent then: drawn anew (back from another language, after the content reloaded), it leaves focus be.
   * Its `helpful` keeps the visitor's Yes or No (`AnswerFeedback`).
   */
  message: { takesFocus: boolean; helpful?: boolean };
}

/**
 * One answer: the article's title and rendered Markdown, its call to action, its related articles, and the
 * question whether it answered the visitor's.
 */
export function AnswerCard({ article, related, alternatives, registration, contact, pageUrl, onOpenArticle, onLinkClick, onFeedback, message }: AnswerCardProps) {
  const text = useUiText();
  // As the title is put in the page: before the panel's own scroll to the newest question, which has the last word.
  const takeFocus = (title: HTMLHeadingElement | null) => {
    if (title && message.takesFocus) title.focus();
    message.takesFocus = false;
  };
  const html = useMemo(() => sanitizeAnswerMarkup(article.html), [article.html]);
  const onBodyClick = (event: MouseEvent) => {
    const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null | undefined;
    if (!link) return;
    // A link to another answer (`#askdown=<id>`, as editors write them in e-mails) opens it here: in the address
    // bar it would only change the page's address.
    const id = DEEP_LINK.exec(link.getAttribute('href') ?? '')?.[1];
    if (id) {
      event.preventDefault();
      onOpenArticle(id);
    } else onLinkClick(link.href, 'answer');
  };
  return (
    <article class="answer" part="answer">
      <h3 class="answer-title" ref={takeFocus} tabIndex={-1}>
        {article.title}
      </h3>
      <div class="answer-body" onClick={onBodyClick} dangerouslySetInnerHTML={{ __html: trustedHTML(html) }} />
      {article.cta && (
        <ExternalLink class="cta" href={registration.url} onFollow={(url) => onLinkClick(url, 'registration')}>
          {registration.label}
        </ExternalLink>
      )}
      {pageUrl && (
        <ExternalLink class="page-link" href={pageUrl} onFollow={(url) => onLinkClick(url, 'page')}>
          {text.openAsPage}
        </ExternalLink>
      )}
      <ArticleLinks heading={text.related} articles={related} onOpen={onOpenArticle} />
      <AnswerFeedback
        alternatives={alternatives}
        rated={message}
        contact={contact}
        onFeedback={onFeedback}
        onOpenArticle={onOpenArticle}
        onContact={(url) => onLinkClick(url, 'contact')}
      />
    </article>
  );
}
