/**
 * The run-time Markdown mode's entry (`dist/askdown-markdown.js`), loaded by the app when `data-content` names an
 * index.md: the content build's compiler (marked, js-yaml, the checks, the index builder), handed over through an
 * event on its own <script>, so it adds no global.
 */
import { announceScript } from './embed/panel-contract';
import { loadMarkdownContent } from './markdown/markdown-support';

announceScript(loadMarkdownContent);
