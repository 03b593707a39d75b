/**
 * Stata variable (and value-label) names: validation, and the mapping of export column names to
 * valid, unique ones. Rules from Stata's [U] 11.3 "Naming conventions" and dta.sthlp §5.4: 1 to 32
 * characters; letters, digits and underscores; not starting with a digit; not a reserved word.
 * Stata 14+ also accepts non-ASCII letters, but ASCII names are what every reader and older Stata
 * handle, so generated names are ASCII only.
 */

export const NAME_MAX = 32;

/** Reserved words of [U] 11.3 (`str#` is every `str` followed by a number). */
const RESERVED = new Set([
  '_all',
  '_b',
  'byte',
  '_coef',
  '_cons',
  'double',
  'float',
  'if',
  'in',
  'int',
  'long',
  '_n',
  '_N',
  '_pi',
  '_pred',
  '_rc',
  '_se',
  '_skip',
  'strL',
  'using',
  'with',
]);

const isReserved = (name: string): boolean => RESERVED.has(name) || /^str[1-9][0-9]*$/.test(name);

const NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Why `name` is not a valid Stata name (as this writer writes them), or null when it is. */
export function invalidNameReason(name: string): string | null {
  if (name.length === 0) return 'is empty';
  if (name.length > NAME_MAX) return `is longer than ${NAME_MAX} characters`;
  if (!NAME_PATTERN.test(name))
    return 'must hold only ASCII letters, digits and _, and not start with a digit';
  if (isReserved(name)) return 'is a Stata reserved word';
  return null;
}

/** Letters NFKD does not take apart into a base letter and a mark. */
const SPELLED: Readonly<Record<string, string>> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ø: 'o',
  Ø: 'O',
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
};

/**
 * A valid Stata name made from `name`: accents dropped (č → c, ł → l), other characters → `_`, a
 * leading digit prefixed with `v`, cut to 32 characters, reserved words suffixed with `_`.
 */
export function stataName(name: string): string {
  let base = Array.from(name, (c) => SPELLED[c] ?? c)
    .join('')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9_]/g, '_');
  if (base === '') base = 'v';
  if (/^[0-9]/.test(base)) base = `v${base}`;
  base = base.slice(0, NAME_MAX);
  return isReserved(base) ? `${base.slice(0, NAME_MAX - 1)}_` : base;
}

/**
 * Hands out unique names. Stata names are case-sensitive, but `Age` next to `age` confuses people
 * and case-insensitive tools alike, so names count as taken ignoring case.
 */
export class StataNames {
  private readonly used = new Set<string>();

  /** A valid name from `name`, made unique with `_2`, `_3`, … (cut so that it stays ≤ 32). */
  take(name: string): string {
    const base = stataName(name);
    let candidate = base;
    for (let n = 2; this.used.has(candidate.toLowerCase()) || isReserved(candidate); n++) {
      const suffix = `_${n}`;
      candidate = base.slice(0, NAME_MAX - suffix.length) + suffix;
    }
    this.used.add(candidate.toLowerCase());
    return candidate;
  }
}
