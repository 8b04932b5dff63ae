import type { PackArticle } from '../content-pack';
import { useUiText } from './current-ui-text';

interface SuggestedQuestionsProps {
  /** Articles for this page (`Askdown.suggest`, or their `pages:`), offered first and opened at once. */
  articles: readonly PackArticle[];
  /** The questions editors chose to offer on every page. */
  questions: readonly string[];
  onOpenArticle: (id: string) => void;
  onAsk: (question: string) => void;
}

/** One-click buttons under the greeting: this page's articles, then the site's suggested questions. */
export function SuggestedQuestions({ articles, questions, onOpenArticle, onAsk }: SuggestedQuestionsProps) {
  const text = useUiText();
  const shown = new Set(articles.map((article) => article.title));
  const buttons = [
    ...articles.map((article) => [article.title, () => onOpenArticle(article.id)] as const),
    ...questions.filter((question) => !shown.has(question)).map((question) => [question, () => onAsk(question)] as const),
  ];
  if (buttons.length === 0) return null;
  return (
    <ul class="suggested" aria-label={text.suggestedQuestions}>
      {buttons.map(([label, onClick]) => (
        <li key={label}>
          {/* The second click of a double click or double tap is the same wish: one answer, not two. */}
          <button class="suggested-button" onClick={(event) => event.detail < 2 && onClick()}>
            {label}
          </button>
        </li>
      ))}
    </ul>
  );
}
