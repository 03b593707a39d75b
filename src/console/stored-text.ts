/**
 * What the database cannot store: NUL (PostgreSQL's text and jsonb have no place for it) and a lone
 * surrogate (half of a UTF-16 pair, which jsonb refuses and text turns into U+FFFD). Every other
 * character, control characters included, is stored as it came.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding NUL is the point
const unstorable = /\u0000|\p{Surrogate}/u;

export const isStorableText = (text: string): boolean => !unstorable.test(text);

/** Nesting deeper than this is refused, as the register's import refuses it (MAX_JSON_DEPTH). */
export const maxJsonDepth = 64;

/** How a path names the whole value, in every language: JSONPath's root (RFC 9535, 2.2). */
export const rootPath = '$';

export type JsonInputProblem =
  | { readonly code: 'tooDeep'; readonly max: number }
  /** `path` as Zod prints one: keys and indexes joined with dots, empty for the value itself. */
  | { readonly code: 'unstorable'; readonly path: string };

interface Visit {
  readonly node: unknown;
  readonly depth: number;
  readonly key: string | undefined;
  readonly parent: Visit | undefined;
}

/**
 * The first problem of a parsed JSON (or YAML) value that no later step should meet: nesting deeper
 * than `maxJsonDepth` (JSON.stringify, the schemas and the mappers recurse, and a YAML alias can even
 * make a cycle), or a key or a string the database cannot store. Walked without recursion, so the
 * check itself cannot run out of stack; run before anything else reads the value.
 */
export function jsonInputProblem(value: unknown): JsonInputProblem | undefined {
  const stack: Visit[] = [{ node: value, depth: 0, key: undefined, parent: undefined }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { node, depth } = visit;
    if (typeof node === 'string') {
      if (!isStorableText(node)) return { code: 'unstorable', path: pathOf(visit) };
      continue;
    }
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= maxJsonDepth) return { code: 'tooDeep', max: maxJsonDepth };
    for (const [key, child] of Object.entries(node)) {
      const at = { node: child, depth: depth + 1, key, parent: visit };
      if (!isStorableText(key)) return { code: 'unstorable', path: pathOf(at) };
      stack.push(at);
    }
  }
  return undefined;
}

function pathOf(visit: Visit): string {
  const keys: string[] = [];
  for (let at: Visit | undefined = visit; at?.key !== undefined; at = at.parent)
    // The key itself may be what cannot be stored: shown with the character escaped.
    keys.push(shownKey(at.key));
  return keys.reverse().join('.');
}

/**
 * A text cut to at most `max` UTF-16 units, one fewer where the cut would fall inside a surrogate
 * pair: `slice` alone would leave half of an emoji, a lone surrogate the database refuses in JSON.
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

/** A key as a message shows it: with a character that cannot be stored escaped, as JSON writes it. */
export const shownKey = (key: string): string =>
  isStorableText(key) ? key : JSON.stringify(key).slice(1, -1);
