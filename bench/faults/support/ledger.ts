import { join } from 'node:path';
import type { Transaction } from 'kysely';
import { sql } from 'kysely';
import { todayIn } from '../../../src/i18n/index.ts';
import type { Answer, Model, ResponseState, SimulatedResponse } from '../../../src/questionnaire/index.ts';
import { compile, journey } from '../../../src/questionnaire/index.ts';
import { hashCode } from '../../../src/respondent/codes.ts';
import { Catalog } from '../../../src/respondent/index.ts';
import type { AnswerCell, DatabaseSchema, Store, StoreOptions } from '../../../src/store/index.ts';
import { loadCells, openStore, rebuildRunningTotals, stateFromCells } from '../../../src/store/index.ts';
import { readStudies } from '../../../src/studies/index.ts';
import type { PostEvent, RespondentOptions } from '../../lib/http-respondent.ts';
import { HttpRespondent } from '../../lib/http-respondent.ts';
import { repoRoot } from '../../lib/server.ts';

/** The demo questionnaire as the server compiles it, its languages and its today. */
export async function demo(): Promise<{ model: Model; languages: readonly string[]; today: string }> {
  const studies = await readStudies(join(repoRoot, 'questionnaires'));
  const files = studies.find((s) => s.study.slug === 'demo')!;
  const model = compile(files.questionnaires.find((q) => q.id === 'demo')!);
  return { model, languages: model.definition.languages, today: todayIn(files.study.timeZone, new Date()) };
}

/** What one simulated respondent sent and what the server acknowledged. */
export interface RespondentRecord {
  readonly index: number;
  readonly seed: number;
  readonly lang: string;
  readonly run: SimulatedResponse;
  readonly respondent: HttpRespondent;
  /** POSTs answered 303, with the resume code the browser held after each. */
  readonly acked: { step: string; resumeCode: string | undefined }[];
  /** POSTs that got no reply at all. */
  unanswered: number;
  /** A POST got no reply while the browser held no resume code yet: it may have made a response. */
  unansweredBeforeCode: boolean;
  completed: boolean;
  error?: string;
}

/** Every respondent of a run, and what each was told. */
export class Ledger {
  readonly records: RespondentRecord[] = [];

  respondent(
    options: Omit<RespondentOptions, 'onPost' | 'seed' | 'lang'>,
    seed: number,
    lang: string,
  ): RespondentRecord {
    const acked: RespondentRecord['acked'] = [];
    const onPost = (e: PostEvent) => {
      if (e.status === 303) acked.push({ step: e.step, resumeCode: e.resumeCode });
      if (e.status === 0) {
        record.unanswered++;
        if (e.resumeCode === undefined) record.unansweredBeforeCode = true;
      }
    };
    const respondent = new HttpRespondent({ ...options, seed, lang, onPost });
    const record: RespondentRecord = {
      index: this.records.length,
      seed,
      lang,
      run: respondent.run,
      respondent,
      acked,
      unanswered: 0,
      unansweredBeforeCode: false,
      completed: false,
    };
    this.records.push(record);
    return record;
  }

  /** Walks the respondent to the end; a failure is kept in the record, not thrown. */
  static async walk(record: RespondentRecord): Promise<void> {
    try {
      await record.respondent.complete();
      record.completed = true;
    } catch (error) {
      record.error = error instanceof Error ? error.message : String(error);
    }
  }
}

const key = (id: string, item: number) => `${id}\u0000${item}`;

/** JSON with object keys sorted and undefined properties left out, for comparing answers. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_name, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The answer a state holds for a question in an item (0: top level). */
function answerIn(state: ResponseState, model: Model, id: string, item: number): Answer | undefined {
  const group = model.groupOf.get(id);
  if (group === undefined || item === 0) return state.answers[id];
  return state.repeats[group.id]?.items[item - 1]?.[id];
}

/** A page step's page id and item: 'p_role' → p_role/0, 'mc/2/p_mc' → p_mc/2; undefined for summaries. */
function pageOf(model: Model, step: string): { page: string; item: number } | undefined {
  const parts = step.split('/');
  if (parts.length === 3) return { page: parts[2]!, item: Number(parts[1]) };
  return model.pages.has(step) ? { page: step, item: 0 } : undefined;
}

export interface StoredSummary {
  readonly responses: number;
  readonly completed: number;
  readonly ackedPages: number;
  /** Responses made by a first page whose reply was lost: the respondent never had their code. */
  readonly orphans: number;
  readonly problems: string[];
}

/**
 * Reads everything back from the database and checks the records against it: every acknowledged
 * page is stored with the answers sent, each respondent has one response, completed ones rebuild
 * into exactly the simulated state and have a receipt, and every response's rows parse.
 */
/** The running totals that are not zero, in key order, as one text. */
async function nonZeroTotals(db: Store['db'] | Transaction<DatabaseSchema>): Promise<string> {
  const { rows } = await sql`select * from running_total where respondents <> 0 or items <> 0
    order by questionnaire_id, question_id, part, kind, language, target_group, country, code, missing`.execute(
    db,
  );
  return JSON.stringify(rows);
}

/** The totals computed from the answers, in a transaction that is rolled back: nothing changes. */
async function recountedTotals(db: Store['db']): Promise<string> {
  const rollback = new Error('rollback');
  let totals = '';
  try {
    await db.transaction().execute(async (trx) => {
      await rebuildRunningTotals(trx);
      totals = await nonZeroTotals(trx);
      throw rollback;
    });
  } catch (error) {
    if (error !== rollback) throw error;
  }
  return totals;
}

export async function verifyStored(
  database: StoreOptions,
  ledger: Ledger,
  model: Model,
  today: string,
): Promise<StoredSummary> {
  const problems: string[] = [];
  const store = await openStore(database);
  try {
    const catalog = new Catalog(store);
    const rows = await store.db
      .selectFrom('response')
      .select(['id', 'resume_hash', 'completed_at', 'receipt', 'version_id'])
      .execute();
    const byHash = new Map<string, (typeof rows)[number][]>();
    for (const row of rows) byHash.set(row.resume_hash, [...(byHash.get(row.resume_hash) ?? []), row]);
    for (const [hash, same] of byHash)
      if (same.length > 1)
        problems.push(`${same.length} responses share one resume code (${hash.slice(0, 8)}…)`);

    const cellsOf = new Map<string, AnswerCell[]>();
    const stateOf = new Map<string, ResponseState>();
    for (const row of rows) {
      const version = await catalog.model(row.version_id);
      const cells = await loadCells(store.db, row.id);
      cellsOf.set(row.id, cells);
      const known = new Set([...version.pages.keys(), ...version.questions.keys(), ...version.groups.keys()]);
      const unknown = cells.filter((c) => !known.has(c.question_id));
      if (unknown.length > 0)
        problems.push(
          `response ${row.id} has rows of unknown ids: ${unknown.map((c) => c.question_id).join(', ')}`,
        );
      try {
        const state = stateFromCells(cells, (id) => version.groupOf.get(id)?.id);
        stateOf.set(row.id, state);
        const next = journey(version, state, today).next.step.kind;
        if (row.completed_at !== null && next !== 'check')
          problems.push(`completed response ${row.id} does not reach "check your answers" (next: ${next})`);
      } catch (error) {
        problems.push(`response ${row.id} does not rebuild: ${(error as Error).message}`);
      }
      if (row.completed_at !== null && (row.receipt === null || row.receipt === ''))
        problems.push(`completed response ${row.id} has no receipt`);
    }

    let ackedPages = 0;
    const claimed = new Set<string>();
    for (const r of ledger.records) {
      const who = `respondent #${r.index} (seed ${r.seed}, ${r.lang})`;
      if (r.error !== undefined) problems.push(`${who} could not finish: ${r.error}`);
      const codes = new Set(r.acked.map((a) => a.resumeCode).filter((c) => c !== undefined));
      if (codes.size > 1) problems.push(`${who} was given ${codes.size} different resume codes`);
      if (r.acked.length === 0) continue;
      const code = [...codes][0];
      const row = code === undefined ? undefined : byHash.get(hashCode(code))?.[0];
      if (row === undefined) {
        problems.push(`${who}: ${r.acked.length} acknowledged pages, but no response has their resume code`);
        continue;
      }
      claimed.add(row.id);
      const cells = cellsOf.get(row.id) ?? [];
      const saved = new Set(cells.filter((c) => c.part === '#saved').map((c) => key(c.question_id, c.item)));
      const stored = stateOf.get(row.id);
      for (const a of r.acked) {
        const page = pageOf(model, a.step);
        if (page === undefined) continue;
        ackedPages++;
        if (!saved.has(key(page.page, page.item))) {
          problems.push(`${who}: page ${a.step} was acknowledged (303) but is not stored`);
          continue;
        }
        for (const q of model.pages.get(page.page)?.items ?? []) {
          const sent = answerIn(r.run.state, model, q.id, page.item);
          const kept = stored === undefined ? undefined : answerIn(stored, model, q.id, page.item);
          if (canonical(sent) !== canonical(kept))
            problems.push(
              `${who}: ${q.id} on acknowledged page ${a.step} is stored as ${JSON.stringify(kept)}, sent ${JSON.stringify(sent)}`,
            );
        }
      }
      if (r.completed) {
        if (row.completed_at === null)
          problems.push(`${who} saw the thank-you page, but the response is not completed`);
        if (r.respondent.receipt !== undefined && r.respondent.receipt !== row.receipt)
          problems.push(`${who} was shown receipt ${r.respondent.receipt}, the database has ${row.receipt}`);
        const plain = (s: ResponseState | undefined) =>
          canonical({ answers: s?.answers, repeats: s?.repeats });
        if (plain(stored) !== plain(r.run.state))
          problems.push(
            `${who}: the stored answers do not rebuild into the simulated state:\n  stored    ${plain(stored)}\n  simulated ${plain(r.run.state)}`,
          );
      }
    }

    // A response nobody holds the code of: allowed only where a first page's reply was lost.
    const orphans = rows.filter((row) => !claimed.has(row.id));
    const mayHaveLost = ledger.records.filter((r) => r.unansweredBeforeCode).length;
    if (orphans.length > mayHaveLost)
      problems.push(
        `${orphans.length} responses belong to no respondent, but only ${mayHaveLost} first pages went unanswered`,
      );
    for (const orphan of orphans)
      if (orphan.completed_at !== null)
        problems.push(`response ${orphan.id} belongs to no respondent but is completed`);

    // The running totals the completions kept, against the totals computed afresh from the answers.
    const kept = await nonZeroTotals(store.db);
    const fresh = await recountedTotals(store.db);
    if (kept !== fresh) problems.push('the running totals differ from the totals computed from the answers');

    return {
      responses: rows.length,
      completed: rows.filter((row) => row.completed_at !== null).length,
      ackedPages,
      orphans: orphans.length,
      problems,
    };
  } finally {
    await store.close();
  }
}
