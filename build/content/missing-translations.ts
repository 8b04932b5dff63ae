import type { ContentError } from './content-error';

/** One locale's articles: each id with the file it comes from. */
export interface LocaleArticles {
  locale: string;
  files: ReadonlyMap<string, string>;
}

/**
 * Warnings for an article that one locale has and another lacks (deleted from one folder, or added to one only):
 * visitors who switch language lose it, and a link to it (`#askdown=<id>`, `showArticle`) opens nothing in the
 * other language. Named on the file that has it. A warning, not an error: a site may mean an article for one
 * language only (it then hears of it on every build: there is no way yet to say so).
 */
export function missingTranslations(locales: readonly LocaleArticles[]): ContentError[] {
  if (locales.length < 2) return [];
  return locales.flatMap(({ locale, files }) =>
    [...files].flatMap(([id, file]) => {
      const lacking = locales.filter((other) => !other.files.has(id)).map((other) => other.locale);
      if (lacking.length === 0) return [];
      return [
        {
          file,
          message: `"${id}" is in ${locale} but not in ${lacking.join(', ')}, so visitors who switch language lose it`,
          hint: `Write it in the ${lacking[0]} folder beside this one too, with the same file name (or id:), and link it from that folder's index.md; or, if it was renamed there, rename this one the same way (or give the other id: ${id}); or, if it was deleted there on purpose, delete this one too.`,
        },
      ];
    }),
  );
}
