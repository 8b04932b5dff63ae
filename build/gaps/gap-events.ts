/**
 * Reading the widget's events as a host page forwards them: one JSON object per line, `{"name", "detail"}`, as
 * `Askdown.on(name, (detail) => send(JSON.stringify({ name, detail })))` writes them. Only what the gap report
 * needs is kept; a line that is not such an event is named, with its number, and skipped.
 */

/**
 * A visitor's question; one that got no answer; an answer the visitor said did not help; or an article the
 * visitor picked from "Did you mean" (an `answer` event with `source: 'choice'`), which the FAQ could have
 * given at once.
 */
export type GapEvent =
  | { kind: 'asked'; question: string }
  | { kind: 'unanswered'; question: string; closest?: string[] }
  | { kind: 'unhelpful'; question: string; id: string }
  | { kind: 'chosen'; question: string; id: string };

export interface ReadEvents {
  events: GapEvent[];
  /** Lines that could not be read, as "line N: why". */
  problems: string[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function eventOf(data: unknown): GapEvent | string | null {
  if (!isObject(data) || typeof data.name !== 'string' || !isObject(data.detail)) return 'not {"name": ..., "detail": {...}}';
  const { name, detail } = data;
  const question = typeof detail.question === 'string' ? detail.question.trim() : '';
  if (name === 'question' || name === 'no-answer' || name === 'feedback') {
    if (question === '') return `a "${name}" event without its question`;
  }
  if (name === 'question') return { kind: 'asked', question };
  if (name === 'no-answer') {
    // The articles the visitor was shown under the no-answer message, when the event has them.
    const closest = Array.isArray(detail.closest) ? detail.closest.filter((id): id is string => typeof id === 'string') : [];
    return closest.length > 0 ? { kind: 'unanswered', question, closest } : { kind: 'unanswered', question };
  }
  if (name === 'feedback') {
    if (typeof detail.helpful !== 'boolean' || typeof detail.id !== 'string') return 'a "feedback" event without "helpful" and "id"';
    return detail.helpful ? null : { kind: 'unhelpful', question, id: detail.id };
  }
  if (name === 'answer' && detail.source === 'choice' && question !== '' && typeof detail.id === 'string') {
    return { kind: 'chosen', question, id: detail.id };
  }
  // Other events (open, answers not picked from a choice, link-click, ...) are fine to forward and say nothing about gaps.
  return null;
}

export function readGapEvents(text: string): ReadEvents {
  const events: GapEvent[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch {
      problems.push(`line ${i + 1}: not JSON`);
      return;
    }
    const event = eventOf(data);
    if (typeof event === 'string') problems.push(`line ${i + 1}: ${event}`);
    else if (event) events.push(event);
  });
  return { events, problems };
}
