/**
 * JSON imports: Europass credentials (ELM v3) and Open Badges 3.0, whole or as the bare definition
 * of what they award, one or many. The kind of each item is told by its content; the model's mappers
 * (from-credential.ts) do the mapping, so an imported item reads exactly as a verified one would.
 */
import {
  fromAchievement,
  fromElm,
  fromLearningAchievementSpecification,
  fromOpenBadge,
  type MappingResult,
} from '../model/index.ts';
import type { ImportProblem } from './problems.ts';

/** What a JSON item was taken for. */
export type JsonKind =
  | 'elm-credential'
  | 'elm-specification'
  | 'open-badge-credential'
  | 'open-badge-achievement';

export interface JsonItem {
  /** 1-based position among the items found (1 for a single object). */
  readonly entry: number;
  readonly kind: JsonKind;
  readonly mapped: MappingResult;
}

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const typesOf = (node: Json): string[] =>
  [node.type].flat().filter((t): t is string => typeof t === 'string');

/** Nesting deeper than this is refused before any mapper walks it (the mappers recurse). */
export const MAX_JSON_DEPTH = 64;

/** Whether a parsed JSON value nests deeper than `max`, checked without recursion. */
export function tooDeep(value: unknown, max = MAX_JSON_DEPTH): boolean {
  const stack: { node: unknown; depth: number }[] = [{ node: value, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number };
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= max) return true;
    for (const child of Object.values(node)) stack.push({ node: child, depth: depth + 1 });
  }
  return false;
}

/** The kind of one item, by its `type` first and its shape second. */
function kindOf(node: Json): JsonKind | undefined {
  const types = typesOf(node);
  const subject = [node.credentialSubject].flat()[0];
  if (types.includes('EuropeanDigitalCredential') || (isRecord(subject) && 'hasClaim' in subject))
    return 'elm-credential';
  if (
    types.includes('AchievementCredential') ||
    types.includes('OpenBadgeCredential') ||
    (isRecord(subject) && 'achievement' in subject)
  )
    return 'open-badge-credential';
  if (types.includes('Achievement')) return 'open-badge-achievement';
  if (types.includes('LearningAchievementSpecification') || types.includes('Qualification'))
    return 'elm-specification';
  return undefined;
}

/**
 * The items of a document: an array of them; an object listing achievements (`achievement: […]`,
 * as a CLR subject or an achievement list does) or credentials (`credential: […]`, the OB 3.0 API's
 * GetOpenBadgeCredentialsResponse); a JWS in JSON serialization whose `payload` is a credential (a
 * sealed EDC: the import reads it, it does not verify it); or one item.
 */
function itemsOf(doc: unknown): unknown[] {
  if (Array.isArray(doc)) return doc.flatMap((d) => (isRecord(d) ? unwrap(d) : [d]));
  if (isRecord(doc) && kindOf(doc) === undefined) {
    for (const key of ['achievement', 'credential']) {
      const list = doc[key];
      if (Array.isArray(list)) return list.flatMap((d) => (isRecord(d) ? unwrap(d) : [d]));
    }
  }
  return isRecord(doc) ? unwrap(doc) : [doc];
}

/** A JWS JSON serialization (`payload` + `signatures`) stands for the credential in its payload. */
function unwrap(node: Json): unknown[] {
  if (typeof node.payload !== 'string' || !('signatures' in node || 'signature' in node)) return [node];
  try {
    const payload: unknown = JSON.parse(node.payload);
    return [isRecord(payload) && !tooDeep(payload) ? payload : node];
  } catch {
    return [node];
  }
}

const mappers: Readonly<Record<JsonKind, (value: unknown) => MappingResult>> = {
  'elm-credential': fromElm,
  'elm-specification': fromLearningAchievementSpecification,
  'open-badge-credential': fromOpenBadge,
  'open-badge-achievement': fromAchievement,
};

/** Every item of a parsed document mapped, or an `unknownJson` problem for each item that is none of the four. */
export function readJsonItems(
  doc: unknown,
  maxItems: number,
): { items: JsonItem[]; problems: ImportProblem[]; count: number } {
  const found = itemsOf(doc);
  if (found.length > maxItems) return { items: [], problems: [], count: found.length };
  const items: JsonItem[] = [];
  const problems: ImportProblem[] = [];
  found.forEach((node, i) => {
    const entry = i + 1;
    const kind = isRecord(node) ? kindOf(node) : undefined;
    if (kind === undefined) problems.push({ entry, code: 'unknownJson' });
    else items.push({ entry, kind, mapped: mappers[kind](node) });
  });
  return { items, problems, count: found.length };
}
