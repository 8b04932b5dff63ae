/** `#askdown=<article id>`: a link to an answer, in the page's address (from an e-mail) or in another answer. */
export const DEEP_LINK = /^#askdown=(.+)$/;
