import { isStorableText, shownKey } from '../store/index.ts';

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
