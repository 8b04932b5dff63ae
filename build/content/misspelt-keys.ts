import type { ContentError } from './content-error';

/** The key an "unknown key" message guesses the editor meant (`suggest.ts`), or undefined. */
const MEANT_KEY = /^unknown key "[^"]*"\. Did you mean "([^"]+)"\?/;

/**
 * Without the "missing" problem a misspelt required key also gives (`no_anwser:` is unknown, so `no_answer` is
 * missing): the unknown key's message already names the key meant, on the line to fix, where "missing" points at
 * the front matter's first line, a comment in the examples (a stranger's try as an editor, who looked for the
 * mistake there). Build only, as `withListSlips`: the Markdown script gives both.
 */
export function withoutEchoesOfMisspeltKeys(errors: readonly ContentError[]): ContentError[] {
  const meant = new Set(errors.flatMap((error) => {
    const key = MEANT_KEY.exec(error.message)?.[1];
    return key === undefined ? [] : [`${error.file}\n${key}`];
  }));
  return errors.filter((error) => {
    const missing = /^missing "([^"]+)"$/.exec(error.message)?.[1];
    return missing === undefined || !meant.has(`${error.file}\n${missing}`);
  });
}
