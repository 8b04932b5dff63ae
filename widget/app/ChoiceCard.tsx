import type { PackArticle, PackLink } from '../content-pack';
import { ExternalLink } from './ExternalLink';
import { CHOICE_PROMPT } from './messages';

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
  return (
    <div class="answer answer--choice">
      <p class="choice-prompt">{CHOICE_PROMPT}</p>
      <ul class="choices" aria-label={CHOICE_PROMPT}>
        {choices.map((article) => (
          <li key={article.id}>
            <button type="button" class="suggested-button" onClick={() => onChoose(article.id)}>
              {article.title}
            </button>
          </li>
        ))}
      </ul>
      <p class="choice-none">
        None of these?{' '}
        <ExternalLink class="contact" href={contact.url} onFollow={onContact}>
          {contact.label}
        </ExternalLink>
      </p>
    </div>
  );
}
