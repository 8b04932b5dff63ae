import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContentPack } from '../../widget/content-pack';
import { FAQ_CSS_FILE, renderFaqPage } from './faq-page';

const FAQ_CSS = new URL('./faq-page.css', import.meta.url);

/** One locale's page: its pack, and its index's body as HTML (`renderFaqIntro`). */
export interface FaqPageSource {
  pack: ContentPack;
  introHtml: string;
}

/**
 * Writes `<faqDir>/<locale>/index.html` for every pack and the stylesheet they share; returns the pages written.
 * `address`: where `faqDir` is served (`--faq-address`), for the pages' full-address links.
 */
export async function writeFaqPages(faqDir: string, pages: readonly FaqPageSource[], address?: string): Promise<string[]> {
  await mkdir(faqDir, { recursive: true });
  await copyFile(FAQ_CSS, join(faqDir, FAQ_CSS_FILE));
  return Promise.all(
    pages.map(async ({ pack, introHtml }) => {
      const page = join(faqDir, pack.locale, 'index.html');
      await mkdir(join(faqDir, pack.locale), { recursive: true });
      const others = pages.map((other) => other.pack.locale).filter((locale) => locale !== pack.locale);
      await writeFile(page, renderFaqPage(pack, introHtml, others, address));
      return page;
    }),
  );
}
