/** One problem of the content build, as `npm run demo` sends it on Vite's HMR channel. */
export interface ContentProblem {
  file: string;
  line?: number;
  message: string;
  hint: string;
}

/** What `npm run demo` sends after each content build: its problems (none when it built); the widget keeps the last good packs. */
export const CONTENT_PROBLEMS_EVENT = 'askdown:content-problems';

/** What a preview page sends when it opens, so that it learns of problems found before it was there. */
export const CONTENT_PROBLEMS_REQUEST = 'askdown:content-problems-request';

const OVERLAY_ID = 'askdown-content-problems';

/**
 * Lists the content build's problems over the preview page (file, line, what is wrong, how to fix it), as an
 * alert that screen readers announce; removes the list when there are none. Built with DOM calls: the problems
 * quote the editor's text, which is never HTML.
 */
export function showContentProblems(doc: Document, problems: readonly ContentProblem[]): void {
  const shown = doc.getElementById(OVERLAY_ID);
  // The same list again (a save that changed nothing of it) is left as it is, so it is not read out again.
  const key = JSON.stringify(problems);
  if (shown?.dataset.problems === key) return;
  shown?.remove();
  if (problems.length === 0) return;
  const section = doc.createElement('section');
  section.id = OVERLAY_ID;
  section.dataset.problems = key;
  // Scrolls when long; focusable so a keyboard can scroll it.
  section.tabIndex = 0;
  section.className = 'content-problems';
  section.setAttribute('role', 'alert');
  section.setAttribute('aria-labelledby', `${OVERLAY_ID}-title`);
  const heading = doc.createElement('h2');
  heading.id = `${OVERLAY_ID}-title`;
  heading.textContent = `The content has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}; the widget keeps the last good answers`;
  const list = doc.createElement('ol');
  for (const problem of problems) {
    const item = doc.createElement('li');
    const where = doc.createElement('span');
    where.className = 'where';
    where.textContent = problem.line === undefined ? problem.file : `${problem.file}, line ${problem.line}`;
    const fix = doc.createElement('span');
    fix.className = 'fix';
    fix.textContent = problem.hint;
    item.append(where, `: ${problem.message}`, fix);
    list.append(item);
  }
  section.append(heading, list);
  doc.body.append(section);
}
