import type { PackArticle } from '../content-pack';

interface ArticleLinksProps {
  heading: string;
  articles: readonly PackArticle[];
  onOpen: (id: string) => void;
}

/** A short list of articles ("Related", "Closest articles") that open in the conversation when chosen. */
export function ArticleLinks({ heading, articles, onOpen }: ArticleLinksProps) {
  if (articles.length === 0) return null;
  return (
    <nav class="article-links" aria-label={heading}>
      <p class="article-links-heading">{heading}</p>
      <ul>
        {articles.map((article) => (
          <li key={article.id}>
            <button type="button" class="link-button" onClick={() => onOpen(article.id)}>
              {article.title}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
