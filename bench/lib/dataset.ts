import { createHash } from 'node:crypto';
import type { Model, Random, ResponseState } from '../../src/questionnaire/index.ts';
import { compile, seededRandom, simulateResponse } from '../../src/questionnaire/index.ts';
import type { NewAnswerCell } from '../../src/store/index.ts';
import { answerCells, donePart, itemPart, markerCell, savedPart } from '../../src/store/index.ts';
import type { StudyFiles } from '../../src/studies/index.ts';

/**
 * Realistic responses to the microcredentials study, for benchmarks: every journey is a simulated
 * respondent who answers what the questionnaire shows (skip logic, constraints and repeat groups
 * honoured, "don't know" and skipped questions included), then the respondent's country, language
 * and dates are drawn from plausible distributions.
 */

/** Which questionnaire respondents take: a survey of this kind reaches individuals most. */
export const instrumentShares: Readonly<Record<string, number>> = {
  employees: 0.3,
  learners: 0.22,
  'not-employed': 0.1,
  employers: 0.12,
  'vet-providers': 0.08,
  authorities: 0.04,
  'employer-organisations': 0.04,
  'employee-organisations': 0.04,
  experts: 0.06,
};

/**
 * Where respondents live: EU Member States in proportion to their population (Eurostat,
 * demo_pjan, 1 January 2024, millions, rounded), and the questionnaire language people there
 * would most likely choose among the study's eight.
 */
const countries: readonly (readonly [code: string, millions: number, languages: readonly string[]])[] = [
  ['DE', 83.4, ['de']],
  ['FR', 68.4, ['fr']],
  ['IT', 59.0, ['en']],
  ['ES', 48.6, ['es']],
  ['PL', 36.6, ['pl']],
  ['RO', 19.1, ['en']],
  ['NL', 17.9, ['nl', 'en']],
  ['BE', 11.8, ['nl', 'fr']],
  ['CZ', 10.9, ['en']],
  ['SE', 10.6, ['en']],
  ['PT', 10.6, ['en', 'es']],
  ['GR', 10.4, ['en']],
  ['HU', 9.6, ['en', 'de']],
  ['AT', 9.2, ['de']],
  ['BG', 6.4, ['en']],
  ['DK', 6.0, ['en']],
  ['FI', 5.6, ['fi', 'en']],
  ['SK', 5.4, ['en', 'pl']],
  ['IE', 5.3, ['en']],
  ['HR', 3.9, ['en', 'sl']],
  ['LT', 2.9, ['en', 'pl']],
  ['SI', 2.1, ['sl']],
  ['LV', 1.9, ['en']],
  ['EE', 1.4, ['en', 'fi']],
  ['CY', 0.9, ['en']],
  ['LU', 0.7, ['fr', 'de']],
  ['MT', 0.6, ['en']],
];

function weighted<T>(entries: readonly (readonly [T, number])[]): (random: Random) => T {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  return (random) => {
    let x = random() * total;
    for (const [value, w] of entries) {
      x -= w;
      if (x < 0) return value;
    }
    return entries.at(-1)![0];
  };
}

const pickCountry = weighted(countries.map((c) => [c, c[1]] as const));

/** The rows the respondent pages write for a completed state, as `savePage` and `finishGroup` do. */
export function cellsOfState(model: Model, state: ResponseState): NewAnswerCell[] {
  const cells: NewAnswerCell[] = [];
  for (const [id, answer] of Object.entries(state.answers))
    if (answer !== undefined) cells.push(...answerCells(id, 0, answer));
  for (const [group, repeat] of Object.entries(state.repeats)) {
    repeat.items.forEach((item, i) => {
      // A key unique among the response's items of the group, as a new item's would be.
      cells.push(markerCell(group, i + 1, itemPart, `item-${i + 1}`));
      for (const [id, answer] of Object.entries(item))
        if (answer !== undefined) cells.push(...answerCells(id, i + 1, answer));
    });
    if (repeat.done) cells.push(markerCell(group, 0, donePart));
  }
  for (const key of state.saved) {
    const [group, item, page] = key.split('/');
    if (page === undefined) cells.push(markerCell(key, 0, savedPart));
    else if (model.groups.has(group!)) cells.push(markerCell(page, Number(item), savedPart));
  }
  return cells;
}

export interface Journey {
  readonly instrument: string;
  readonly model: Model;
  readonly state: ResponseState;
  readonly pages: number;
}

export interface GeneratedResponse {
  readonly id: string;
  readonly instrument: string;
  readonly language: string;
  readonly resumeHash: string;
  readonly receipt: string;
  readonly startedAt: Date;
  readonly completedAt: Date;
  readonly cells: readonly NewAnswerCell[];
}

export interface DatasetOptions {
  readonly seed: number;
  /** How many distinct journeys are simulated; responses draw from them. */
  readonly distinct: number;
  /** The last day of fieldwork (answers crowd towards it). */
  readonly closesAt: Date;
  /** Days of fieldwork. */
  readonly days: number;
}

/** The study's questionnaires, compiled, by slug. */
export function modelsOf(study: StudyFiles): Map<string, Model> {
  return new Map(study.questionnaires.map((q) => [q.id, compile(q)]));
}

/** Simulates `distinct` journeys across the instruments, in their shares, from `seed`. */
export function simulateJourneys(
  models: ReadonlyMap<string, Model>,
  options: Pick<DatasetOptions, 'seed' | 'distinct'>,
): Journey[] {
  const random = seededRandom(options.seed);
  const pickInstrument = weighted(Object.entries(instrumentShares));
  const today = '2026-11-23';
  const journeys: Journey[] = [];
  for (let i = 0; i < options.distinct; i++) {
    const instrument = pickInstrument(random);
    const model = models.get(instrument);
    if (model === undefined) throw new Error(`the study has no questionnaire ${instrument}`);
    const run = simulateResponse(model, random, today);
    journeys.push({ instrument, model, state: run.state, pages: run.path.length });
  }
  return journeys;
}

/** A response's country answer, replaced by the drawn country unless it was left unanswered. */
function withCountry(cells: readonly NewAnswerCell[], country: string): NewAnswerCell[] {
  return cells.map((c) =>
    c.question_id === 'country' && c.item === 0 && c.part === '' && c.value !== null
      ? { ...c, value: JSON.stringify(country) }
      : c,
  );
}

/** Unique, stable ids from a counter: uuid-shaped, a hash for the resume code, an 8-character receipt. */
function idsOf(n: number, seed: number) {
  const hex = createHash('sha256').update(`${seed}:${n}`).digest('hex');
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  return { id, resumeHash: hex, receipt: `B${n.toString(36).toUpperCase().padStart(7, '0')}` };
}

/**
 * `count` responses, one at a time (never all in memory): each is a simulated journey with a
 * country, a language spoken there and a completion time drawn anew. Most answers arrive in the
 * last days before the questionnaire closes, as the study's fieldwork reports.
 */
export function* generateResponses(
  journeys: readonly Journey[],
  count: number,
  options: DatasetOptions,
): Generator<GeneratedResponse> {
  const random = seededRandom(options.seed ^ 0x5bd1e995);
  const cellsOf = new Map<Journey, NewAnswerCell[]>();
  const dayMs = 86_400_000;
  for (let n = 0; n < count; n++) {
    const journey = journeys[Math.floor(random() * journeys.length)]!;
    let cells = cellsOf.get(journey);
    if (cells === undefined) {
      cells = cellsOfState(journey.model, journey.state);
      cellsOf.set(journey, cells);
    }
    const [country, , languages] = pickCountry(random);
    const language = languages[Math.floor(random() * languages.length)]!;
    // Days before closing, exponential with a mean of a fifth of the fieldwork, cut at its start.
    const daysBefore = Math.min(options.days, -Math.log(1 - random()) * (options.days / 5));
    const completedAt = new Date(options.closesAt.getTime() - daysBefore * dayMs);
    // About a minute a page, give or take.
    const minutes = journey.pages * (0.4 + random() * 1.4);
    const startedAt = new Date(completedAt.getTime() - minutes * 60_000);
    yield {
      ...idsOf(n, options.seed),
      instrument: journey.instrument,
      language,
      startedAt,
      completedAt,
      cells: withCountry(cells, country),
    };
  }
}
