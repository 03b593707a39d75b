/**
 * What the database cannot store: NUL (PostgreSQL's text and jsonb have no place for it) and a lone
 * surrogate (half of a UTF-16 pair, which jsonb refuses and text turns into U+FFFD). Every other
 * character, control characters included, is stored as it came. Whatever takes text from outside
 * checks it with this before it reaches a repository, so that it can say where the text was.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding NUL is the point
const unstorable = /\u0000|\p{Surrogate}/u;

export const isStorableText = (text: string): boolean => !unstorable.test(text);

/** A key as a message shows it: with a character that cannot be stored escaped, as JSON writes it. */
export const shownKey = (key: string): string =>
  isStorableText(key) ? key : JSON.stringify(key).slice(1, -1);
