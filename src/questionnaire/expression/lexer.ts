import { fail, maxSourceLength } from './errors.ts';
import { isDigit, isIdPart, isIdStart, scanReference } from './identifiers.ts';

export type SymbolText = '(' | ')' | ',' | '.' | '=' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | '/';

interface Span {
  /** Where the token starts and ends in the source. */
  readonly pos: number;
  readonly end: number;
}

export type Token = Span &
  (
    | { readonly type: 'number'; readonly value: number }
    | { readonly type: 'string'; readonly value: string }
    | { readonly type: 'ref'; readonly id: string }
    /** Keywords and function names. */
    | { readonly type: 'word'; readonly text: string }
    | { readonly type: 'symbol'; readonly text: SymbolText }
    | { readonly type: 'end' }
  );

type CharAt = (i: number) => string | undefined;

const escapable = ["'", '"', '\\'];

const twoCharSymbols: readonly SymbolText[] = ['!=', '<=', '>='];
const oneCharSymbols: readonly SymbolText[] = ['(', ')', ',', '.', '=', '<', '>', '+', '-', '*', '/'];

/**
 * Tokens on demand. Being lazy, the lexer never looks further than the parser gets, so an error
 * early in the text is reported before one later on, and reading past the length limit is itself
 * the error `expr.tooLong` — a megabyte of input costs no more than 2000 characters.
 */
export function createLexer(source: string): { peek(): Token; next(): Token } {
  const charAt: CharAt = (i) => {
    if (i >= maxSourceLength && i < source.length) fail('expr.tooLong', maxSourceLength);
    return source[i];
  };
  let current: Token | null = null;
  let offset = 0;
  const peek = (): Token => {
    current ??= readToken(charAt, offset);
    return current;
  };
  const next = (): Token => {
    const token = peek();
    offset = token.end;
    current = null;
    return token;
  };
  return { peek, next };
}

function readToken(charAt: CharAt, start: number): Token {
  let pos = start;
  while (isSpace(charAt(pos))) pos++;
  const ch = charAt(pos);
  if (ch === undefined) return { type: 'end', pos, end: pos };
  if (isDigit(ch)) return readNumber(charAt, pos);
  if (ch === "'" || ch === '"') return readString(charAt, pos, ch);
  if (ch === '$') return readReference(charAt, pos);
  if (isIdStart(ch)) return readWord(charAt, pos);
  return readSymbol(charAt, pos, ch);
}

// A fixed pattern on one character; whitespace of any script separates tokens.
function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/.test(ch);
}

/** Digits with an optional fraction; a leading digit is required because `.` alone is self. */
function readNumber(charAt: CharAt, pos: number): Token {
  let text = '';
  let i = pos;
  while (isDigit(charAt(i))) text += charAt(i++);
  if (charAt(i) === '.' && isDigit(charAt(i + 1))) {
    text += charAt(i++);
    while (isDigit(charAt(i))) text += charAt(i++);
  }
  const value = Number(text);
  if (!Number.isFinite(value)) fail('expr.badNumber', pos, text.slice(0, 20));
  return { type: 'number', value, pos, end: i };
}

/** Backslash escapes only the quotes and itself, so `\n` is an error rather than a silent `n`. */
function readString(charAt: CharAt, pos: number, quote: string): Token {
  let value = '';
  let i = pos + 1;
  for (;;) {
    const ch = charAt(i);
    if (ch === undefined) return fail('expr.unterminatedString', pos);
    if (ch === quote) return { type: 'string', value, pos, end: i + 1 };
    if (ch === '\\') {
      const escaped = charAt(i + 1);
      if (escaped === undefined) return fail('expr.unterminatedString', pos);
      if (!escapable.includes(escaped)) return fail('expr.badEscape', i, `\\${escaped}`);
      value += escaped;
      i += 2;
    } else {
      value += ch;
      i += 1;
    }
  }
}

function readReference(charAt: CharAt, pos: number): Token {
  const end = scanReference(charAt, pos);
  if (end < 0) return fail('expr.badReference', pos);
  let id = '';
  for (let i = pos + 2; i < end - 1; i++) id += charAt(i);
  return { type: 'ref', id, pos, end };
}

function readWord(charAt: CharAt, pos: number): Token {
  let text = '';
  let i = pos;
  while (isIdPart(charAt(i))) text += charAt(i++);
  return { type: 'word', text, pos, end: i };
}

function readSymbol(charAt: CharAt, pos: number, ch: string): Token {
  const pair = `${ch}${charAt(pos + 1) ?? ''}`;
  const two = twoCharSymbols.find((s) => s === pair);
  if (two !== undefined) return { type: 'symbol', text: two, pos, end: pos + 2 };
  const one = oneCharSymbols.find((s) => s === ch);
  if (one !== undefined) return { type: 'symbol', text: one, pos, end: pos + 1 };
  return fail('expr.unexpectedToken', pos, ch);
}
