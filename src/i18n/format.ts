/**
 * A moment as respondents in `language` read it, in the study's time zone, with the zone named
 * ("31 March 2027 at 23:59 CEST").
 */
export function formatDateTime(language: string, date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone,
    timeZoneName: undefined,
  })
    .format(date)
    .concat(' ', zoneName(language, date, timeZone));
}

function zoneName(language: string, date: Date, timeZone: string): string {
  const part = new Intl.DateTimeFormat(language, { timeZone, timeZoneName: 'short' })
    .formatToParts(date)
    .find((p) => p.type === 'timeZoneName');
  return part === undefined ? '' : `(${part.value})`;
}

/** An ISO date (YYYY-MM-DD) in the language's long form. */
export function formatIsoDate(language: string, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** Today's date (YYYY-MM-DD) in a time zone. */
export function todayIn(timeZone: string, now: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** A country's name in the language (CLDR, from the runtime). */
export function countryName(language: string, code: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "a, b and c" in the language. */
export function formatList(language: string, items: readonly string[]): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);
}

/** Numbers in the language's notation (7,5 in most of Europe). */
export function formatNumber(language: string, value: number): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 10 }).format(value);
}
