import { cjk } from './cjk-analysis';

/**
 * "I can't log in", "登録できません": a visitor stating a problem they have. An FAQ of rules shares their words and
 * asks whether something can be done ("Can I register at any time?"), and its answer is often "yes": the opposite
 * of what the visitor is living through, given with confidence. So such a visitor is offered a choice, with the
 * contact link, when the article found asks whether something is possible (`asksWhetherPossible` on its title);
 * one that says how ("How can I add a destination?", the usual answer to "I can't figure out how to …") still
 * answers.
 *
 * English: "I" or "we" before a negated "can" or "able" ("I still can't", "we are unable to", "What should I do
 * if I can't …?"), "does not work", and something forgotten ("I forgot my login ID", "… I forgot it": the FAQ's
 * "Is it possible to register the same e-mail for each login ID?" is no help); not "Can't I …?", "Why can't we
 * …?", "Is it true that I cannot …?", "If I forgot my password, can I …?" or "I forgot to …", which ask about a
 * rule or tell of something not done. Other languages through their analysis
 * (`CjkAnalysis`; Japanese in `japanese-sentences.ts`, which only Japanese pages download).
 */
const ENGLISH_PROBLEM = /(?<!if \w+ )\bforg[eo]t(?:ten)? (?!to )|\b(?:i|we) (?:still |just )?(?:can'?t|can ?not|couldn'?t|could not)\b|\b(?:i am|i'm|we are|we're) (?:still )?(?:un|not )able\b|\b(?:does|do|is)(?:n't| not) work/i;

/**
 * A sentence that is itself a yes-or-no question about a rule ("Is it true that I cannot …?", "Can I register …
 * if I cannot get …?"): its "I cannot" is part of what it asks, not the visitor's problem.
 */
const ENGLISH_RULE_QUESTION = /^(?:can|could|may|is|are|am|do|does|did|will|would|should|shall)\b/i;

/** A title's last sentence that asks whether something can be done: "Can I …?", "…Is it possible to …?". */
const ENGLISH_ASKS_WHETHER_POSSIBLE = /^(?:can|could|may)\b|is it possible/i;

/** A sentence of the text, with the marks that close it (after NFKC, full-width ？ and ！ are plain). */
const SENTENCE = /[^。.!?\n]+[。.!?]*/g;

const sentencesOf = (text: string): string[] => text.normalize('NFKC').replace(/[’‘]/g, "'").match(SENTENCE) ?? [];

export function statesProblem(text: string): boolean {
  // Sentence by sentence: "…できません。どうすればいいですか？" states one, then asks.
  return sentencesOf(text).some(
    (sentence) => (ENGLISH_PROBLEM.test(sentence) && !ENGLISH_RULE_QUESTION.test(sentence.trim())) || cjk.statesProblem(sentence),
  );
}

/** Whether a title asks, in its last sentence, whether something can be done; not "How can I …?". */
export function asksWhetherPossible(title: string): boolean {
  const last = sentencesOf(title).pop()?.trim() ?? '';
  return ENGLISH_ASKS_WHETHER_POSSIBLE.test(last) || cjk.asksWhetherPossible(last);
}
