import type { Expr } from '../questionnaire/index.ts';
import { parseExpression, printExpression } from '../questionnaire/index.ts';

/**
 * XLSForm writes expressions in (a subset of) XPath 1.0 with `${name}` references; credmap has
 * its own small language (src/questionnaire/expression/README.md). This reads the XPath subset
 * into credmap's tree, so precedence differences are settled by structure (XPath binds `<` tighter
 * than `=`, credmap does not), and prints it in credmap's canonical form.
 */
export type TranslateResult =
  | { readonly ok: true; readonly expression: string }
  | { readonly ok: false; readonly code: string; readonly detail: string };

/** XPath functions under another name in credmap; a Map, so that `constructor` is no function here. */
const renamed: ReadonlyMap<string, string> = new Map([
  ['count-selected', 'count_selected'],
  ['string-length', 'length'],
]);

/** Same name and meaning in both languages, plus credmap's own (answered, age, year). */
const sameName = new Set([
  'selected',
  'count',
  'if',
  'today',
  'concat',
  'coalesce',
  'round',
  'int',
  'number',
  'string',
  'sum',
  'min',
  'max',
  'contains',
  'answered',
  'age',
  'year',
]);

/** Translated by callOf itself rather than by name. */
const special = new Set(['not', 'true', 'false', 'null', 'date']);

const maxLength = 4000;
const maxDepth = 64;

type Token =
  /** `text` as written, for the issue when the value is too large for a double. */
  | { readonly type: 'number'; readonly value: number; readonly text: string }
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'ref'; readonly id: string }
  /** A function name, or any other name, which the parser refuses. */
  | { readonly type: 'name'; readonly text: string }
  /** `and`, `or`, `div`, `mod` where XPath reads them as operators (see tokenize). */
  | { readonly type: 'operator'; readonly text: string }
  | { readonly type: 'symbol'; readonly text: string }
  | { readonly type: 'end' };

class Failure {
  constructor(
    readonly code: string,
    readonly detail: string,
  ) {}
}

const symbols = ['!=', '<=', '>=', '(', ')', ',', '=', '<', '>', '+', '-', '*'];
/** Path syntax: XLSForm forms refer to answers with ${name}, credmap has no document paths. */
const pathSymbols = ['..', '/', '[', ']', '@', '|', '::'];
const operatorNames = new Set(['and', 'or', 'div', 'mod']);

/**
 * XPath 1.0 section 3.7 (Lexical Structure): "If there is a preceding token and the preceding token
 * is not one of @, ::, (, [, , or an Operator, then [...] an NCName must be recognized as an
 * OperatorName." That rule comes first: after an operand, `and` is the operator even before a bracket
 * (`${a} and (${b} or ${c})`); anywhere else a name is a function (or a name test). `@`, `::` and `[`
 * are path syntax, refused before they get here.
 */
const endsOperand = (previous: Token | undefined): boolean =>
  previous !== undefined &&
  previous.type !== 'operator' &&
  (previous.type !== 'symbol' || previous.text === ')' || previous.text === '.');

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';
  while (i < source.length) {
    const ch = source[i] ?? '';
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '$') {
      const match = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}/.exec(source.slice(i, i + 80));
      if (match?.[1] === undefined) throw new Failure('xlsform.badExpression', source);
      tokens.push({ type: 'ref', id: match[1] });
      i += match[0].length;
      continue;
    }
    if (ch === "'" || ch === '"') {
      const close = source.indexOf(ch, i + 1);
      if (close === -1) throw new Failure('xlsform.badExpression', source);
      tokens.push({ type: 'string', value: source.slice(i + 1, close) });
      i = close + 1;
      continue;
    }
    if (isDigit(ch) || (ch === '.' && isDigit(source[i + 1]))) {
      const match = /^\d*(\.\d+)?/.exec(source.slice(i)) ?? [''];
      const text = match[0].startsWith('.') ? `0${match[0]}` : match[0];
      tokens.push({ type: 'number', value: Number(text), text: match[0] });
      i += match[0].length;
      continue;
    }
    const path = pathSymbols.find((s) => source.startsWith(s, i));
    if (path !== undefined) throw new Failure('xlsform.badExpression', source);
    if (ch === '.') {
      tokens.push({ type: 'symbol', text: '.' });
      i++;
      continue;
    }
    const symbol = symbols.find((s) => source.startsWith(s, i));
    if (symbol !== undefined) {
      tokens.push({ type: 'symbol', text: symbol });
      i += symbol.length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_.:-]*/.exec(source.slice(i, i + 100));
    if (name === null) throw new Failure('xlsform.badExpression', source);
    // A name may not end in `-`: `${a}-1` is handled above, but `x-` would swallow a minus.
    const text = name[0].replace(/[-.:]+$/, '');
    // Any other name after an operand is a syntax error, which the parser reports where it meets it.
    const operator = operatorNames.has(text) && endsOperand(tokens.at(-1));
    tokens.push({ type: operator ? 'operator' : 'name', text });
    i += text.length;
  }
  tokens.push({ type: 'end' });
  return tokens;
}

const binary = (op: Extract<Expr, { kind: 'binary' }>['op'], left: Expr, right: Expr): Expr => ({
  kind: 'binary',
  op,
  left,
  right,
});

class XPathParser {
  private position = 0;
  private depth = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly source: string,
  ) {}

  parse(): Expr {
    const expr = this.or();
    if (this.peek().type !== 'end') this.fail();
    return expr;
  }

  private peek(): Token {
    return this.tokens[this.position] ?? { type: 'end' };
  }

  private next(): Token {
    const token = this.peek();
    this.position++;
    return token;
  }

  private fail(): never {
    throw new Failure('xlsform.badExpression', this.source);
  }

  private isSymbol(text: string): boolean {
    const token = this.peek();
    return token.type === 'symbol' && token.text === text;
  }

  private isOperator(text: string): boolean {
    const token = this.peek();
    return token.type === 'operator' && token.text === text;
  }

  private expect(text: string): void {
    if (!this.isSymbol(text)) this.fail();
    this.position++;
  }

  private nested<T>(read: () => T): T {
    if (++this.depth > maxDepth) this.fail();
    const result = read();
    this.depth--;
    return result;
  }

  private or(): Expr {
    let left = this.and();
    while (this.isOperator('or')) {
      this.position++;
      left = binary('or', left, this.and());
    }
    return left;
  }

  private and(): Expr {
    let left = this.equality();
    while (this.isOperator('and')) {
      this.position++;
      left = binary('and', left, this.equality());
    }
    return left;
  }

  private equality(): Expr {
    let left = this.relational();
    for (;;) {
      const op = ['=', '!='].find((s) => this.isSymbol(s));
      if (op !== '=' && op !== '!=') return left;
      this.position++;
      left = binary(op, left, this.relational());
    }
  }

  private relational(): Expr {
    let left = this.additive();
    for (;;) {
      const op = ['<=', '>=', '<', '>'].find((s) => this.isSymbol(s));
      if (op !== '<' && op !== '<=' && op !== '>' && op !== '>=') return left;
      this.position++;
      left = binary(op, left, this.additive());
    }
  }

  private additive(): Expr {
    let left = this.multiplicative();
    for (;;) {
      const op = ['+', '-'].find((s) => this.isSymbol(s));
      if (op !== '+' && op !== '-') return left;
      this.position++;
      left = binary(op, left, this.multiplicative());
    }
  }

  private multiplicative(): Expr {
    let left = this.unary();
    for (;;) {
      if (this.isSymbol('*')) {
        this.position++;
        left = binary('*', left, this.unary());
      } else if (this.isOperator('div')) {
        this.position++;
        left = binary('/', left, this.unary());
      } else if (this.isOperator('mod')) {
        throw new Failure('xlsform.unsupportedOperator', 'mod');
      } else {
        return left;
      }
    }
  }

  private unary(): Expr {
    if (!this.isSymbol('-')) return this.primary();
    this.position++;
    return this.nested(() => ({ kind: 'unary', op: '-', arg: this.unary() }));
  }

  private primary(): Expr {
    const token = this.next();
    switch (token.type) {
      case 'number':
        // Too large for a double: refused, as credmap's own lexer does, rather than read as infinity.
        if (!Number.isFinite(token.value)) throw new Failure('xlsform.badNumber', token.text);
        return { kind: 'literal', value: token.value };
      case 'string':
        return { kind: 'literal', value: token.value };
      case 'ref':
        return { kind: 'ref', id: token.id };
      case 'name':
        return this.call(token.text);
      case 'symbol':
        if (token.text === '.') return { kind: 'self' };
        if (token.text === '(') {
          const inner = this.nested(() => this.or());
          this.expect(')');
          return inner;
        }
        return this.fail();
      case 'operator':
      case 'end':
        return this.fail();
    }
  }

  private call(name: string): Expr {
    if (!this.isSymbol('(')) this.fail();
    // The function is judged before its arguments, so the first problem in reading order is reported.
    if (!special.has(name) && !renamed.has(name) && !sameName.has(name))
      throw new Failure('xlsform.unsupportedFunction', name);
    this.position++;
    const args: Expr[] = [];
    if (!this.isSymbol(')')) {
      this.nested(() => {
        args.push(this.or());
        while (this.isSymbol(',')) {
          this.position++;
          args.push(this.or());
        }
      });
    }
    this.expect(')');
    return callOf(name, args, this.source);
  }
}

function callOf(name: string, args: readonly Expr[], source: string): Expr {
  const [first] = args;
  switch (name) {
    case 'not':
      if (args.length !== 1 || first === undefined) throw new Failure('xlsform.badExpression', source);
      return { kind: 'unary', op: 'not', arg: first };
    case 'true':
    case 'false':
    case 'null':
      if (args.length !== 0) throw new Failure('xlsform.badExpression', source);
      return { kind: 'literal', value: name === 'null' ? null : name === 'true' };
    case 'date':
      // ISO dates compare correctly as text, so a literal date is just its text in credmap.
      if (
        args.length === 1 &&
        first?.kind === 'literal' &&
        typeof first.value === 'string' &&
        /^\d{4}-\d{2}-\d{2}$/.test(first.value)
      )
        return first;
      throw new Failure('xlsform.unsupportedFunction', name);
  }
  const credmapName = renamed.get(name) ?? (sameName.has(name) ? name : undefined);
  if (credmapName === undefined) throw new Failure('xlsform.unsupportedFunction', name);
  return { kind: 'call', name: credmapName, args };
}

/** An XLSForm expression in credmap's language, checked by credmap's own parser; never throws. */
export function fromXPath(source: string): TranslateResult {
  if (source.length > maxLength) return { ok: false, code: 'xlsform.badExpression', detail: source };
  try {
    const expression = printExpression(new XPathParser(tokenize(source), source).parse());
    const checked = parseExpression(expression);
    return checked.ok
      ? { ok: true, expression }
      : { ok: false, code: 'xlsform.badExpression', detail: source };
  } catch (error) {
    if (error instanceof Failure) return { ok: false, code: error.code, detail: error.detail };
    return { ok: false, code: 'xlsform.badExpression', detail: source };
  }
}
