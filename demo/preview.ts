/**
 * The live preview page of `npm run demo` (Vite's dev server): the widget from its source, told on Vite's HMR
 * channel when the content was rebuilt (it fetches the packs again and keeps the conversation) and when the build
 * found problems (listed over the page until fixed).
 */
import { mount } from '../widget/npm';
import { CONTENT_PROBLEMS_EVENT, CONTENT_PROBLEMS_REQUEST, showContentProblems, type ContentProblem } from './content-problems';

mount({ content: '/content/{locale}.json', locales: 'en ja', faq: '/faq/{locale}/' });

import.meta.hot?.on(CONTENT_PROBLEMS_EVENT, (problems: ContentProblem[]) => showContentProblems(document, problems));
import.meta.hot?.send(CONTENT_PROBLEMS_REQUEST);
