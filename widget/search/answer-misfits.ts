import { actionAsked, asksFactNotAsked, asksReasonNotGiven } from './fact-question';
import type { MisfitRule } from './misfit-rule';
import { asksWhetherPossible, statesProblem } from './problem-statement';

/**
 * The matcher's rules for an answer that does not fit (`misfit-rule.ts`): a visitor stating a problem ("I can't
 * log in") is not told "yes, you can" by an article asking whether one can (`problem-statement.ts`), nor one asking
 * how many or until when, why something is required, how to change something or who can see it, by an article that
 * never says (`fact-question.ts`).
 */
export const questionMisfits: MisfitRule = (question, { phrasings, hasWord }) => {
  const verb = actionAsked(question);
  return (
    (statesProblem(question) && asksWhetherPossible(phrasings[0] ?? '')) ||
    asksFactNotAsked(question, phrasings) ||
    asksReasonNotGiven(question, phrasings) ||
    (verb !== undefined && !hasWord(verb))
  );
};
