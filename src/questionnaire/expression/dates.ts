import type { Value } from './ast.ts';

/** A calendar date, from the ISO form `YYYY-MM-DD` that date answers and `today()` use. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

export function toDate(value: Value): CalendarDate | null {
  if (typeof value !== 'string') return null;
  const match = isoDate.exec(value);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const valid = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  return valid ? { year, month, day } : null;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function before(a: CalendarDate, b: CalendarDate): boolean {
  if (a.year !== b.year) return a.year < b.year;
  if (a.month !== b.month) return a.month < b.month;
  return a.day < b.day;
}

/**
 * Whole years from `from` to `to`, counted like birthdays (someone born on 29 February turns a
 * year older on 1 March in common years); negative when `from` is later.
 */
export function wholeYears(from: CalendarDate, to: CalendarDate): number {
  if (before(to, from)) {
    const years = wholeYears(to, from);
    return years === 0 ? 0 : -years; // never -0
  }
  const birthdayPassed = to.month > from.month || (to.month === from.month && to.day >= from.day);
  return to.year - from.year - (birthdayPassed ? 0 : 1);
}
