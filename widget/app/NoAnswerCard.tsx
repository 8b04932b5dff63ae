import { useUiText } from './current-ui-text';
import type { PackArticle, PackLink } from '../content-pack';
import { ArticleLinks } from './ArticleLinks';
import { ExternalLink } from './ExternalLink';

interface NoAnswerCardProps {
  message: string;
  closest: readonly PackArticle[];
  contact: PackLink;
  onOpenArticle: (id: string) => void;
  onContact: (url: string) => void;
}

/** What a visitor sees when no article answers: an apology, the nearest articles, and a way to a person. */
export function NoAnswerCard({ message, closest, contact, onOpenArticle, onContact }: NoAnswerCardProps) {
  const text = useUiText();
  return (
    <div class="answer answer--none">
      <p>{message}</p>
      <ArticleLinks heading={text.closestArticles} articles={closest} onOpen={onOpenArticle} />
      <ExternalLink class="contact" href={contact.url} onFollow={onContact}>
        {contact.label}
      </ExternalLink>
    </div>
  );
}
