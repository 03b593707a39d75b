/**
 * Variable names: validation of the long (≤ 64-byte) names callers give, and generation of the
 * unique 8-byte short names the variable records need (the long names travel in record 7/13).
 */
import { utf8 } from './bytes.ts';

/** SPSS reserved keywords: never valid as variable names, long or short. */
const RESERVED = new Set(['ALL', 'AND', 'BY', 'EQ', 'GE', 'GT', 'LE', 'LT', 'NE', 'NOT', 'OR', 'TO', 'WITH']);

/**
 * First character a letter or @; then letters, digits, and . _ $ # @. `#` and `$` are refused as
 * first characters because SPSS gives them meaning (scratch and system variables).
 */
const NAME_PATTERN = /^[\p{L}@][\p{L}\p{N}._$#@]*$/u;

/** Why `name` is not a valid SPSS variable name, or null when it is. */
export function invalidNameReason(name: string): string | null {
  if (name.length === 0) return 'is empty';
  if (utf8(name).length > 64) return 'is longer than 64 bytes';
  if (!NAME_PATTERN.test(name))
    return 'must start with a letter or @ and contain only letters, digits, . _ $ # @';
  if (name.endsWith('.')) return 'must not end with a period';
  if (RESERVED.has(name.toUpperCase())) return 'is an SPSS reserved word';
  return null;
}

/**
 * Hands out unique short names. Short names are ASCII only (upper case, like SPSS's own): they are
 * what old readers show and they are cut at 8 bytes, where ASCII cannot split a character.
 */
export class ShortNames {
  private readonly used = new Set<string>();

  /** A unique short name derived from `longName`. */
  forName(longName: string): string {
    let base = longName
      .toUpperCase()
      .normalize('NFKD')
      .replace(/[^A-Z0-9_.$#@]/g, '');
    if (!/^[A-Z@]/.test(base)) base = `V${base}`;
    return this.unique(base.replace(/\.+$/, ''));
  }

  /** A unique short name for segment `index` (≥ 1) of a very long string. */
  forSegment(firstShort: string, index: number): string {
    return this.unique(`${firstShort.slice(0, 5)}${index}`);
  }

  private unique(candidate: string): string {
    const first = candidate.slice(0, 8);
    if (this.free(first)) return this.take(first);
    for (let n = 1; ; n++) {
      const suffix = `_${n.toString(36).toUpperCase()}`;
      const name = candidate.slice(0, 8 - suffix.length) + suffix;
      if (this.free(name)) return this.take(name);
    }
  }

  private free(name: string): boolean {
    return name.length > 0 && !this.used.has(name) && !RESERVED.has(name);
  }

  private take(name: string): string {
    this.used.add(name);
    return name;
  }
}
