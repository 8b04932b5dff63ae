import { isImeKey } from './ime-key';
import type { FrameText } from './frame-text';
import { useUiText } from './current-ui-text';
import type { Ref } from 'preact';
import { useRef, useState } from 'preact/hooks';

interface ComposerProps {
  inputRef: Ref<HTMLInputElement>;
  onSend: (question: string) => void;
}

/**
 * The question box. Enter sends, except while an input method (Japanese, Chinese, Korean) is composing: then
 * Enter confirms the conversion, and sending would cut the visitor's question off mid-word (`isImeKey`). It works before the
 * content has arrived: the question then waits, and is answered as soon as it can be.
 */
export function Composer({ inputRef, onSend }: ComposerProps) {
  const ui = useUiText<FrameText>();
  const [text, setText] = useState('');
  const composing = useRef(false);

  const send = () => {
    const question = text.trim();
    if (question === '') return;
    onSend(question);
    setText('');
  };

  return (
    <form
      class="composer"
      onSubmit={(event) => {
        event.preventDefault();
        send();
        // Sent with the button (a click, a tap, Space): back to the box for the next question. Left on the button,
        // focus would fall to the page as the emptied box disables it.
        event.currentTarget.querySelector('input')?.focus();
      }}
    >
      <label class="visually-hidden" for="askdown-question">
        {ui.questionLabel}
      </label>
      <input
        id="askdown-question"
        ref={inputRef}
        class="composer-input"
        part="input"
        type="text"
        autocomplete="off"
        enterkeyhint="send"
        placeholder={ui.placeholder}
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
        onCompositionStart={() => (composing.current = true)}
        onCompositionEnd={() => (composing.current = false)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          if (isImeKey(event) || composing.current) return;
          send();
        }}
      />
      <button class="composer-send" disabled={text.trim() === ''}>
        {ui.send}
      </button>
    </form>
  );
}
