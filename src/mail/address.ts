/**
 * Whether a text is shaped like an e-mail address (something@domain.tld), at most 254 characters
 * (RFC 5321's limit on a path). Whether it is deliverable only sending tells.
 */
export const isEmailAddress = (text: string): boolean =>
  text.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
