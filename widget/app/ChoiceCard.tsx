import { useUiText } from './current-ui-text';
import type { PackArticle, PackLink } from '../content-pack';
import { ExternalLink } from './ExternalLink';

interface ChoiceCardProps {
  choices: readonly PackArticle[];
  contact: PackLink;
  onChoose: (id: string) => void;
  onContact: (url: string) => void;
}

/**
 * "Did you mean one of these?": the question is on topic but more than one article may answer it, so the visitor
 * picks. A question back, not an apology; the contact link stays in reach for "none of these".
 */
export function ChoiceCard({ choices, contact, onChoose, onContact }: ChoiceCardProps) {
  const text = useUiText();
  return (
    <div class="answer answer--choice">
      {/* Seen, not heard: the list's name says it, and would be read twice. */}
      <p class="choice-prompt" aria-hidden="true">
        {text.didYouMean}
      </p>
      <ul class="choices" aria-label={text.didYouMean}>
        {choices.map((article) => (
          <li key={article.id}>
            <button class="suggested-button" onClick={() => onChoose(article.id)}>
              {article.title}
            </button>
          </li>
        ))}
      </ul>
      <p class="choice-none">
        {text.noneOfThese}{' '}
        <ExternalLink class="contact" href={contact.url} onFollow={onContact}>
          {contact.label}
        </ExternalLink>
      </p>
    </div>
  );
}
