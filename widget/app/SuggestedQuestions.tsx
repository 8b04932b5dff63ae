import { useUiText } from './current-ui-text';
interface SuggestedQuestionsProps {
  questions: readonly string[];
  onAsk: (question: string) => void;
}

/** The questions editors chose to offer as one-click buttons. */
export function SuggestedQuestions({ questions, onAsk }: SuggestedQuestionsProps) {
  const text = useUiText();
  if (questions.length === 0) return null;
  return (
    <ul class="suggested" aria-label={text.suggestedQuestions}>
      {questions.map((question) => (
        <li key={question}>
          <button type="button" class="suggested-button" onClick={() => onAsk(question)}>
            {question}
          </button>
        </li>
      ))}
    </ul>
  );
}
