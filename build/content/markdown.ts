import { Marked } from 'marked';

/** The one Markdown dialect of answers (GitHub-flavoured), shared by rendering and checking so both read alike. */
export const markdown = new Marked({ gfm: true, async: false });
