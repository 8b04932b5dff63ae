/**
 * "How many login IDs can one e-mail have?", "How long is the pre-registration period?": a question that asks
 * for a number. An FAQ of rules shares its words ("Can I register the same e-mail for several login IDs?") and
 * answers yes or no, never the number, so the top article would be given with confidence and not answer it. Such
 * a question gets a choice instead, unless the article's own title or questions ask for a number too (an article
 * that gives the number). English only: Japanese "何人か" and "いくつも" mean "several", and no Japanese set has
 * asked for a number the FAQ lacks (README, "How matching works").
 */
const ENGLISH_QUANTITY = /\bhow (?:many|much|long)\b/i;

export function asksQuantity(text: string): boolean {
  return ENGLISH_QUANTITY.test(text);
}
