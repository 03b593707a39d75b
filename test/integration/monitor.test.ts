import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Model } from '../../src/questionnaire/index.ts';
import { compile, seededRandom, simulateResponse } from '../../src/questionnaire/index.ts';
import { hashCode } from '../../src/respondent/codes.ts';
import { BarChart, DayChart } from '../../src/respondent/index.ts';
import { questionnaireUrls } from '../../src/respondent/urls.ts';
import type { FlaggedResponse } from '../../src/store/index.ts';
import {
  auditEvents,
  breakdown,
  dropOff,
  findQuestionnaire,
  findStudy,
  flagCounts,
  instrumentFigures,
  perDay,
  responseFlags,
} from '../../src/store/index.ts';
import { readStudies } from '../../src/studies/index.ts';
import type { TestApp } from '../support/app.ts';
import { Browser, testApp } from '../support/app.ts';
import { member, signIn } from '../support/console.ts';
import { engines } from '../support/database.ts';

/**
 * The fieldwork monitor over real respondents: responses to the study's employees questionnaire
 * are answered page by page through the respondent pages, on a clock the test moves, so every
 * figure (counts, median time, drop-off page, days in Brussels time, flags) is known exactly.
 */

const today = '2026-11-23';
const monitor = '/console/s/microcredentials/monitor';
const details = `${monitor}/employees`;

interface Plan {
  readonly name: string;
  readonly seed: number;
  readonly lang: string;
  /** When the first page is saved (the response starts). */
  readonly start: string;
  /** Completed this many minutes after the start; partial when absent. */
  readonly minutes?: number;
  /** For partial responses: how many pages are saved. */
  readonly pages?: number;
  readonly country: string;
  /** Every row of a grid question with the same choice. */
  readonly straight?: boolean;
  /** The robots-only field filled in on the second page. */
  readonly honeypot?: boolean;
}

// Completed: 300, 1200, 1320, 1440, 1560, 1680, 1800 s: the median is 1440 s (24 min), a third of it 480 s.
const plans: readonly Plan[] = [
  { name: 'R1', seed: 3, lang: 'en', start: '2026-11-23T09:00:00Z', minutes: 20, country: 'FI' },
  { name: 'R2', seed: 4, lang: 'en', start: '2026-11-23T12:00:00Z', minutes: 24, country: 'DE' },
  { name: 'R3', seed: 5, lang: 'fi', start: '2026-11-24T08:00:00Z', minutes: 30, country: 'FI' },
  // The same respondent as R1 again: the same answers, completed later.
  { name: 'R4', seed: 3, lang: 'en', start: '2026-11-24T10:00:00Z', minutes: 22, country: 'FI' },
  { name: 'P1', seed: 15, lang: 'en', start: '2026-11-24T15:00:00Z', pages: 3, country: 'FI' },
  { name: 'R5', seed: 12, lang: 'en', start: '2026-11-25T09:00:00Z', minutes: 5, country: 'BE' },
  {
    name: 'R6',
    seed: 13,
    lang: 'en',
    start: '2026-11-25T10:00:00Z',
    minutes: 26,
    country: 'DE',
    straight: true,
  },
  { name: 'P2', seed: 16, lang: 'de', start: '2026-11-25T15:00:00Z', pages: 5, country: 'DE' },
  { name: 'P3', seed: 17, lang: 'en', start: '2026-11-25T16:00:00Z', pages: 3, country: 'FI' },
  // Starts at 00:02 and ends at 00:30 on 26 November in Brussels, still the 25th in UTC.
  {
    name: 'R7',
    seed: 14,
    lang: 'en',
    start: '2026-11-25T23:02:00Z',
    minutes: 28,
    country: 'BE',
    honeypot: true,
  },
];

async function employeesModel(): Promise<Model> {
  const studies = await readStudies(process.env.TEST_QUESTIONNAIRES_DIR ?? 'questionnaires');
  const study = studies.find((s) => s.study.slug === 'microcredentials')!;
  return compile(study.questionnaires.find((q) => q.id === 'employees')!);
}

/**
 * A simulated respondent's forms, with the country and the grid questions set by the plan: grids
 * get a different choice on every row (or, for a straight-liner, the first choice on all rows of
 * the first grid).
 */
function formsOf(model: Model, plan: Plan) {
  const run = simulateResponse(model, seededRandom(plan.seed), today);
  let grids = 0;
  const forms = run.forms.map(({ step, form }) => {
    const page = model.pages.get(step.split('/').at(-1)!);
    const out: Record<string, string[]> = { ...form };
    for (const q of page?.items ?? []) {
      if (q.id === 'country') out.country = [plan.country];
      if (q.type !== 'matrix' || !Object.keys(form).some((k) => k.startsWith(`${q.id}.`))) continue;
      grids++;
      q.rows.forEach((row, i) => {
        // The straight-liner does so in the first grid only: the flag counts grids.
        const choice = plan.straight && grids === 1 ? q.choices[0]! : q.choices[i % q.choices.length]!;
        out[`${q.id}.${row.code}`] = [choice.code];
      });
    }
    return { step, form: out };
  });
  return { forms, grids };
}

/** Answers the questionnaire through HTTP on the plan's clock; the receipt of a completed response. */
async function respond(t: TestApp, model: Model, plan: Plan): Promise<string | undefined> {
  const urls = questionnaireUrls(plan.lang, 'microcredentials', 'employees');
  const { forms, grids } = formsOf(model, plan);
  if (plan.straight) expect(grids, `${plan.name} answers a grid`).toBeGreaterThan(0);
  const start = Date.parse(plan.start);
  const b = new Browser(t.app);
  t.clock.now = new Date(start);
  await b.get(urls.stepKey(forms[0]!.step));
  const pages = plan.pages ?? forms.length;
  for (const [i, { step, form }] of forms.slice(0, pages).entries()) {
    // Five seconds a page: pages are saved in order, well within the shortest response.
    t.clock.now = new Date(start + i * 5000);
    const path = model.groups.has(step) ? urls.summary(step) : urls.stepKey(step);
    const fields = plan.honeypot && i === 1 ? { ...form, _hp: 'https://spam.example' } : form;
    const reply = await b.post(path, fields);
    expect(reply.status, `${plan.name} ${step}: ${reply.html.slice(0, 300)}`).toBe(303);
  }
  if (plan.minutes === undefined) return undefined;
  t.clock.now = new Date(start + plan.minutes * 60_000);
  expect((await b.post(urls.check())).location).toBe(urls.done());
  const cookie = [...Array(10).keys()].map((i) => b.cookie(`cm_r${i}`)).find((c) => c !== undefined)!;
  const row = await t.store.db
    .selectFrom('response')
    .select(['receipt'])
    .where('resume_hash', '=', hashCode(decodeURIComponent(cookie)))
    .executeTakeFirstOrThrow();
  return row.receipt!;
}

/** The text of every cell of a table's body, row by row. */
function tableRows(html: string, id: string): string[][] {
  const table = html.match(new RegExp(`<table[^>]*id="${id}"[^>]*>([\\s\\S]*?)</table>`))?.[1];
  if (table === undefined) throw new Error(`no table #${id}`);
  const body = table.match(/<tbody>([\s\S]*?)<\/tbody>/)?.[1] ?? '';
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) =>
      cell[1]!
        .replace(/<span class="visually-hidden">[\s\S]*?<\/span>/g, '')
        .replace(/<[^>]+>/g, '')
        .replace(/&#39;/g, "'")
        .replace(/\s+/g, ' ')
        .trim(),
    ),
  );
}

describe('monitor charts', () => {
  it('draw an image with a title and description, every value as text, and the closing day marked', () => {
    const bars = String(
      BarChart({
        id: 'c',
        title: 'By country',
        description: 'Completed responses',
        bars: [
          { label: 'Finland', value: 3 },
          { label: 'Belgium', value: 0 },
        ],
      }),
    );
    expect(bars).toMatch(/<svg [^>]*role="img" aria-labelledby="c-title c-desc"/);
    expect(bars).toContain(
      '<title id="c-title">By country</title><desc id="c-desc">Completed responses</desc>',
    );
    expect(bars).toMatch(/>Finland<\/text><rect [^>]*width="460"[^>]*><\/rect><text [^>]*>3<\/text>/);
    expect(bars).toMatch(/>Belgium<\/text><rect [^>]*width="0"[^>]*><\/rect><text [^>]*>0<\/text>/);
    expect(bars).not.toContain('style=');

    const days = String(
      DayChart({
        id: 'd',
        title: 'Per day',
        description: 'Completed per day',
        days: ['2027-06-28', '2027-06-29', '2027-06-30'].map((day, i) => ({ day, label: day, value: i })),
        marker: { day: '2027-06-30', label: 'Closes 30 Jun' },
      }),
    );
    expect(days).toMatch(/<line [^>]*stroke-dasharray="6 4"/);
    expect(days).toContain('>Closes 30 Jun</text>');
    expect(days.match(/<rect /g)).toHaveLength(2);
    const noMarker = String(
      DayChart({
        id: 'e',
        title: 'Per day',
        description: 'Completed per day',
        days: [{ day: '2027-06-28', label: '28', value: 1 }],
        marker: { day: '2027-06-30', label: 'Closes 30 Jun' },
      }),
    );
    expect(noMarker).not.toContain('Closes 30 Jun');
  });
});

describe.each(engines())('the fieldwork monitor on %s', (engine) => {
  let t: TestApp;
  const receipts = new Map<string, string>();
  let studyId: number;
  let questionnaireId: number;
  const endOfFieldwork = new Date('2026-11-26T09:00:00Z');

  beforeAll(async () => {
    t = await testApp(engine);
    const model = await employeesModel();
    for (const plan of plans) {
      const receipt = await respond(t, model, plan);
      if (receipt !== undefined) receipts.set(plan.name, receipt);
    }
    studyId = (await findStudy(t.store.db, 'microcredentials'))!.id;
    questionnaireId = (await findQuestionnaire(t.store.db, studyId, 'employees'))!.id;
    // Invitations: four sent, one of them answered; one contact not invited yet.
    await t.store.db
      .insertInto('contact')
      .values(
        ['a', 'b', 'c', 'd', 'e'].map((x, i) => ({
          questionnaire_id: questionnaireId,
          email: `${x}@example.org`,
          language: 'en',
          country: null,
          token_salt: `salt-${x}`,
          token_hash: `hash-${x}`,
          invited_at: i < 4 ? new Date('2026-11-20T08:00:00Z') : null,
          completed_on: i === 0 ? '2026-11-23' : null,
        })),
      )
      .execute();
    t.clock.now = endOfFieldwork;
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  const scope = () => ({ studyId, questionnaireId });

  it('counts started, completed and partial responses, invitations and the median time in SQL', async () => {
    const [employees] = await instrumentFigures(t.store.db, scope());
    expect(employees).toMatchObject({
      slug: 'employees',
      started: 10,
      completed: 7,
      partial: 3,
      invited: 4,
      invitedCompleted: 1,
      medianSeconds: 1440,
      excluded: 0,
    });
    const all = await instrumentFigures(t.store.db, { studyId });
    expect(all).toHaveLength(9);
    expect(all.filter((f) => f.slug !== 'employees').every((f) => f.started === 0)).toBe(true);
  });

  it('breaks responses down by target group, country and language', async () => {
    const rows = await breakdown(t.store.db, { studyId });
    const at = (level: string) =>
      rows
        .filter((r) => r.level === level)
        .map((r) => [r.targetGroup, r.country, r.language, r.started, r.completed]);
    expect(at('targetGroup')).toEqual([['employees', null, null, 10, 7]]);
    expect(at('country')).toEqual([
      [null, 'BE', null, 2, 2],
      [null, 'DE', null, 3, 2],
      [null, 'FI', null, 3, 3],
      [null, null, null, 2, 0],
    ]);
    expect(at('language')).toEqual([
      [null, null, 'de', 1, 0],
      [null, null, 'en', 8, 6],
      [null, null, 'fi', 1, 1],
    ]);
    expect(at('cross')).toEqual([
      ['employees', 'BE', 'en', 2, 2],
      ['employees', 'DE', 'de', 1, 0],
      ['employees', 'DE', 'en', 2, 2],
      ['employees', 'FI', 'en', 2, 2],
      ['employees', 'FI', 'fi', 1, 1],
      ['employees', null, 'en', 2, 0],
    ]);
  });

  it('finds the page each partial response saved last, and the responses per Brussels day', async () => {
    expect(await dropOff(t.store.db, scope())).toEqual([
      { step: 'p_you', partial: 2 },
      { step: 'p_your_work', partial: 1 },
    ]);
    expect(await perDay(t.store.db, scope(), 'Europe/Brussels')).toEqual([
      { day: '2026-11-23', started: 2, completed: 2 },
      { day: '2026-11-24', started: 3, completed: 2 },
      { day: '2026-11-25', started: 4, completed: 2 },
      { day: '2026-11-26', started: 1, completed: 1 },
    ]);
    // The same responses by UTC days: the late one falls on the 25th.
    expect((await perDay(t.store.db, scope(), 'UTC')).map((d) => [d.day, d.completed])).toEqual([
      ['2026-11-23', 2],
      ['2026-11-24', 2],
      ['2026-11-25', 3],
    ]);
  });

  it('flags the speeder, the straight-liner, the later duplicate and the honeypot, and no one else', async () => {
    const flagged = await responseFlags(t.store.db, scope());
    const named = new Map([...receipts].map(([name, receipt]) => [receipt, name]));
    const summary = (r: FlaggedResponse) => ({
      name: named.get(r.receipt),
      speeder: r.speeder,
      straightlined: r.straightlined,
      duplicate: r.duplicate,
      honeypot: r.honeypot,
    });
    expect(flagged.map(summary)).toEqual([
      { name: 'R4', speeder: false, straightlined: 0, duplicate: true, honeypot: false },
      { name: 'R5', speeder: true, straightlined: 0, duplicate: false, honeypot: false },
      { name: 'R6', speeder: false, straightlined: 1, duplicate: false, honeypot: false },
      { name: 'R7', speeder: false, straightlined: 0, duplicate: false, honeypot: true },
    ]);
    expect(flagged.find((r) => named.get(r.receipt) === 'R5')?.seconds).toBe(300);
    expect(await flagCounts(t.store.db, scope())).toEqual({
      completed: 7,
      speeder: 1,
      straightlining: 1,
      duplicate: 1,
      honeypot: 1,
      flagged: 4,
      excluded: 0,
    });
  });

  it('flags a response at just under a third of the median, not at a third', async () => {
    // R2 made shorter (through the store): the completed times become 300, x, 1200, 1320, 1560,
    // 1680 and 1800 s, the median 1320 s, a third of it 440 s.
    const r2 = receipts.get('R2')!;
    const original = await t.store.db
      .selectFrom('response')
      .select(['id', 'started_at', 'completed_at'])
      .where('receipt', '=', r2)
      .executeTakeFirstOrThrow();
    const speederOf = async () =>
      (await responseFlags(t.store.db, scope())).find((r) => r.receipt === r2)?.speeder ?? false;
    try {
      for (const [seconds, expected] of [
        [440, false],
        [439, true],
      ] as const) {
        await t.store.db
          .updateTable('response')
          .set({ completed_at: new Date(original.started_at.getTime() + seconds * 1000) })
          .where('id', '=', original.id)
          .execute();
        expect(await speederOf(), `${seconds} s`).toBe(expected);
      }
    } finally {
      await t.store.db
        .updateTable('response')
        .set({ completed_at: original.completed_at })
        .where('id', '=', original.id)
        .execute();
    }
  });

  it('shows the figures, charts with their tables, and the flags to a researcher', async () => {
    await member(t.store, 'rea@example.org', 'researcher', { study: 'microcredentials' });
    const b = await signIn(t, 'rea@example.org');
    const overview = await b.get(monitor);
    expect(overview.status).toBe(200);
    const employees = tableRows(overview.html, 'instruments').find((r) => r[0] === 'employees')!;
    // started, completed, partial, of started, invited, of invited, median, excluded
    expect(employees.slice(2)).toEqual(['10', '7', '3', '70%', '4', '25%', '24 min', '0']);
    expect(tableRows(overview.html, 'by-group-table')).toEqual([['employees', '10', '7']]);
    expect(tableRows(overview.html, 'by-country-table')).toEqual([
      ['Belgium', '2', '2'],
      ['Germany', '3', '2'],
      ['Finland', '3', '3'],
      ['Not answered (yet)', '2', '0'],
    ]);
    expect(overview.html).toMatch(
      /<svg[^>]*role="img"[^>]*aria-labelledby="by-group-chart-title by-group-chart-desc"/,
    );
    expect(overview.html).toContain('<title id="by-group-chart-title">Responses by target group</title>');
    expect(overview.html).toMatch(/<script src="\/console\/monitor\.[0-9a-f]{10}\.js" defer/);
    expect(overview.html).toContain(`data-monitor-source="${monitor}.json"`);

    const page = await b.get(details);
    expect(page.status).toBe(200);
    expect(tableRows(page.html, 'figures').map((r) => r[1])).toEqual([
      '10',
      '7',
      '3',
      '70%',
      '4',
      '25%',
      '24 min',
      '0',
    ]);
    expect(tableRows(page.html, 'by-language-table')).toEqual([
      ['Deutsch', '1', '0'],
      ['English', '8', '6'],
      ['Suomi', '1', '1'],
    ]);
    expect(tableRows(page.html, 'drop-off-table')).toEqual([
      ['p_you', '2'],
      ['p_your_work', '1'],
    ]);
    expect(tableRows(page.html, 'per-day-table')).toEqual([
      ['November 23, 2026', '2', '2'],
      ['November 24, 2026', '3', '2'],
      ['November 25, 2026', '4', '2'],
      ['November 26, 2026', '1', '1'],
    ]);
    expect(page.html).toContain('Fieldwork closes on June 30, 2027');
    expect(page.html).toMatch(/<desc id="per-day-chart-desc">/);
    const flags = tableRows(page.html, 'flags');
    expect(flags.map((r) => r.slice(0, 4))).toEqual([
      [receipts.get('R4'), 'Duplicate', '22 min', 'In analysis'],
      [receipts.get('R5'), 'Speeder', '5 min', 'In analysis'],
      [receipts.get('R6'), 'Straight-lining', '26 min', 'In analysis'],
      [receipts.get('R7'), 'Honeypot', '28 min', 'In analysis'],
    ]);
    for (const name of ['R1', 'R2', 'R3']) expect(page.html).not.toContain(receipts.get(name)!);
    expect(page.html).toContain('Exclude from analysis');

    const live = await b.get(`${details}/figures.json`);
    expect(live.headers.get('content-type')).toContain('application/json');
    const data = JSON.parse(live.html) as { figures: Record<string, string>; dropOff: unknown };
    expect(data.figures).toMatchObject({ started: '10', completed: '7', median: '24 min' });
    expect(data.dropOff).toEqual([
      { step: 'p_you', partial: 2 },
      { step: 'p_your_work', partial: 1 },
    ]);
    const all = JSON.parse((await b.get(`${monitor}.json`)).html) as { figures: Record<string, string> };
    expect(all.figures['employees.partial']).toBe('3');
    expect(all.figures['learners.started']).toBe('0');
  });

  it('excludes a flagged response with its reason and includes it again, each change in the audit log', async () => {
    await member(t.store, 'res@example.org', 'researcher', { study: 'microcredentials' });
    const b = await signIn(t, 'res@example.org');
    const speeder = receipts.get('R5')!;
    await b.get(details);

    const noReason = await b.post(`${details}/exclusions`, { receipt: speeder, reason: 'lazy' });
    expect(noReason.status).toBe(422);
    expect(noReason.html).toContain('Choose a reason.');
    expect(noReason.html).toMatch(/<title>Error:/);
    const unknown = await b.post(`${details}/exclusions`, { receipt: 'ZZZZ-ZZZZ', reason: 'other' });
    expect(unknown.status).toBe(422);
    expect(unknown.html).toContain('No completed response of this questionnaire has this receipt.');

    const excluded = await b.post(`${details}/exclusions`, {
      receipt: speeder,
      reason: 'speeder',
      note: 'Five minutes for a twenty-minute questionnaire',
    });
    expect(excluded.status).toBe(303);
    const after = await b.follow(excluded);
    expect(after.html).toContain(`The response ${speeder} is excluded from analysis.`);
    const row = tableRows(after.html, 'flags').find((r) => r[0] === speeder)!;
    expect(row[3]).toContain('Excluded: Speeder');
    expect(row[3]).toContain('Five minutes for a twenty-minute questionnaire');
    expect(row[3]).toContain('res');
    expect(after.html).toContain('Include in analysis again');
    expect((await instrumentFigures(t.store.db, scope()))[0]!.excluded).toBe(1);
    expect((await flagCounts(t.store.db, scope())).excluded).toBe(1);
    const overview = tableRows((await b.get(monitor)).html, 'instruments');
    expect(overview.find((r) => r[0] === 'employees')!.at(-1)).toBe('1');

    let events = await auditEvents(t.store.db, studyId, { limit: 5 });
    expect(events[0]).toMatchObject({
      action: 'response.exclude',
      actor: 'res',
      detail: { questionnaire: 'employees', receipt: speeder, reason: 'speeder' },
    });

    await b.get(details);
    const included = await b.post(`${details}/inclusions`, { receipt: speeder });
    expect(included.status).toBe(303);
    const back = await b.follow(included);
    expect(back.html).toContain(`The response ${speeder} is included in analysis again.`);
    expect(tableRows(back.html, 'flags').find((r) => r[0] === speeder)![3]).toBe('In analysis');
    expect((await instrumentFigures(t.store.db, scope()))[0]!.excluded).toBe(0);
    events = await auditEvents(t.store.db, studyId, { limit: 5 });
    expect(events[0]).toMatchObject({
      action: 'response.include',
      detail: { questionnaire: 'employees', receipt: speeder, reason: 'speeder' },
    });
    // Sent twice: nothing changes, nothing is logged.
    expect((await b.post(`${details}/inclusions`, { receipt: speeder })).status).toBe(303);
    expect((await auditEvents(t.store.db, studyId, { limit: 5 }))[0]!.id).toBe(events[0]!.id);
  });

  it('lets a viewer see the monitor but not exclude', async () => {
    await member(t.store, 'vi@example.org', 'viewer', { study: 'microcredentials' });
    const b = await signIn(t, 'vi@example.org');
    expect((await b.get(monitor)).status).toBe(200);
    expect((await b.get(`${monitor}.json`)).status).toBe(200);
    const page = await b.get(details);
    expect(page.status).toBe(200);
    expect(page.html).toContain(receipts.get('R7')!);
    expect(page.html).not.toContain('Exclude from analysis');
    expect(page.html).not.toContain(`${details}/exclusions`);
    const refused = await b.post(`${details}/exclusions`, {
      receipt: receipts.get('R7')!,
      reason: 'honeypot',
    });
    expect(refused.status).toBe(403);
    expect((await b.post(`${details}/inclusions`, { receipt: receipts.get('R7')! })).status).toBe(403);
    expect((await flagCounts(t.store.db, scope())).excluded).toBe(0);
  });

  it('serves the live-update script from the console, cacheable and as JavaScript', async () => {
    const overview = await (await signIn(t, 'vi@example.org')).get(monitor);
    const path = overview.html.match(/<script src="(\/console\/monitor\.[0-9a-f]{10}\.js)"/)![1]!;
    const script = await new Browser(t.app).get(path);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toContain('text/javascript');
    expect(script.html).toContain('data-monitor-source');
  });
});
