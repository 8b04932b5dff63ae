/**
 * What a rule knows of the article the matcher is about to give as *the* answer: its phrasings (title first, then
 * its `questions:`) and whether it has a word anywhere, in any of the question's forms (synonyms included).
 */
export interface AnswerCandidate {
  phrasings: readonly string[];
  hasWord(word: string): boolean;
}

/**
 * Whether an answer given with confidence does not fit the question after all, which then gets a choice with the
 * contact link (`answer-misfits.ts` has the rules). Installed, not imported, as the Japanese analysis and typo
 * correction's search are: the app installs the rules as it mounts and lends them to the sharded pack's reader,
 * whose own copy of the matcher then carries none of them (their English wording is a few hundred bytes); Node
 * installs them when it loads the matcher (`widget/search/index.ts`). Until then, no answer is a misfit.
 */
export type MisfitRule = (question: string, article: AnswerCandidate) => boolean;

let installed: MisfitRule = () => false;

/** Installing `answerMisfits` itself changes nothing, as with `installCjkAnalysis` (the npm package's shared modules). */
export function installMisfitRule(rule: MisfitRule): void {
  if (rule !== answerMisfits) installed = rule;
}

/** The installed rule, read when called: what the matcher asks, and what the app lends the sharded reader. */
export const answerMisfits: MisfitRule = (question, article) => installed(question, article);
