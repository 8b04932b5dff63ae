import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContentPack } from '../../widget/content-pack';
import { FAQ_CSS_FILE, renderFaqPage } from './faq-page';

const FAQ_CSS = new URL('./faq-page.css', import.meta.url);

/** Writes `<faqDir>/<locale>/index.html` for every pack and the stylesheet they share; returns the pages written. */
export async function writeFaqPages(faqDir: string, packs: readonly ContentPack[]): Promise<string[]> {
  await mkdir(faqDir, { recursive: true });
  await copyFile(FAQ_CSS, join(faqDir, FAQ_CSS_FILE));
  return Promise.all(
    packs.map(async (pack) => {
      const page = join(faqDir, pack.locale, 'index.html');
      await mkdir(join(faqDir, pack.locale), { recursive: true });
      await writeFile(page, renderFaqPage(pack));
      return page;
    }),
  );
}
