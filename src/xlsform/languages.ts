/**
 * XLSForm names a language in column headers as `Name (code)`, e.g. `label::English (en)`; some
 * forms write the name alone. credmap keys texts by ISO 639-1 code, so both directions go through here.
 */
const englishNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** The header tag of a language: its English name and code, `Finnish (fi)`. */
export function languageTag(code: string): string {
  return `${englishNames.of(code) ?? code} (${code})`;
}

let namesToCodes: ReadonlyMap<string, string> | undefined;

// Built on first use only: 676 look-ups are cheap once, wasteful on every read.
function codesByName(): ReadonlyMap<string, string> {
  if (namesToCodes !== undefined) return namesToCodes;
  const map = new Map<string, string>();
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (const a of letters) {
    for (const b of letters) {
      const code = a + b;
      const english = englishNames.of(code);
      if (english === undefined || english === code) continue;
      map.set(english.toLowerCase(), code);
      const native = new Intl.DisplayNames([code], { type: 'language' }).of(code);
      if (native !== undefined && native !== code && !map.has(native.toLowerCase()))
        map.set(native.toLowerCase(), code);
    }
  }
  namesToCodes = map;
  return map;
}

/** The two-letter code of a header tag (`English (en)`, `en`, `English`, `Suomi`), if it has one. */
export function languageCode(tag: string): string | undefined {
  const text = tag.trim();
  const inBrackets = /\(\s*([A-Za-z]{2})\s*\)$/.exec(text);
  if (inBrackets?.[1] !== undefined) return inBrackets[1].toLowerCase();
  if (/^[A-Za-z]{2}$/.test(text)) return text.toLowerCase();
  return codesByName().get(text.toLowerCase());
}
