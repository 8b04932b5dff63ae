import type { UiText } from '../ui-text';

/**
 * What the panel says while no pack is there to say it: its frame (title bar, question box) and the loading and
 * failure messages. These cannot travel in a pack, so they are the only visitor-facing words in the code: in
 * English here, and in a language's own script for a language that has one (`askdown-ja.js`). Everything else
 * comes from the pack (`ui:` in index.md).
 */
export interface FrameText extends Pick<UiText, 'close' | 'questionLabel' | 'placeholder' | 'send' | 'language'> {
  loading: string;
  failed: string;
  retry: string;
}

export const FRAME_TEXT: FrameText = {
  close: 'Close',
  questionLabel: 'Your question',
  placeholder: 'Type your question',
  send: 'Send',
  language: 'Language',
  loading: 'Loading answers…',
  // Nothing about the visitor's connection: the content may be at fault (a broken index.md), not the network.
  failed: 'The answers could not be loaded. Please try again in a moment.',
  retry: 'Try again',
};
