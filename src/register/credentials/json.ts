/** Small helpers for writing JSON(-LD) objects. */

export type JsonObject = Record<string, unknown>;
export type Text = Readonly<Record<string, string>>;

/** The object without its `undefined` members, so that optional fields are absent, not undefined. */
export function defined(fields: Readonly<Record<string, unknown>>): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) out[key] = value;
  return out;
}

/** A list, or undefined when it is empty. */
export const nonEmpty = <T>(list: readonly T[]): readonly T[] | undefined =>
  list.length > 0 ? list : undefined;

/** The text in `lang`, else English, else the first there is. */
export function pick(text: Text | undefined, lang: string): string | undefined {
  if (text === undefined) return undefined;
  return text[lang] ?? text.en ?? Object.values(text)[0];
}
