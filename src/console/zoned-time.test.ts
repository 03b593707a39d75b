import { describe, expect, it } from 'vitest';
import { fromZoned, isTimeZone, toZoned } from './zoned-time.ts';

interface Case {
  date: string;
  time: string;
  zone: string;
  iso: string | undefined;
}

describe('zoned time', () => {
  it.each<Case>([
    { date: '2027-06-30', time: '23:59', zone: 'Europe/Brussels', iso: '2027-06-30T21:59:00.000Z' },
    { date: '2027-01-15', time: '09:00', zone: 'Europe/Brussels', iso: '2027-01-15T08:00:00.000Z' },
    { date: '2027-01-15', time: '09:00', zone: 'Europe/Helsinki', iso: '2027-01-15T07:00:00.000Z' },
    { date: '2027-01-15', time: '09:00', zone: 'UTC', iso: '2027-01-15T09:00:00.000Z' },
    // 28 March 2027, 02:30 does not exist in Brussels: clocks go from 02:00 to 03:00.
    { date: '2027-03-28', time: '02:30', zone: 'Europe/Brussels', iso: undefined },
    { date: '2027-02-30', time: '10:00', zone: 'Europe/Brussels', iso: undefined },
    { date: '2027-01-15', time: '24:00', zone: 'Europe/Brussels', iso: undefined },
    { date: '2027-01-15', time: '09:00', zone: 'Mars/Olympus', iso: undefined },
    { date: '15.01.2027', time: '09:00', zone: 'UTC', iso: undefined },
  ])('$date $time in $zone is $iso', ({ date, time, zone, iso }) => {
    expect(fromZoned(date, time, zone)?.toISOString()).toBe(iso);
  });

  it('reads an instant back on the zone’s clock', () => {
    expect(toZoned(new Date('2027-06-30T21:59:00Z'), 'Europe/Brussels')).toEqual({
      date: '2027-06-30',
      time: '23:59',
    });
    expect(isTimeZone('Europe/Ljubljana')).toBe(true);
    expect(isTimeZone('')).toBe(false);
  });
});
