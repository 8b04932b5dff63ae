/**
 * The longest question the widget reads, in UTF-16 code units: the question box, `Askdown.ask` and the matcher
 * all stop here, so a pasted page or a megabyte sent through the API costs no more than a long question. Help
 * questions are a sentence or two; 500 leaves room for a pasted error message.
 */
export const MAX_QUESTION_LENGTH = 500;

/** The question cut to `MAX_QUESTION_LENGTH`, never in the middle of a character outside the BMP. */
export function boundedQuestion(text: string): string {
  if (text.length <= MAX_QUESTION_LENGTH) return text;
  return text.slice(0, MAX_QUESTION_LENGTH).replace(/[\ud800-\udbff]$/, '');
}

/** The panel's note under a cut question, from its `questionCut` text ("Only the first {max} characters were read."). */
export function questionCutNote(template: string): string {
  return template.replace('{max}', String(MAX_QUESTION_LENGTH));
}
