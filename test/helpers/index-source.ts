/** The site settings every index.md needs, as its front matter's YAML (9 lines: lines 2 to 10 of the file). */
export const SITE_SETTINGS = `title: Questions?
greeting: Hello
registration:
  label: Register
  url: https://example.com/pre
contact:
  label: Contact us
  url: https://example.com/contact
no_answer: Sorry.
`;

/** An index.md with `frontMatter` between its `---` lines, then `body`. */
export const indexSource = (frontMatter: string, body: string): string => `---\n${frontMatter}---\n${body}`;
