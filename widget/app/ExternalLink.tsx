import { useUiText } from './current-ui-text';
import type { ComponentChildren } from 'preact';

interface ExternalLinkProps {
  href: string;
  class: string;
  onFollow: (url: string) => void;
  children: ComponentChildren;
}

/**
 * A link that opens in a new tab without giving that page a handle on ours (`noopener`). None without an address:
 * the run-time Markdown mode leaves out a registration or contact link whose address is wrong.
 */
export function ExternalLink({ href, class: className, onFollow, children }: ExternalLinkProps) {
  const text = useUiText();
  if (!href) return null;
  return (
    <a class={className} href={href} target="_blank" rel="noopener noreferrer" onClick={() => onFollow(href)}>
      {children}
      <span class="visually-hidden"> {text.opensInNewTab}</span>
    </a>
  );
}
