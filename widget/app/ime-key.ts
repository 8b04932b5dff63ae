/**
 * Whether a key belongs to an input method's conversion (Japanese, Chinese, Korean): Enter confirming it, Escape
 * cancelling it. Safari reports the key that ends a conversion after `compositionend`, with `isComposing` false
 * and keyCode 229, so that counts too.
 */
export function isImeKey(event: KeyboardEvent): boolean {
  return event.isComposing || event.keyCode === 229;
}
