import type { ContentPack } from '../content-pack';
import type { EmbedConfig } from '../embed/config';

/** The pack's site settings with what the script tag overrides (`data-title`, `data-registration-url`). */
export function withEmbedOverrides(pack: ContentPack, config: EmbedConfig): ContentPack {
  const { site } = pack;
  return {
    ...pack,
    site: {
      ...site,
      title: config.title ?? site.title,
      registration: { ...site.registration, url: config.registrationUrl ?? site.registration.url },
    },
  };
}
