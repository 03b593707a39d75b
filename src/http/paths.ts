// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const unnamable = /[\u0000-\u001f\u007f]|\p{Surrogate}/u;

/**
 * Whether a request's path (taken from its URL, still percent-encoded) has a segment that is not
 * well-formed percent-encoded UTF-8, or that decodes to a control character or a lone surrogate. No
 * slug, id, token or file name has one, and PostgreSQL refuses NUL in text, so such a path names
 * nothing: it is answered as not found before any route looks it up.
 */
export function isUnnamablePath(url: string): boolean {
  const start = url.indexOf('/', url.indexOf('//') + 2);
  if (start === -1) return false;
  const end = url.search(/[?#]/);
  const path = url.slice(start, end === -1 ? undefined : end);
  // Most paths have no escape at all; the URL parser has already escaped any raw control character.
  if (!path.includes('%')) return unnamable.test(path);
  for (const segment of path.split('/')) {
    if (!segment.includes('%')) continue;
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return true;
    }
    if (unnamable.test(decoded)) return true;
  }
  return false;
}
