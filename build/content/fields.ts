import type { ContentError } from './content-error';
import { didYouMean } from './suggest';
import { yamlDoubleQuoted } from './yaml-quoting';
import { typedAgain } from './yaml-slips';

/**
 * Reads typed fields out of parsed YAML, collecting one error per bad field instead of stopping at the first, so an
 * editor fixes a file in one go.
 */
export class FieldReader {
  readonly errors: ContentError[] = [];
  private readonly record: Record<string, unknown>;

  /**
   * `sourceLines`: the front matter's lines, the first on `fallbackLine`, to find the line of one item of a
   * list (a section of the front matter has none, and names its key's line).
   */
  constructor(
    private readonly file: string,
    data: unknown,
    private readonly keyLines: ReadonlyMap<string, number>,
    private readonly fallbackLine: number,
    private readonly sourceLines: readonly string[] = [],
  ) {
    this.record = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
    if (data !== null && data !== undefined && this.record !== data) {
      this.fail(undefined, 'expected "key: value" lines here', 'Write one "key: value" per line, e.g. title: Questions?');
    }
  }

  lineOf(key: string | undefined): number {
    return (key === undefined ? undefined : this.keyLines.get(key)) ?? this.fallbackLine;
  }

  fail(key: string | undefined, message: string, hint: string, line = this.lineOf(key)): void {
    this.errors.push({ file: this.file, line, message, hint });
  }

  /** The line of the item of `key`'s list that starts with `text`, or the key's own line. */
  private lineOfItem(key: string, text: string): number {
    const keyLine = this.lineOf(key);
    const start = text.slice(0, 30);
    for (let i = keyLine - this.fallbackLine + 1; i < this.sourceLines.length; i++) {
      const item = /^\s*-\s+["']?(.*)$/.exec(this.sourceLines[i] ?? '');
      if (item?.[1]?.startsWith(start)) return this.fallbackLine + i;
    }
    return keyLine;
  }

  /** Reports every key that is not in `allowed`, suggesting the allowed key it was probably meant to be. */
  rejectUnknownKeys(allowed: readonly string[]): void {
    for (const key of Object.keys(this.record)) {
      if (allowed.includes(key)) continue;
      // Read as typed with the input method off: ｔｉｔｌｅ is title.
      this.fail(key, `unknown key "${key}".${didYouMean(key.normalize('NFKC'), allowed)}`, `Use only these keys: ${allowed.join(', ')}.`);
    }
  }

  has(key: string): boolean {
    return this.record[key] !== undefined && this.record[key] !== null;
  }

  text(key: string, { required, example }: { required: boolean; example: string }): string {
    const value = this.record[key];
    if (value === undefined || value === null) {
      if (required) this.fail(key, `missing "${key}"`, `Add a line such as: ${key}: ${example}`);
      return '';
    }
    if (typeof value !== 'string' && typeof value !== 'number') {
      this.fail(key, `"${key}" must be text`, `Write it on one line, e.g. ${key}: ${example}`);
      return '';
    }
    const text = String(value).trim();
    if (text === '' && required) this.fail(key, `"${key}" is empty`, `Write it out, e.g. ${key}: ${example}`);
    const inner = typographicallyQuoted(text);
    if (inner !== undefined) this.fail(key, `"${key}" ${TYPOGRAPHIC_QUOTES}`, `${STRAIGHT_QUOTES} ${key}: ${yamlDoubleQuoted(inner)}`);
    return text;
  }

  textList(key: string, example: string): string[] {
    const value = this.record[key];
    if (value === undefined || value === null) return [];
    const list = Array.isArray(value) ? value : [value];
    const pair = list.map(colonPair).find((text) => text !== undefined);
    if (pair !== undefined) {
      this.fail(key, `an item of "${key}" holds ": ", so YAML reads "${pair}" as a key and a value`, `Put it in double quotes: - ${yamlDoubleQuoted(pair)}`, this.lineOfItem(key, pair));
      return [];
    }
    // "-　item" (a full-width space, typed by a Japanese input method) is no list item to YAML: the list is one text,
    // joined with the items after it however their "-" was typed (a stranger's try: the first item's slip was named on
    // the key's line, with every item in its hint).
    const dashed = list.find((item): item is string => typeof item === 'string' && /^-\u3000/.test(item));
    if (dashed !== undefined) {
      const first = dashed.replace(/^-\u3000+/, '').split(/\s-[\u3000 ]/)[0] ?? '';
      this.fail(key, `"${key}" is read as one text: a full-width space follows its items' "-"`, typedAgain(`- ${first}`), this.lineOfItem(key, first));
      return [];
    }
    if (!list.every((item) => typeof item === 'string' || typeof item === 'number') || list.some((item) => String(item).trim() === '')) {
      this.fail(key, `"${key}" must be a list of non-empty texts`, `Write it as: ${key}: [${example}]`);
      return [];
    }
    const quoted = list.find((item) => typographicallyQuoted(String(item).trim()) !== undefined);
    if (quoted !== undefined) {
      const inner = typographicallyQuoted(String(quoted).trim()) ?? '';
      this.fail(key, `an item of "${key}" ${TYPOGRAPHIC_QUOTES}`, `${STRAIGHT_QUOTES} - ${yamlDoubleQuoted(inner)}`, this.lineOfItem(key, String(quoted)));
      return [];
    }
    return list.map((item) => String(item).trim());
  }

  flag(key: string, fallback: boolean): boolean {
    const value = this.record[key];
    if (value === undefined || value === null) return fallback;
    if (typeof value !== 'boolean') {
      // ｔｒｕｅ, as an input method types it, looks right to the editor: the fix says how to type it.
      const typed = String(value).normalize('NFKC');
      const hint = /^(true|false)$/.test(typed) ? typedAgain(`${key}: ${typed}`) : `Write ${key}: true or ${key}: false (no quotes).`;
      this.fail(key, `"${key}" must be true or false`, hint);
      return fallback;
    }
    return value;
  }

  section(key: string): FieldReader {
    return new FieldReader(this.file, this.record[key] ?? {}, new Map(), this.lineOf(key));
  }
}

const TYPOGRAPHIC_QUOTES = 'is in typographic quotes (“ ” or ＂), which YAML keeps as part of the text';
const STRAIGHT_QUOTES = 'Use straight double quotes, or none:';

/**
 * The text inside “…” or ＂…＂ (an editor's autocorrect, or an input method, typed them for "), or undefined. Not
 * 「…」, which Japanese text rightly holds.
 */
function typographicallyQuoted(text: string): string | undefined {
  return /^[\u201C\u201D\uFF02]([^]*)[\u201C\u201D\uFF02"]$/.exec(text)?.[1];
}

/** The text an editor wrote as one item, when YAML read it as a one-key mapping because it held ": ". */
function colonPair(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  const entries = Object.entries(item);
  const [key, value] = entries[0] ?? [];
  if (entries.length !== 1 || !(typeof value === 'string' || typeof value === 'number')) return undefined;
  return `${key}: ${value}`;
}
