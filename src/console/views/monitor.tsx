import { countryName, formatDateTime, formatIsoDate, languageName, todayIn } from '../../i18n/index.ts';
import type { Bar, Day } from '../../respondent/index.ts';
import { BarChart, DayChart } from '../../respondent/index.ts';
import type { BreakdownRow, InstrumentFigures, StudyRow } from '../../store/index.ts';
import type { ConsoleKey, ConsoleTranslate } from '../messages/index.ts';

/** The fieldwork monitor's pieces: figures as text, breakdown tables with their charts, days. */

export const sectionTitle: Readonly<Record<'targetGroup' | 'country' | 'language', ConsoleKey>> = {
  targetGroup: 'console.monitor.byGroup',
  country: 'console.monitor.byCountry',
  language: 'console.monitor.byLanguage',
};

/** Numbers as the reader writes them. */
export function formats(lang: string) {
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  const decimal = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const dayLabel = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return {
    count: (n: number) => decimal.format(n),
    rate: (part: number, whole: number): string | undefined =>
      whole === 0 ? undefined : percent.format(part / whole),
    minutes: (seconds: number) => decimal.format(seconds / 60),
    day: (iso: string) => dayLabel.format(new Date(`${iso}T00:00:00Z`)),
  };
}

/** The figures a page shows and the script refreshes, by the key of their cell. */
export function instrumentCells(
  t: ConsoleTranslate,
  f: InstrumentFigures,
  prefix: string,
): Record<string, string> {
  const fmt = formats(t.lang);
  const none = t('console.monitor.notYet');
  return {
    [`${prefix}started`]: fmt.count(f.started),
    [`${prefix}completed`]: fmt.count(f.completed),
    [`${prefix}partial`]: fmt.count(f.partial),
    [`${prefix}completionRate`]: fmt.rate(f.completed, f.started) ?? none,
    [`${prefix}invited`]: fmt.count(f.invited),
    [`${prefix}responseRate`]: fmt.rate(f.invitedCompleted, f.invited) ?? none,
    [`${prefix}median`]:
      f.medianSeconds === null
        ? none
        : t('console.monitor.minutes', { minutes: fmt.minutes(f.medianSeconds) }),
    [`${prefix}excluded`]: fmt.count(f.excluded),
  };
}

/** Every day from the first response to today, stretched to the closing day when that is near. */
export function dayRange(
  rows: readonly { day: string; completed: number }[],
  today: string,
  closes?: string,
): string[] {
  if (rows.length === 0) return [];
  const first = rows[0]!.day;
  let last = rows[rows.length - 1]!.day > today ? rows[rows.length - 1]!.day : today;
  const dayMs = 86_400_000;
  const toMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
  if (closes !== undefined && closes > last && toMs(closes) - toMs(last) <= 60 * dayMs) last = closes;
  const start = Math.max(toMs(first), toMs(last) - 400 * dayMs);
  const days: string[] = [];
  for (let ms = start; ms <= toMs(last); ms += dayMs) days.push(new Date(ms).toISOString().slice(0, 10));
  return days;
}

export const LiveControls = (props: { t: ConsoleTranslate; source: string }) => (
  <div
    class="monitor-live"
    data-monitor-source={props.source}
    data-pause={props.t('console.monitor.live.pause')}
    data-resume={props.t('console.monitor.live.resume')}
    data-updated={props.t('console.monitor.live.updated')}
  >
    <p class="meta">{props.t('console.monitor.live.note')}</p>
  </div>
);

export const labelOf = (
  t: ConsoleTranslate,
  level: 'targetGroup' | 'country' | 'language',
  r: BreakdownRow,
) => {
  const unknown = t('console.monitor.unknown');
  if (level === 'targetGroup') return r.targetGroup ?? unknown;
  if (level === 'country') return r.country === null ? unknown : countryName(t.lang, r.country);
  return r.language === null ? unknown : languageName(r.language);
};

export const BreakdownSection = (props: {
  t: ConsoleTranslate;
  id: string;
  level: 'targetGroup' | 'country' | 'language';
  rows: readonly BreakdownRow[];
}) => {
  const { t } = props;
  const title = sectionTitle[props.level];
  const rows = props.rows.filter((r) => r.level === props.level);
  const column: ConsoleKey =
    props.level === 'targetGroup'
      ? 'console.monitor.targetGroup'
      : props.level === 'country'
        ? 'console.monitor.country'
        : 'console.monitor.language';
  const bars: Bar[] = rows.map((r) => ({ label: labelOf(t, props.level, r), value: r.completed }));
  return (
    <section aria-labelledby={`${props.id}-heading`}>
      <h2 id={`${props.id}-heading`}>{t(title)}</h2>
      {rows.length === 0 ? (
        <p>{t('console.monitor.noResponses')}</p>
      ) : (
        <>
          <BarChart
            id={`${props.id}-chart`}
            title={t(title)}
            description={t('console.monitor.chartNote')}
            bars={bars}
          />
          <table class="table" id={`${props.id}-table`}>
            <caption>{t(title)}</caption>
            <thead>
              <tr>
                <th scope="col">{t(column)}</th>
                <th scope="col" class="numeric">
                  {t('console.monitor.started')}
                </th>
                <th scope="col" class="numeric">
                  {t('console.monitor.completed')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr>
                  <th scope="row">{labelOf(t, props.level, r)}</th>
                  <td class="numeric">{r.started}</td>
                  <td class="numeric">{r.completed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
};

export const CrossSection = (props: { t: ConsoleTranslate; rows: readonly BreakdownRow[] }) => {
  const { t } = props;
  const rows = props.rows.filter((r) => r.level === 'cross');
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="cross-heading">
      <h2 id="cross-heading">{t('console.monitor.cross')}</h2>
      <table class="table" id="cross-table">
        <caption class="visually-hidden">{t('console.monitor.cross')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('console.monitor.targetGroup')}</th>
            <th scope="col">{t('console.monitor.country')}</th>
            <th scope="col">{t('console.monitor.language')}</th>
            <th scope="col" class="numeric">
              {t('console.monitor.started')}
            </th>
            <th scope="col" class="numeric">
              {t('console.monitor.completed')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <td>{labelOf(t, 'targetGroup', r)}</td>
              <td>{labelOf(t, 'country', r)}</td>
              <td>{labelOf(t, 'language', r)}</td>
              <td class="numeric">{r.started}</td>
              <td class="numeric">{r.completed}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
};

export const PerDaySection = (props: {
  now: Date;
  t: ConsoleTranslate;
  study: StudyRow;
  rows: readonly { day: string; started: number; completed: number }[];
  closesAt: Date | null;
}) => {
  const { t, study } = props;
  const fmt = formats(t.lang);
  const zone = study.time_zone;
  const closes = props.closesAt === null ? undefined : todayIn(zone, props.closesAt);
  const byDay = new Map(props.rows.map((r) => [r.day, r.completed]));
  const days: Day[] = dayRange(props.rows, todayIn(zone, props.now), closes).map((day) => ({
    day,
    label: fmt.day(day),
    value: byDay.get(day) ?? 0,
  }));
  return (
    <section aria-labelledby="per-day-heading">
      <h2 id="per-day-heading">{t('console.monitor.perDay')}</h2>
      <p>
        {props.closesAt === null
          ? t('console.monitor.noClosing')
          : t('console.monitor.closingNote', { date: formatDateTime(t.lang, props.closesAt, zone) })}
      </p>
      {props.rows.length === 0 ? (
        <p>{t('console.monitor.noResponses')}</p>
      ) : (
        <>
          <DayChart
            id="per-day-chart"
            title={t('console.monitor.perDay')}
            description={t('console.monitor.dayChartNote')}
            days={days}
            marker={
              closes === undefined
                ? undefined
                : { day: closes, label: t('console.monitor.closingMarker', { date: fmt.day(closes) }) }
            }
          />
          <table class="table" id="per-day-table">
            <caption>{t('console.monitor.perDay')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('console.monitor.day')}</th>
                <th scope="col" class="numeric">
                  {t('console.monitor.started')}
                </th>
                <th scope="col" class="numeric">
                  {t('console.monitor.completed')}
                </th>
              </tr>
            </thead>
            <tbody>
              {props.rows.map((r) => (
                <tr>
                  <th scope="row">
                    <time datetime={r.day}>{formatIsoDate(t.lang, r.day)}</time>
                  </th>
                  <td class="numeric">{r.started}</td>
                  <td class="numeric">{r.completed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
};

/** The header cells and one row of an instrument's figures; each cell names its figure for the script. */
export const figureColumns = [
  ['started', 'console.monitor.started'],
  ['completed', 'console.monitor.completed'],
  ['partial', 'console.monitor.partial'],
  ['completionRate', 'console.monitor.completionRate'],
  ['invited', 'console.monitor.invited'],
  ['responseRate', 'console.monitor.responseRate'],
  ['median', 'console.monitor.median'],
  ['excluded', 'console.monitor.excluded'],
] as const satisfies readonly (readonly [string, ConsoleKey])[];

// Overview

export const overviewFigures = (t: ConsoleTranslate, instruments: readonly InstrumentFigures[]) =>
  Object.assign({}, ...instruments.map((f) => instrumentCells(t, f, `${f.slug}.`))) as Record<string, string>;
