/** A text in several languages: language code (ISO 639-1) -> string. */
export type LocalizedText = Readonly<Record<string, string>>;

/**
 * The text in `language`, else in `fallback`, else the first one there is.
 * Published questionnaires have every text in every language they declare; the fallback
 * covers drafts and previews.
 */
export function resolveText(text: LocalizedText | undefined, language: string, fallback: string): string {
  if (text === undefined) return '';
  return text[language] ?? text[fallback] ?? Object.values(text)[0] ?? '';
}
