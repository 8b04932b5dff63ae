/** One problem of the content build, as `npm run demo` sends it on Vite's HMR channel. */
export interface ContentProblem {
  file: string;
  line?: number;
  message: string;
  hint: string;
}

/** What `npm run demo` sends when the content build found problems; the widget keeps the last good packs. */
export const CONTENT_PROBLEMS_EVENT = 'askdown:content-problems';

const OVERLAY_ID = 'askdown-content-problems';

/**
 * Lists the content build's problems over the preview page (file, line, what is wrong, how to fix it), as an
 * alert that screen readers announce; removes the list when there are none. Built with DOM calls: the problems
 * quote the editor's text, which is never HTML.
 */
export function showContentProblems(doc: Document, problems: readonly ContentProblem[]): void {
  doc.getElementById(OVERLAY_ID)?.remove();
  if (problems.length === 0) return;
  const section = doc.createElement('section');
  section.id = OVERLAY_ID;
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
