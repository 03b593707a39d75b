import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuestionResult } from '../../src/analysis/index.ts';
import { auditIntervals, defineTable, questionResult, totalColumn } from '../../src/analysis/index.ts';
import type { Model } from '../../src/questionnaire/index.ts';
import type { TallyScope } from '../../src/store/index.ts';
import { askedCounts, codeCounts, findStudy, rebuildRunningTotals } from '../../src/store/index.ts';
import type { TestApp } from '../support/app.ts';
import { Browser, testApp } from '../support/app.ts';
import { member, signIn } from '../support/console.ts';
import { engines } from '../support/database.ts';
import { completeDemo, demoModel } from '../support/respondents.ts';

/** Every number a result publishes: cell counts and bases. */
const published = (r: QuestionResult) =>
  [...r.bases, ...r.rows.flatMap((row) => row.cells)].flatMap((c) => (c.shown ? [c.n] : []));

describe.each(engines())('results with disclosure control on %s', (engine) => {
  let t: TestApp;
  let scope: TallyScope;
  let model: Model;
  beforeAll(async () => {
    t = await testApp(engine);
    model = await demoModel();
    for (let seed = 500; seed < 525; seed++) await completeDemo(new Browser(t.app), model, seed);
    scope = { studyId: (await findStudy(t.store.db, 'demo'))!.id };
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  const question = (id: string) => model.questions.get(id)!;

  it('publishes no count between 1 and k − 1, and every shown number is the true one', async () => {
    for (const k of [3, 5, 10]) {
      const result = await questionResult(
        t.store,
        scope,
        question('holds'),
        { kind: 'answer', questionId: 'role' },
        { k },
      );
      for (const n of published(result)) expect(n === 0 || n >= k, `k=${k}: ${n}`).toBe(true);
      const truth = await codeCounts(
        t.store.db,
        scope,
        { id: 'holds' },
        { kind: 'answer', questionId: 'role' },
      );
      for (const row of result.rows)
        row.cells.forEach((cell, i) => {
          if (!cell.shown || result.columns[i] === totalColumn) return;
          const n = truth
            .filter(
              (c) =>
                (row.missing ? c.missing === row.code : c.code === row.code) && c.group === result.columns[i],
            )
            .reduce((s, c) => s + c.n, 0);
          expect(cell.n).toBe(n);
        });
    }
  });

  it('leaves no suppressed cell recoverable from the published ones', async () => {
    const result = await questionResult(
      t.store,
      scope,
      question('holds'),
      { kind: 'answer', questionId: 'role' },
      { k: 5 },
    );
    const suppressed = result.rows.flatMap((row) => row.cells.filter((c) => !c.shown)).length;
    expect(suppressed).toBeGreaterThan(0);
    // Rebuild the published table as an attacker would see it: totals per row and per group.
    const truth = await codeCounts(
      t.store.db,
      scope,
      { id: 'holds' },
      { kind: 'answer', questionId: 'role' },
    );
    const answers = result.rows.filter((r) => !r.missing);
    const groups = result.columns.slice(0, -1);
    const id = (row: string, col: number) => `${row}|${col}`;
    const n = (row: string, g: string | null) =>
      truth.filter((c) => c.code === row && c.group === g).reduce((s, c) => s + c.n, 0);
    const cells = answers.flatMap((r) => [
      ...groups.map((g, i) => ({ id: id(r.code, i), n: n(r.code, g) })),
      { id: id(r.code, groups.length), n: groups.reduce((s, g) => s + n(r.code, g), 0) },
    ]);
    const bases = result.columns.map((_, i) => ({
      id: id('base', i),
      n: cells.filter((c) => c.id.endsWith(`|${i}`)).reduce((s, c) => s + c.n, 0),
    }));
    const table = defineTable({
      cells: [...cells, ...bases],
      relations: [
        ...answers.map((r) => ({
          id: `r${r.code}`,
          parent: id(r.code, groups.length),
          children: groups.map((_, i) => id(r.code, i)),
        })),
        ...result.columns.map((_, i) => ({
          id: `c${i}`,
          parent: id('base', i),
          children: answers.map((r) => id(r.code, i)),
        })),
      ],
    });
    const hidden = [
      ...answers.flatMap((r) => r.cells.flatMap((c, i) => (c.shown ? [] : [id(r.code, i)]))),
      ...result.bases.flatMap((c, i) => (c.shown ? [] : [id('base', i)])),
    ];
    const intervals = await auditIntervals(table, hidden);
    for (const [cell, [low, high]] of intervals) expect(high - low, cell).toBeGreaterThan(0);
  });

  it('gives percentages of those who answered, only where count and base are both shown', async () => {
    const result = await questionResult(t.store, scope, question('heard'), { kind: 'none' }, { k: 3 });
    expect(result.kind).toBe('multiple');
    const base = result.bases.at(-1)!;
    expect(base.shown).toBe(true);
    for (const row of result.rows) {
      const cell = row.cells.at(-1)!;
      if (!cell.shown || !base.shown) continue;
      if (row.missing) expect(cell.percent).toBeNull();
      else expect(cell.percent).toBeCloseTo((100 * cell.n) / base.n, 9);
    }
  });

  it('summarises numbers only for groups of at least k respondents', async () => {
    const result = await questionResult(
      t.store,
      scope,
      question('age'),
      { kind: 'answer', questionId: 'holds' },
      { k: 5 },
    );
    expect(result.kind).toBe('number');
    result.summaries!.forEach((s, i) => {
      const base = result.bases[i]!;
      if (s.shown) {
        expect(base.shown && base.n >= 5).toBe(true);
        expect(s.q1).toBeLessThanOrEqual(s.median);
        expect(s.median).toBeLessThanOrEqual(s.q3);
      }
    });
    expect(result.summaries!.at(-1)!.shown).toBe(true);
  });

  it('hides means that, subtracted from the total, would give the mean of fewer than k people', async () => {
    const age = question('age');
    let checked = 0;
    for (const grouping of [
      { kind: 'language' },
      { kind: 'answer', questionId: 'holds' },
      { kind: 'answer', questionId: 'role' },
    ] as const) {
      const answered = await askedCounts(t.store.db, scope, { id: 'age' }, grouping);
      for (let k = 3; k <= 15; k++) {
        const r = await questionResult(t.store, scope, age, grouping, { k });
        const total = r.summaries!.at(-1)!;
        if (!total.shown) continue;
        // What the shown means leave over: the answers of the groups whose mean is not shown.
        const rest = r.columns
          .slice(0, -1)
          .filter((_, i) => !r.summaries![i]!.shown)
          .reduce((sum, g) => sum + (answered.find((a) => a.group === g)?.answered ?? 0), 0);
        expect(rest === 0 || rest >= k, `${grouping.kind} k=${k}: ${rest}`).toBe(true);
        // Only as much is hidden as that takes: one group at most whose own base would show it.
        const hiddenTooMany = r.columns
          .slice(0, -1)
          .filter((_, i) => !r.summaries![i]!.shown && r.bases[i]!.shown && r.bases[i]!.n >= k);
        expect(hiddenTooMany.length, `${grouping.kind} k=${k}`).toBeLessThanOrEqual(1);
        if (rest > 0) checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('shows analysts the table with a symbol and a legend, never a count below the threshold', async () => {
    await member(t.store, 'analyst@example.org', 'analyst', { study: 'demo' });
    const analyst = await signIn(t, 'analyst@example.org');
    const page = await analyst.get('/console/s/demo/results?question=holds&by=role');
    expect(page.status).toBe(200);
    expect(page.html).toContain('<abbr title="not shown: too few respondents');
    const numbers = [...page.html.matchAll(/<td class="numeric">([0-9]+)/g)].map((m) => Number(m[1]));
    expect(numbers.length).toBeGreaterThan(0);
    // The demo study's threshold is the default, 10.
    for (const n of numbers) expect(n === 0 || n >= 10, String(n)).toBe(true);
    expect((await analyst.get('/console/s/demo/q/demo')).status).toBe(403);
    await member(t.store, 'viewer@example.org', 'viewer', { study: 'demo' });
    const viewer = await signIn(t, 'viewer@example.org');
    expect((await viewer.get('/console/s/demo/results')).status).toBe(403);
  });

  it('tabulates a matrix row by row, each row on the matrix scale, with a base of those who saw it', async () => {
    const trust = question('trust');
    if (trust.type !== 'matrix') throw new Error('the demo has a matrix named trust');
    for (const row of trust.rows) {
      const result = await questionResult(t.store, scope, trust, { kind: 'none' }, { k: 3, part: row.code });
      expect(result.part).toBe(row.code);
      const truth = await codeCounts(t.store.db, scope, { id: 'trust', part: row.code }, { kind: 'none' });
      const answered = truth.filter((c) => c.code !== null).reduce((sum, c) => sum + c.n, 0);
      expect(answered).toBeGreaterThan(0);
      expect(result.bases.at(-1)).toEqual(expect.objectContaining({ shown: true, n: answered }));
      expect(result.rows.filter((r) => !r.missing).map((r) => r.code)).toEqual(
        trust.choices.map((c) => c.code),
      );
    }
    await member(t.store, 'matrix@example.org', 'analyst', { study: 'demo' });
    const analyst = await signIn(t, 'matrix@example.org');
    const form = await analyst.get('/console/s/demo/results');
    for (const row of trust.rows) expect(form.html).toContain(`<option value="trust.${row.code}">`);
    const page = await analyst.get(`/console/s/demo/results?question=trust.${trust.rows[0]!.code}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain('The learning was assessed');
    expect([...page.html.matchAll(/<td class="numeric">([0-9]+)/g)].length).toBeGreaterThan(0);
  });

  it('counts a repeat-group question per item described or per respondent, and says which', async () => {
    await member(t.store, 'analyst@example.org', 'analyst', { study: 'demo' });
    const analyst = await signIn(t, 'analyst@example.org');
    const items = await analyst.get('/console/s/demo/results?question=mc_useful');
    expect(items.html).toContain('(microcredentials described, one count each)');
    const people = await analyst.get('/console/s/demo/results?question=mc_useful&unit=respondents');
    expect(people.html).toContain('(respondents)');
    expect(people.html).toMatch(/<option value="respondents" selected="">/);
    const base = (r: QuestionResult) => {
      const b = r.bases[r.columns.indexOf(totalColumn)]!;
      return b.shown ? b.n : Number.NaN;
    };
    const perItem = await questionResult(
      t.store,
      scope,
      question('mc_useful'),
      { kind: 'none' },
      { k: 3, perItem: true },
    );
    const perPerson = await questionResult(
      t.store,
      scope,
      question('mc_useful'),
      { kind: 'none' },
      {
        k: 3,
        inRepeat: true,
      },
    );
    expect(perPerson.kind).toBe('multiple');
    expect([perItem.unit, perPerson.unit]).toEqual(['items', 'respondents']);
    // Some respondents described more than one: more items than people, both shown.
    expect(base(perPerson)).toBeGreaterThan(0);
    expect(base(perItem)).toBeGreaterThan(base(perPerson));
    expect(items.html).toContain(`<td class="numeric">${base(perItem) >= 10 ? base(perItem) : ''}`);
  });

  it('gives a Likert scale its mean beside the distribution, only where the whole column is shown', async () => {
    for (const k of [3, 10]) {
      const r = await questionResult(
        t.store,
        scope,
        question('mc_useful'),
        { kind: 'language' },
        { k, perItem: true },
      );
      expect(r.summaries).toHaveLength(r.columns.length);
      r.columns.forEach((_, i) => {
        const s = r.summaries![i]!;
        const whole = r.rows.every((row) => row.missing || row.cells[i]!.shown);
        if (!whole) expect(s.shown).toBe(false);
        if (!s.shown) return;
        // The mean is the one the shown distribution gives: nothing beyond what the table says.
        const answers = r.rows.filter((row) => !row.missing);
        const n = answers.reduce((sum, row) => sum + (row.cells[i] as { n: number }).n, 0);
        const total = answers.reduce(
          (sum, row) => sum + Number(row.code) * (row.cells[i] as { n: number }).n,
          0,
        );
        expect(s.n).toBe(n);
        expect(s.mean).toBeCloseTo(total / n, 9);
      });
    }
    // With two scale points of many answers each, the column is whole and its mean is shown.
    for (const [items, code] of [
      [[1], '4'],
      [[2, 3, 4, 5], '5'],
    ] as const)
      await t.store.db
        .updateTable('answer')
        .set({ value: JSON.stringify(code) })
        .where('question_id', '=', 'mc_useful')
        .where('item', 'in', items)
        .where('missing', 'is', null)
        .execute();
    // Answers changed behind credmap's back: their running totals are computed again.
    await rebuildRunningTotals(t.store.db);
    const shown = await questionResult(
      t.store,
      scope,
      question('mc_useful'),
      { kind: 'none' },
      {
        k: 3,
        perItem: true,
      },
    );
    const count = (code: string) => (shown.rows.find((r) => r.code === code)!.cells[0] as { n: number }).n;
    const summary = shown.summaries![0]!;
    expect(summary.shown).toBe(true);
    if (summary.shown) expect(summary.mean).toBeCloseTo((4 * count('4') + 5 * count('5')) / summary.n, 9);
  });

  it('shows open answers to analysts only for groups of at least k', async () => {
    const analyst = await signIn(t, 'analyst@example.org');
    const written = await t.store.db
      .selectFrom('answer')
      .select('value')
      .where('question_id', '=', 'comments')
      .where('missing', 'is', null)
      .execute();
    const all = await analyst.get('/console/s/demo/results?question=comments');
    expect(all.status).toBe(200);
    if (written.length >= 10) expect(all.html).toContain('<ul class="texts">');
    else expect(all.html).toContain('Too few answers in this group');
    const byRole = await analyst.get('/console/s/demo/results?question=comments&by=role');
    // No role group of the demo sample has ten comments: none is shown.
    expect(byRole.html).not.toContain('<ul class="texts">');
    expect(byRole.html).toContain('Too few answers in this group');
  });
});
