/** Character classes shared by the lexer and templates, so `${id}` means the same in both. */

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

export function isIdStart(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch === '_');
}

export function isIdPart(ch: string | undefined): boolean {
  return isIdStart(ch) || isDigit(ch);
}

/**
 * The end of the `${id}` starting at `start` (just past `}`), or -1 if there is none there.
 * `charAt` lets the lexer refuse to look past its length limit.
 */
export function scanReference(charAt: (i: number) => string | undefined, start: number): number {
  if (charAt(start) !== '$' || charAt(start + 1) !== '{' || !isIdStart(charAt(start + 2))) return -1;
  let i = start + 3;
  while (isIdPart(charAt(i))) i++;
  return charAt(i) === '}' ? i + 1 : -1;
}
