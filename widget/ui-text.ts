/**
 * Every string of the panel that a visitor reads or a screen reader speaks, by name. The content pack carries
 * them in its own language (`ui:` in index.md), so a Japanese pack gives a Japanese panel with no Japanese in the
 * code. The English text is the default of an English index.md and what the panel says before a pack arrives.
 */
export interface UiText {
  close: string;
  suggestedQuestions: string;
  questionLabel: string;
  placeholder: string;
  send: string;
  /** Read out before the visitor's own words in the conversation. */
  youAsked: string;
  /** Under a question that was too long; `{max}` is replaced by the number of characters read. */
  questionCut: string;
  related: string;
  closestArticles: string;
  didYouMean: string;
  /** Before the contact link under "did you mean". */
  noneOfThese: string;
  feedbackQuestion: string;
  yes: string;
  no: string;
  feedbackThanks: string;
  feedbackAlternatives: string;
  otherArticles: string;
  opensInNewTab: string;
  /** The link from an answer to its section of the static FAQ page. */
  openAsPage: string;
  /** Label of the language switch, shown when the widget has more than one locale. */
  language: string;
}

export const ENGLISH_UI_TEXT: UiText = {
  close: 'Close',
  suggestedQuestions: 'Suggested questions',
  questionLabel: 'Your question',
  placeholder: 'Type your question',
  send: 'Send',
  youAsked: 'You asked:',
  questionCut: 'Only the first {max} characters were read.',
  related: 'Related',
  closestArticles: 'Closest articles',
  didYouMean: 'Did you mean one of these?',
  noneOfThese: 'None of these?',
  feedbackQuestion: 'Did this answer your question?',
  yes: 'Yes',
  no: 'No',
  feedbackThanks: 'Thank you for letting us know.',
  feedbackAlternatives: 'Thank you. One of these may help, or you can ask us.',
  otherArticles: 'Other articles',
  opensInNewTab: '(opens in a new tab)',
  openAsPage: 'Open as a page',
  language: 'Language',
};

export const UI_TEXT_KEYS = Object.keys(ENGLISH_UI_TEXT) as (keyof UiText)[];
