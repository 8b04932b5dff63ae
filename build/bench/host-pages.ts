import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** What one bench page adds to the shared host page: its name's words, and its tags. */
interface HostPage {
  /** "with …" in the title and the text. */
  with: string;
  head?: string;
  body?: string;
}

/**
 * The bench's host pages: one typical content page (a heading, paragraphs, a list, a table, `/host.css`), bare or
 * with one script, so that what they cost differs only by that script. `build/bench/pages/` holds the files
 * they load besides the widget's.
 */
const HOST_PAGES: Record<string, HostPage> = {
  'without.html': { with: 'no widget' },
  'control.html': { with: 'a one-line script', body: '<script src="/control.js" async></script>' },
  'with.html': { with: 'the widget', body: '<script src="/askdown.js" async></script>' },
  'facade-only.html': { with: "the widget's facade alone", body: '<script src="/facade-only/askdown.js" async></script>' },
  'docsearch.html': {
    with: 'Algolia DocSearch',
    head: '<link rel="stylesheet" href="/docsearch/style.css" />',
    body: '<div id="docsearch"></div>\n    <script src="/docsearch/docsearch.js" defer></script>\n    <script src="/docsearch/init.js" defer></script>',
  },
};

function hostPage(page: HostPage): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Bench host page with ${page.with}</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/host.css" />${page.head ? `\n    ${page.head}` : ''}
  </head>
  <body>
    <h1>Ship registration services</h1>
    <p>A typical content page: a heading, some paragraphs, a list and a table, with ${page.with}.</p>
    <ul><li>NK-SHIPS</li><li>NK-PASS</li><li>Pre-registration</li></ul>
    <table><tr><th>Service</th><th>Status</th></tr><tr><td>NK-SHIPS</td><td>Open</td></tr></table>${page.body ? `\n    ${page.body}` : ''}
  </body>
</html>
`;
}

/** Writes every host page (`without.html`, `control.html`, `with.html`, …) into `dir`. */
export async function writeHostPages(dir: string): Promise<void> {
  await Promise.all(Object.entries(HOST_PAGES).map(([name, page]) => writeFile(join(dir, name), hostPage(page))));
}

/** A bare page whose widget reads `contentPath`, for timing the opening to a first answer. */
export function openToAnswerPage(contentPath: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench</title><link rel="icon" href="data:,"></head>
<body><p>Open-to-answer bench page.</p><script src="/askdown.js" data-content="${contentPath}" async></script></body></html>`;
}

/** `content/en/` as an editor uploads it (`/md/en/`), and `open-md.html`, whose widget reads it in the run-time Markdown mode. */
export async function stageMarkdownContent(dir: string): Promise<void> {
  await cp('content/en', join(dir, 'md/en'), { recursive: true });
  await writeFile(join(dir, 'open-md.html'), openToAnswerPage('/md/en/index.md'));
}
