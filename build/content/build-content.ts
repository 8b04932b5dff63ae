import { join } from 'node:path';
import type { ContentPack } from '../../widget/content-pack';
import { compileContent } from './compile-pack';
import { formatContentError, type ContentError } from './content-error';
import { listLocales, readLocaleFiles, writePacks } from './content-files';

export interface BuildContentOptions {
  contentRoot: string;
  outDir: string;
}

export type BuildContentResult = { written: string[]; errors: [] } | { written: []; errors: ContentError[] };

/** Compiles every locale under `contentRoot`; writes the packs only if all of them compiled. */
export async function buildContent({ contentRoot, outDir }: BuildContentOptions): Promise<BuildContentResult> {
  const packs: ContentPack[] = [];
  const errors: ContentError[] = [];
  for (const locale of await listLocales(contentRoot)) {
    const result = compileContent(locale, await readLocaleFiles(join(contentRoot, locale)));
    if (result.pack) packs.push(result.pack);
    else errors.push(...result.errors);
  }
  if (errors.length > 0) return { written: [], errors };
  return { written: await writePacks(outDir, packs), errors: [] };
}

export function reportBuild(result: BuildContentResult): string {
  if (result.errors.length === 0) return `Content packs written: ${result.written.join(', ')}`;
  const count = result.errors.length;
  return [
    `Content build failed: ${count} problem${count === 1 ? '' : 's'}. Nothing was written.`,
    ...result.errors.map(formatContentError),
  ].join('\n');
}
