import type { ContentPack } from '../content-pack';
import { resolveUrl, type EmbedConfig } from '../embed/config';

/** The pack's site settings with what the script tag overrides (`data-title`, `data-registration-url`). */
export function withEmbedOverrides(pack: ContentPack, config: EmbedConfig): ContentPack {
  const { site } = pack;
  const registrationUrl = resolveUrl(config.attributes.registrationUrl, config.scriptUrl);
  return {
    ...pack,
    site: {
      ...site,
      title: config.title ?? site.title,
      registration: { ...site.registration, url: registrationUrl ?? site.registration.url },
    },
  };
}
