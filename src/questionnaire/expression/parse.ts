import type { BinaryOp, Expr } from './ast.ts';
import type { ExprError } from './errors.ts';
import { ExprFailure, fail, maxDepth } from './errors.ts';
import { lookupFunction } from './functions.ts';
import type { SymbolText, Token } from './lexer.ts';
import { createLexer } from './lexer.ts';

export type { ExprError, ExprErrorCode } from './errors.ts';

export type ParseResult = { ok: true; expr: Expr } | { ok: false; error: ExprError };

/**
 * Parses an expression. Never throws: every problem, including hostile input (too long, too deeply
 * nested), comes back as an error with a code and a position. See README.md for the grammar.
 */
export function parse(source: string): ParseResult {
  try {
    return { ok: true, expr: new Parser(source).parseAll() };
  } catch (e) {
    if (e instanceof ExprFailure) return { ok: false, error: e.error };
    throw e;
  }
}

type SymbolOp = BinaryOp & SymbolText;

const comparisonOps: readonly SymbolOp[] = ['=', '!=', '<', '<=', '>', '>='];
const additiveOps: readonly SymbolOp[] = ['+', '-'];
const multiplicativeOps: readonly SymbolOp[] = ['*', '/'];
const keywordValues = new Map<string, boolean | null>([
  ['true', true],
  ['false', false],
  ['null', null],
]);
const operatorWords = ['or', 'and', 'not'];

/**
 * Recursive descent, one method per precedence level (see precedence.ts). Binary levels loop, so
 * long chains cost no stack; only brackets, calls and prefix operators recurse, and they count
 * against maxDepth.
 */
class Parser {
  private readonly lexer: ReturnType<typeof createLexer>;
  private depth = 0;

  constructor(source: string) {
    this.lexer = createLexer(source);
  }

  parseAll(): Expr {
    const expr = this.parseOr();
    const rest = this.lexer.peek();
    if (rest.type !== 'end') this.unexpected(rest);
    return expr;
  }

  private parseOr(): Expr {
    let left = this.parseAnd();
    while (this.acceptWord('or')) left = binary('or', left, this.parseAnd());
    return left;
  }

  private parseAnd(): Expr {
    let left = this.parseNot();
    while (this.acceptWord('and')) left = binary('and', left, this.parseNot());
    return left;
  }

  private parseNot(): Expr {
    const token = this.lexer.peek();
    if (!this.acceptWord('not')) return this.parseComparison();
    return { kind: 'unary', op: 'not', arg: this.nested(token, () => this.parseNot()) };
  }

  private parseComparison(): Expr {
    return this.parseBinaryLevel(comparisonOps, () => this.parseAdditive());
  }

  private parseAdditive(): Expr {
    return this.parseBinaryLevel(additiveOps, () => this.parseMultiplicative());
  }

  private parseMultiplicative(): Expr {
    return this.parseBinaryLevel(multiplicativeOps, () => this.parseNegation());
  }

  /** Left-associative: `a - b - c` is `(a - b) - c`. */
  private parseBinaryLevel(ops: readonly SymbolOp[], operand: () => Expr): Expr {
    let left = operand();
    for (;;) {
      const token = this.lexer.peek();
      const op = token.type === 'symbol' ? ops.find((o) => o === token.text) : undefined;
      if (op === undefined) return left;
      this.lexer.next();
      left = binary(op, left, operand());
    }
  }

  private parseNegation(): Expr {
    const token = this.lexer.peek();
    if (!this.acceptSymbol('-')) return this.parsePrimary();
    return { kind: 'unary', op: '-', arg: this.nested(token, () => this.parseNegation()) };
  }

  private parsePrimary(): Expr {
    const token = this.lexer.next();
    switch (token.type) {
      case 'number':
      case 'string':
        return { kind: 'literal', value: token.value };
      case 'ref':
        return { kind: 'ref', id: token.id };
      case 'word':
        return this.parseWord(token.text, token);
      case 'symbol':
        if (token.text === '.') return { kind: 'self' };
        if (token.text === '(') return this.parseGroup(token);
        return this.unexpected(token);
      case 'end':
        return this.unexpected(token);
    }
  }

  private parseGroup(open: Token): Expr {
    const inner = this.nested(open, () => this.parseOr());
    this.expectSymbol(')');
    return inner;
  }

  /** A word is a keyword literal or a function name; a bare name on its own means nothing. */
  private parseWord(word: string, token: Token): Expr {
    const value = keywordValues.get(word);
    if (value !== undefined) return { kind: 'literal', value };
    if (operatorWords.includes(word)) return this.unexpected(token);
    const next = this.lexer.peek();
    if (next.type !== 'symbol' || next.text !== '(') return fail('expr.bareIdentifier', token.pos, word);
    return this.parseCall(word, token);
  }

  private parseCall(name: string, token: Token): Expr {
    const fn = lookupFunction(name);
    if (fn === undefined) return fail('expr.unknownFunction', token.pos, name);
    this.lexer.next();
    const args = this.nested(token, () => this.parseArguments());
    if (args.length < fn.minArgs || (fn.maxArgs !== null && args.length > fn.maxArgs)) {
      return fail('expr.arity', token.pos, name);
    }
    return { kind: 'call', name, args };
  }

  /** The arguments after `(`, through the closing `)`. */
  private parseArguments(): Expr[] {
    const args: Expr[] = [];
    if (this.acceptSymbol(')')) return args;
    for (;;) {
      args.push(this.parseOr());
      if (this.acceptSymbol(')')) return args;
      this.expectSymbol(',');
    }
  }

  /** Counts one level of nesting around `parse`; this is what bounds the recursion. */
  private nested<T>(at: Token, parse: () => T): T {
    if (this.depth >= maxDepth) fail('expr.tooDeep', at.pos);
    this.depth++;
    const result = parse();
    this.depth--;
    return result;
  }

  private acceptWord(word: string): boolean {
    const token = this.lexer.peek();
    if (token.type !== 'word' || token.text !== word) return false;
    this.lexer.next();
    return true;
  }

  private acceptSymbol(text: SymbolText): boolean {
    const token = this.lexer.peek();
    if (token.type !== 'symbol' || token.text !== text) return false;
    this.lexer.next();
    return true;
  }

  private expectSymbol(text: SymbolText): void {
    if (!this.acceptSymbol(text)) this.unexpected(this.lexer.peek());
  }

  private unexpected(token: Token): never {
    if (token.type === 'end') return fail('expr.unexpectedEnd', token.pos);
    return fail('expr.unexpectedToken', token.pos, describe(token));
  }
}

function binary(op: BinaryOp, left: Expr, right: Expr): Expr {
  return { kind: 'binary', op, left, right };
}

function describe(token: Token): string {
  switch (token.type) {
    case 'number':
      return String(token.value);
    case 'string':
      return JSON.stringify(token.value.slice(0, 20));
    case 'ref':
      return `\${${token.id}}`;
    case 'word':
    case 'symbol':
      return token.text;
    case 'end':
      return '';
  }
}
