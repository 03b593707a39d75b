/**
 * Limits on what a pasted credential may be before any library reads it, and the dates inside it.
 * Pure: no I/O.
 */

/**
 * The deepest nesting of arrays and objects a credential may have. Real ones nest about a dozen
 * levels (the Commission's Europass samples 11, the 1EdTech `complete.json` 10); the JSON-LD
 * processor, the JSON Schema validator and the mappers all recurse, and a few hundred levels run
 * them out of stack, which jsonld reports as a failed proof rather than as an unreadable input.
 */
export const MAX_JSON_DEPTH = 64;

/** Whether a parsed JSON value nests deeper than `max`. Walked with a stack: the walk itself cannot overflow. */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: { node: unknown; depth: number }[] = [{ node: value, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= max) return true;
    for (const child of Object.values(node))
      if (typeof child === 'object' && child !== null) stack.push({ node: child, depth: depth + 1 });
  }
  return false;
}

/** Proleptic Gregorian leap years, year 0 included (XML Schema 1.1 Part 2, §3.3.7 dateTime, year 0000 = 1 BCE). */
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const DATE_TIME_PARTS =
  /^(-?\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:Z|[+-](\d{2}):(\d{2}))?$/;

/**
 * Whether an xsd:dateTime names a moment that exists: a month of 1–12, a day that month has, an
 * hour of 0–23 (or 24:00:00, the end of the day, XML Schema 1.1 §3.3.7), minutes and seconds below
 * 60 and a time zone within ±14:00. `Date.parse` is lenient here: it reads 30 February as 1 or 2
 * March, so a credential "valid until 2030-02-30" would be judged against a day its issuer never wrote.
 */
export function isCalendarDateTime(text: string): boolean {
  const m = DATE_TIME_PARTS.exec(text);
  if (m === null) return false;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (month < 1 || month > 12) return false;
  const days = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
  if (day < 1 || day > days) return false;
  const fraction = m[7] === undefined ? 0 : Number(m[7]);
  const endOfDay = hour === 24 && minute === 0 && second === 0 && fraction === 0;
  if ((hour > 23 && !endOfDay) || minute > 59 || second > 59) return false;
  if (m[8] !== undefined && (Number(m[8]) > 14 || Number(m[9]) > 59)) return false;
  return true;
}

/**
 * ECMAScript dates reach ±8.64e15 ms from 1970 (ECMA-262, "Time Values and Time Range"); a JWT
 * `nbf` or `exp` beyond that names no moment a date can hold.
 */
export const MAX_TIME_MS = 8.64e15;
