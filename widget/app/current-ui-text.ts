import type { UiText } from '../ui-text';
import type { FrameText } from './frame-text';

/**
 * The panel's strings: the pack's `ui` once it has arrived; before that only the frame's (`FrameText`), which is
 * all the panel draws without a pack. Set by `App` as it renders, before its children read it, so every
 * component of the one panel on the page reads the strings of the pack it is drawn from. A module value rather
 * than a Preact context: the context machinery cost 200 B of the app's budget for a value with one writer.
 */
let current: UiText | FrameText | undefined;

export function setUiText(text: UiText | FrameText): void {
  current = text;
}

/**
 * The strings to draw with: `UiText` in components drawn only with a pack, `FrameText` in the frame (title bar,
 * question box, language switch), which is drawn before the pack too.
 */
export function useUiText<Text extends UiText | FrameText = UiText>(): Text {
  return current as Text;
}
