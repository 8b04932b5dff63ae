import { DEFAULT_MATCH_OPTIONS } from '../../widget/search/defaults';
import type { ContentError } from './content-error';
import { isContentError, parseYaml } from './yaml-source';
import { splitFrontMatter } from './front-matter';

const textList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/**
 * Warnings for an article's lists that build but do not say what the editor wrote (a second stranger's try as an
 * editor): a tag holding 、 or ， (`tags: [パスワード再設定、パスワード変更]`, one tag to YAML, which separates
 * items with "," only), and a `related` list naming an article twice or more articles than visitors are shown
 * (`maxRelated`), the rest dropped. Warnings: the pack is right, only not as meant. Build only.
 */
export function listValueWarnings(file: string, source: string): ContentError[] {
  const parts = splitFrontMatter(file, source);
  if (isContentError(parts)) return [];
  const parsed = parseYaml(file, parts.frontMatter, parts.frontMatterLine);
  if (isContentError(parsed) || typeof parsed.data !== 'object' || parsed.data === null) return [];
  const data = parsed.data as Record<string, unknown>;
  const warnings: ContentError[] = [];
  const tags = textList(data.tags);
  if (tags.some((tag) => /[、，]/.test(tag))) {
    warnings.push({
      file,
      line: parsed.keyLines.get('tags'),
      message: 'a tag holds 、 or ，, which YAML does not read as a separator: the words around it are one tag',
      hint: `Separate tags with a half-width comma: tags: [${tags.flatMap((tag) => tag.split(/[、，]/)).map((tag) => tag.trim()).filter(Boolean).join(', ')}]`,
    });
  }
  const related = textList(data.related);
  const twice = related.filter((id, i) => related.indexOf(id) !== i);
  const shown = DEFAULT_MATCH_OPTIONS.maxRelated;
  const unique = [...new Set(related)];
  if (twice.length > 0 || unique.length > shown) {
    const said = [
      ...(twice.length > 0 ? [`names ${[...new Set(twice)].map((id) => `"${id}"`).join(', ')} twice`] : []),
      ...(unique.length > shown ? [`names ${unique.length} articles, and visitors are shown the first ${shown}`] : []),
    ];
    warnings.push({
      file,
      line: parsed.keyLines.get('related'),
      message: `"related" ${said.join('; it ')}`,
      hint: unique.length > shown ? `Keep the ${shown} that matter most: related: [${unique.slice(0, shown).join(', ')}]` : `Name each once: related: [${unique.join(', ')}]`,
    });
  }
  return warnings;
}
