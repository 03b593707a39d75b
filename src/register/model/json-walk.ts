/**
 * Reading credentials as plain JSON, with a record of which paths were used, so the mappers can
 * list what they could not map. Paths look like `credentialSubject.hasClaim.specifiedBy.title` and
 * `issuer.location[1]`; `$` is the whole input.
 */
export type Json = Record<string, unknown>;

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value with the path it was found at. */
export interface At<T = unknown> {
  readonly value: T;
  readonly path: string;
}

export const join = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);

/** JSON-LD lets a property hold one value or an array: both as a list, with their paths. */
export function items(node: unknown, key: string, path: string): At[] {
  if (!isRecord(node) || !Object.hasOwn(node, key)) return [];
  const value = node[key];
  const at = join(path, key);
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return [{ value, path: at }];
  return value.map((v, i) => ({ value: v, path: `${at}[${i}]` }));
}

/** The first object under `key`. */
export function firstRecord(node: unknown, key: string, path: string): At<Json> | undefined {
  const found = items(node, key, path).find((i) => isRecord(i.value));
  return found === undefined ? undefined : { value: found.value as Json, path: found.path };
}

/** A non-empty trimmed string. */
export function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function own(node: unknown, key: string): unknown {
  return isRecord(node) && Object.hasOwn(node, key) ? node[key] : undefined;
}

/** Which parts of a credential a mapping used. */
export class Usage {
  readonly paths = new Set<string>();
  /** Node ids used: ELM repeats an Organisation inline wherever it is referred to. */
  readonly ids = new Set<string>();

  use(path: string): void {
    this.paths.add(path);
  }

  useNode(at: At): void {
    this.paths.add(at.path);
    const id = own(at.value, 'id');
    if (typeof id === 'string') this.ids.add(id);
  }
}

/** Keys that identify or type a node, or wrap the credential, rather than say something about the microcredential. */
const STRUCTURAL = new Set(['@context', 'id', 'type']);

/**
 * The paths of `doc` that hold something no used path covers: a subtree is reported once, at its
 * top, when nothing inside it was used.
 */
export function unusedPaths(doc: unknown, usage: Usage, ignoreAtRoot: ReadonlySet<string>): string[] {
  const used = [...usage.paths];
  const out: string[] = [];
  const visit = (node: unknown, path: string): void => {
    if (usage.paths.has(path)) return;
    const id = own(node, 'id');
    if (typeof id === 'string' && usage.ids.has(id)) return;
    const inside = path === '' || used.some((u) => u.startsWith(`${path}.`) || u.startsWith(`${path}[`));
    if (!inside) {
      out.push(path);
      return;
    }
    if (Array.isArray(node)) {
      for (const [i, child] of node.entries()) visit(child, `${path}[${i}]`);
    } else if (isRecord(node)) {
      for (const [key, child] of Object.entries(node)) {
        if (STRUCTURAL.has(key) || (path === '' && ignoreAtRoot.has(key))) continue;
        if (child === null || child === undefined || child === '') continue;
        visit(child, join(path, key));
      }
    }
  };
  visit(doc, '');
  return out;
}
