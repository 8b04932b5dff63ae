import type { PackArticle } from '../content-pack';

interface ArticleLinksProps {
  heading: string;
  articles: readonly PackArticle[];
  onOpen: (id: string) => void;
}

/**
 * A short list of articles ("Related", "Closest articles") that open in the conversation when chosen. A labelled
 * list, not a navigation landmark: every answer has one, and a landmark per answer would crowd a screen reader's
 * list of landmarks with identical names.
 */
export function ArticleLinks({ heading, articles, onOpen }: ArticleLinksProps) {
  if (articles.length === 0) return null;
  return (
    <div class="article-links">
      <p class="article-links-heading" aria-hidden="true">
        {heading}
      </p>
      <ul aria-label={heading}>
        {articles.map((article) => (
          <li key={article.id}>
            <button class="link-button" onClick={() => onOpen(article.id)}>
              {article.title}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
