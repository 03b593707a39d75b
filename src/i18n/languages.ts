/** The languages credmap's own pages speak. Questionnaires declare their own subset. */
export const uiLanguages = ['en', 'nl', 'fi', 'de', 'fr', 'pl', 'es', 'sl'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

export function isUiLanguage(value: string): value is UiLanguage {
  return (uiLanguages as readonly string[]).includes(value);
}

/** Each language's name in itself, for the language switcher. */
export const languageNames: Readonly<Record<UiLanguage, string>> = {
  en: 'English',
  nl: 'Nederlands',
  fi: 'Suomi',
  de: 'Deutsch',
  fr: 'Français',
  pl: 'Polski',
  es: 'Español',
  sl: 'Slovenščina',
};

/** A language's name in itself, or its code when credmap does not speak it. */
export const languageName = (code: string): string => (isUiLanguage(code) ? languageNames[code] : code);

/**
 * The best of `available` for an Accept-Language header, by quality and then order; the first
 * available language when nothing matches.
 */
export function negotiateLanguage(header: string | undefined, available: readonly string[]): string {
  const fallback = available[0] ?? 'en';
  if (header === undefined) return fallback;
  const wanted = header
    .split(',')
    .slice(0, 20)
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q === undefined ? 1 : Number.parseFloat(q.slice(2));
      return {
        language: tag.toLowerCase().split('-')[0] ?? '',
        quality: Number.isFinite(quality) ? quality : 0,
        order,
      };
    })
    .filter((w) => w.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.order - b.order);
  return wanted.find((w) => available.includes(w.language))?.language ?? fallback;
}
