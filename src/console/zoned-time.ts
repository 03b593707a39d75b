/**
 * Dates and times as the study team types them, in a named time zone (IANA), to and from instants.
 * Intl is the only source of zone rules, so summer time follows the runtime's tz database.
 */

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

/** The wall-clock parts of an instant in a zone. */
function partsIn(instant: Date, zone: string) {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

/** An instant as `YYYY-MM-DD` and `HH:MM` on the zone's wall clock. */
export function toZoned(instant: Date, zone: string): { date: string; time: string } {
  return partsIn(instant, zone);
}

/**
 * The instant when the zone's wall clock shows `date` `time`; undefined for a malformed value or a
 * time that does not exist there (skipped by a change to summer time).
 */
export function fromZoned(date: string, time: string, zone: string): Date | undefined {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (d === null || t === null || !isTimeZone(zone)) return undefined;
  const [y, mo, da, h, mi] = [Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2])];
  if (mo < 1 || mo > 12 || da < 1 || da > 31 || h > 23 || mi > 59) return undefined;
  const asUtc = Date.UTC(y, mo - 1, da, h, mi);
  if (new Date(asUtc).getUTCDate() !== da) return undefined;
  // Two passes of "guess, see where the wall clock lands, correct" settle any offset.
  let guess = asUtc;
  for (let i = 0; i < 2; i++) {
    const seen = partsIn(new Date(guess), zone);
    const seenUtc = Date.parse(`${seen.date}T${seen.time}:00Z`);
    guess += asUtc - seenUtc;
  }
  const check = partsIn(new Date(guess), zone);
  return check.date === date && check.time === time ? new Date(guess) : undefined;
}
