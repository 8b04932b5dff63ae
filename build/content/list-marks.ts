import type { ContentError } from './content-error';

/** A key with nothing after its colon: what follows on its own lines is its value (a list, here). */
const KEY_ALONE = /^(\s*)[A-Za-z_][\w-]*[ \t]*:[ \t]*(?:#.*)?$/;
/** "-Can I…" (no space after the dash), "1. Can I…", "2) …", "* …", "・…": list items as other writing marks them. */
const OTHER_MARK = /^(\s+)(-(?=[^\s-])|\d+[.)]|[*•・])[ \t\u3000]*(.+)$/;

/**
 * Items under a key (`questions:`) marked otherwise than with "- ", which YAML reads as one text joined from every
 * line (a second stranger's try as an editor: "-I forgot my password -How do I change…" became one question, as
 * did numbered items) or, for "*", as an alias with YAML's own words for it. Build only: the compiler, shared
 * with the run-time Markdown script, has no bytes for it. Front matter only, and only right under such a key, so
 * a greeting's own numbered lines are left alone.
 */
export function listMarkErrors(file: string, source: string): ContentError[] {
  const lines = source.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return [];
  const end = lines.indexOf('---', 1);
  const errors: ContentError[] = [];
  let under: number | undefined;
  for (let i = 1; i < (end === -1 ? lines.length : end); i++) {
    const line = lines[i] ?? '';
    const key = KEY_ALONE.exec(line);
    if (key) {
      under = key[1]?.length ?? 0;
      continue;
    }
    if (/^\s*#/.test(line)) continue;
    const marked = OTHER_MARK.exec(line);
    if (under === undefined || line.trim() === '' || !marked || (marked[1]?.length ?? 0) <= under) {
      if (line.trim() !== '' && !/^\s+- /.test(line)) under = undefined;
      continue;
    }
    const [, indent = '', mark = '', text = ''] = marked;
    errors.push({
      file,
      line: i + 1,
      message: `${mark === '-' ? 'this list item has no space after its "-"' : `this list item is marked with "${mark}"`}, so YAML does not read it as one: it joins such lines into one text, or refuses them`,
      hint: `Mark each item with "-" and a space: ${indent}- ${text}`,
    });
  }
  return errors;
}
