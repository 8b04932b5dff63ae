import type { FrameText } from './frame-text';
import { autonym } from '../languages/autonym';
import { useUiText } from './current-ui-text';

interface LanguageSwitchProps {
  locales: readonly string[];
  locale: string;
  onChange: (locale: string) => void;
}


/** The panel's language, where the site has more than one; each choice is named in its own language. */
export function LanguageSwitch({ locales, locale, onChange }: LanguageSwitchProps) {
  const text = useUiText<FrameText>();
  if (locales.length < 2) return null;
  return (
    <select class="language" aria-label={text.language} value={locale} onChange={(event) => onChange(event.currentTarget.value)}>
      {locales.map((each) => (
        <option key={each} value={each} lang={each}>
          {autonym(each)}
        </option>
      ))}
    </select>
  );
}
