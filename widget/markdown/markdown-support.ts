/**
 * The run-time Markdown mode's compiler, as the app receives it (from `askdown-markdown.js`, or from the npm
 * package's own chunk). It analyses Japanese as Node does when it builds a pack, so the index it builds is the
 * build's, term for term; the readings of questions the app's Japanese script installed stay (the npm package
 * shares the analysis between them).
 */
import { installCjkTerms } from '../search/cjk-analysis';
import { JAPANESE_ANALYSIS } from '../search/japanese';

installCjkTerms(JAPANESE_ANALYSIS);

export { loadMarkdownContent } from './load-markdown-content';
