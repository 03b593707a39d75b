/**
 * Intl formatters are slow to make and cheap to use: each one is made once per language, zone and
 * options, and kept (a handful per installation: eight languages, a few time zones).
 */
function cached<T>(make: (...key: string[]) => T): (...key: string[]) => T {
  const made = new Map<string, T>();
  return (...key) => {
    const id = key.join('\u0000');
    let value = made.get(id);
    if (value === undefined) {
      value = make(...key);
      // Keys come from study settings and checked language codes; the bound is a guard all the same.
      if (made.size >= 256) made.clear();
      made.set(id, value);
    }
    return value;
  };
}

const longDateTime = cached(
  (language, timeZone) =>
    new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short', timeZone }),
);
const zoneNames = cached(
  (language, timeZone) => new Intl.DateTimeFormat(language, { timeZone, timeZoneName: 'short' }),
);
const longDate = cached(
  (language) => new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }),
);
const isoDay = cached(
  (timeZone) =>
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }),
);
const regionNames = cached(
  (language) => new Intl.DisplayNames([language], { type: 'region', fallback: 'code' }),
);
const conjunctions = cached(
  (language) => new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }),
);
const numbers = cached((language) => new Intl.NumberFormat(language, { maximumFractionDigits: 10 }));
const plainNumbers = cached(
  (language) => new Intl.NumberFormat(language, { useGrouping: false, maximumFractionDigits: 10 }),
);

/**
 * Slovenian names the month of a date in the genitive ("do 31. decembra 2027", "Ljubljana, 5. maja
 * 2027"), as Slovenski pravopis (2001) has dates written; CLDR gives `sl` the nominative in dates
 * too ("31. december 2027"), which reads as a slip after "do" (until) and in any sentence. Polish
 * and Finnish have their genitive and partitive from CLDR already.
 */
const slovenianGenitive: ReadonlyMap<string, string> = new Map([
  ['januar', 'januarja'],
  ['februar', 'februarja'],
  ['marec', 'marca'],
  ['april', 'aprila'],
  ['maj', 'maja'],
  ['junij', 'junija'],
  ['julij', 'julija'],
  ['avgust', 'avgusta'],
  ['september', 'septembra'],
  ['oktober', 'oktobra'],
  ['november', 'novembra'],
  ['december', 'decembra'],
]);

/** A long date as the formatter writes it, with the month in the case a date takes in `language`. */
function longForm(format: Intl.DateTimeFormat, language: string, date: Date): string {
  if (language !== 'sl') return format.format(date);
  return format
    .formatToParts(date)
    .map((p) => (p.type === 'month' ? (slovenianGenitive.get(p.value) ?? p.value) : p.value))
    .join('');
}

/**
 * A moment as respondents in `language` read it, in the study's time zone, with the zone named
 * ("31 March 2027 at 23:59 CEST").
 */
export function formatDateTime(language: string, date: Date, timeZone: string): string {
  return longForm(longDateTime(language, timeZone), language, date).concat(
    ' ',
    zoneName(language, date, timeZone),
  );
}

function zoneName(language: string, date: Date, timeZone: string): string {
  const part = zoneNames(language, timeZone)
    .formatToParts(date)
    .find((p) => p.type === 'timeZoneName');
  return part === undefined ? '' : `(${part.value})`;
}

/** An ISO date (YYYY-MM-DD) in the language's long form. */
export function formatIsoDate(language: string, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return longForm(longDate(language), language, new Date(Date.UTC(y, m - 1, d)));
}

/** The last day computed per time zone, with the minute it holds for. */
const days = new Map<string, { minute: number; day: string }>();

/**
 * Today's date (YYYY-MM-DD) in a time zone. Formatted once a minute per zone: a day starts on a
 * whole minute in every zone (offsets are whole minutes), and a page asks on every request.
 */
export function todayIn(timeZone: string, now: Date): string {
  const minute = Math.floor(now.getTime() / 60_000);
  const last = days.get(timeZone);
  if (last?.minute === minute) return last.day;
  const day = isoDay(timeZone).format(now);
  days.set(timeZone, { minute, day });
  return day;
}

const countryNames = new Map<string, string>();

/** A country's name in the language (CLDR, from the runtime), kept once asked. */
export function countryName(language: string, code: string): string {
  const key = `${language}\u0000${code}`;
  let name = countryNames.get(key);
  if (name === undefined) {
    try {
      name = regionNames(language).of(code) ?? code;
    } catch {
      name = code;
    }
    // Codes come from questionnaires and answers: a bounded set, but a bound keeps it one.
    if (countryNames.size < 10_000) countryNames.set(key, name);
  }
  return name;
}

/** "a, b and c" in the language. */
export function formatList(language: string, items: readonly string[]): string {
  return conjunctions(language).format(items);
}

/** Numbers in the language's notation (7,5 in most of Europe). */
export function formatNumber(language: string, value: number): string {
  return numbers(language).format(value);
}

/**
 * A respondent's number as typed and read back: the language's decimal mark and no grouping, so
 * that it reads as the same number in that language and parses back to it (German 2,125 is two and
 * a bit; 2.125 would be read as two thousand).
 */
export function formatAnswerNumber(language: string, value: number): string {
  return plainNumbers(language).format(value);
}
