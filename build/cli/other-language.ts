import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { otherQuestionLocale } from '../../widget/app/question-locale';

const NAMES: Record<string, string> = { en: 'English', ja: 'Japanese' };

/**
 * Why most of `questions` get no answer from the content of `locale` in `contentDir`, when they are written in the
 * widget's other language (naming the folder beside it, where there is one): the widget would answer them from that
 * language's pack (it turns the panel to the question's language), but `ask` and `eval` read one folder, and without
 * a word an editor checking a fix took "no answer" for the content's (a stranger's try). Null when most are in its
 * language.
 */
export function otherLanguageHint(questions: readonly string[], locale: string, contentDir: string): string | null {
  const others = questions.map((question) => otherQuestionLocale(question, locale, Object.keys(NAMES)));
  const other = others.find((found) => found !== null);
  if (!other || others.filter((found) => found === other).length * 2 <= questions.length) return null;
  const folder = join(dirname(contentDir), other);
  const where = existsSync(folder) ? `--content ${folder}` : `the ${NAMES[other]} content's folder with --content`;
  return `${questions.length === 1 ? 'the question is' : 'most questions are'} in ${NAMES[other]}, and ${contentDir} is in ${NAMES[locale] ?? locale}: the widget answers ${questions.length === 1 ? 'it' : 'them'} from its ${NAMES[other]} pack; ask with ${where}`;
}
