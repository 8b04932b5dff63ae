import type { PackArticle } from '../content-pack';
import type { AskdownEvents } from '../embed/events';

/** Where a link the visitor followed goes: the registration page, the contact page, a link in an answer, the FAQ page. */
export type LinkKind = AskdownEvents['link-click']['kind'];

/** How an answer came: a question, a "did you mean" pick, a related link, a suggestion for the page, the API. */
export type AnswerSource = AskdownEvents['answer']['source'];

export type Message =
  /** `cut`: the visitor's text was longer than `MAX_QUESTION_LENGTH`, and only its start was read. */
  | { key: number; kind: 'question'; text: string; cut?: boolean }
  | {
      key: number;
      kind: 'answer';
      /** What the visitor asked (for an opened article, its title): feedback is about this question. */
      question: string;
      article: PackArticle;
      related: PackArticle[];
      /** What a "No, this did not answer it" offers next. */
      alternatives: PackArticle[];
      /**
       * Opened by a button in the panel: focus moves to it as it first appears (see `ShownAnswer.takesFocus`), and
       * the card that does so sets this false, so drawing it again later takes focus from nowhere.
       */
      takesFocus: boolean;
      /**
       * The visitor's Yes (true) or No (false), once given. Kept with the message, not in the card: a card drawn
       * again (back from another language) shows the reply, not the question a second time.
       */
      helpful?: boolean;
    }
  | { key: number; kind: 'choice'; question: string; choices: PackArticle[] }
  | { key: number; kind: 'no-answer'; question: string; closest: PackArticle[] };

/** A message before it gets its key (Omit over each member of the union, not over the union as a whole). */
export type NewMessage = Message extends infer M ? (M extends Message ? Omit<M, 'key'> : never) : never;

/** An answer to show: `shown` is the visitor's words above it, `question` what it answers (for feedback). */
export interface ShownAnswer {
  shown: string;
  question: string;
  article: PackArticle;
  confidence: number;
  source: AnswerSource;
  /** What a "No" may offer next, by id, best first: the first three that the answer and its Related list leave. */
  alternatives: readonly string[];
  cut?: boolean;
  /**
   * Opened by a button in the panel (a choice, a related or suggested article), not typed: focus moves to the
   * answer's title, or Tab would go on through the buttons above it first. Its title is then read as focus lands,
   * so the live region reads the answer alone.
   */
  takesFocus?: boolean;
}
