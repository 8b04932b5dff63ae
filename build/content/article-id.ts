/**
 * The id an article gets from its file name: `content/en/shared-email.md` is `shared-email`. A module of its own,
 * so the Markdown checks can name an article from a link without importing the article compiler that uses them.
 */
export function idFromFileName(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.md$/i, '');
}
