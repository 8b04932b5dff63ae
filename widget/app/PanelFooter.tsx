import type { PackLink } from '../content-pack';
import { ExternalLink } from './ExternalLink';

interface PanelFooterProps {
  registration: PackLink;
  contact: PackLink;
  onLinkClick: (url: string, kind: 'registration' | 'contact') => void;
}

/** The call to action and the contact link, always one Tab away whatever the conversation shows. */
export function PanelFooter({ registration, contact, onLinkClick }: PanelFooterProps) {
  return (
    // A div, not a footer: a dialog does not scope a footer, which would be a second contentinfo landmark beside
    // the host page's own.
    <div class="panel-footer">
      <ExternalLink class="cta cta--footer" href={registration.url} onFollow={(url) => onLinkClick(url, 'registration')}>
        {registration.label}
      </ExternalLink>
      <ExternalLink class="contact" href={contact.url} onFollow={(url) => onLinkClick(url, 'contact')}>
        {contact.label}
      </ExternalLink>
    </div>
  );
}
