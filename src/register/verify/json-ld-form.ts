/**
 * Whether a credential secured by a Data Integrity proof is written in the plain JSON form that the
 * other checks read.
 *
 * The proof covers the credential's meaning, its RDF after JSON-LD expansion, not its JSON, and
 * JSON-LD can say the same thing in other shapes. The checks of dates, status and issuer, and the
 * facts a page shows, read JSON members by name: `validUntil` moved under a term that an inline
 * context declares `@nest`, or written under its full IRI, leaves the proof intact and the member
 * absent, so an expired credential would pass as current and a revoked one as never revoked.
 *
 * VC Data Model 2.0, "JSON Processing", allows a credential to be read as plain JSON only when it is
 * a conforming document whose contexts are the known ones in the expected order. Here that means:
 * every `@context` is URLs only (one written inline could define any term); no member is another
 * JSON-LD keyword (`@nest`, `@included`, `@graph`, …) or an IRI; no node is labelled as a blank
 * node, and a node inside the credential that has the credential's own `id` says nothing but its
 * type, as either would let the credential's statements be written elsewhere. (The 1EdTech
 * `complete.json` names the credential itself as its `refreshService`, with an id and a type.)
 */

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** RFC 6901: `~` and `/` escaped in a JSON Pointer's reference tokens. */
const pointerOf = (parent: string, key: string | number) =>
  `${parent}/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`;

function isUrlList(value: unknown): boolean {
  return typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'));
}

/** The JSON Pointer of the first member not in plain form, or undefined when all are. */
export function jsonLdFormProblem(credential: Json): string | undefined {
  const rootId = credential.id;
  const stack: { node: unknown; path: string }[] = [{ node: credential, path: '' }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (Array.isArray(node)) {
      node.forEach((child, i) => {
        stack.push({ node: child, path: pointerOf(path, i) });
      });
      continue;
    }
    if (!isObject(node)) continue;
    const isCredential = node !== credential && rootId !== undefined && node.id === rootId;
    for (const [key, value] of Object.entries(node)) {
      const at = pointerOf(path, key);
      if (isCredential && key !== 'id' && key !== 'type') return at;
      if (key === '@context') {
        if (!isUrlList(value)) return at;
        continue;
      }
      if (key.startsWith('@') || key.includes(':')) return at;
      if (key === 'id' && typeof value === 'string' && value.startsWith('_:')) return at;
      stack.push({ node: value, path: at });
    }
  }
  return undefined;
}
