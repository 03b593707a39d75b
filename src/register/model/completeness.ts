/**
 * How completely a record describes a microcredential by the European standard elements of Annex I
 * (Council Recommendation of 16 June 2022, OJ C 243, 27.6.2022, p. 10). Returns codes only; the
 * pages word them.
 *
 * Every element is read with its own field schema, so any input (a full record, a mapper's partial
 * record, a half-typed form, or something else entirely) gets a report and never an exception: a
 * field that fails its schema counts as missing, reason `invalid`.
 */
import type { z } from 'zod';
import type { AnnexIElement } from './annex-i.ts';
import { annexIElements, microcredentialSchema } from './annex-i.ts';

export type ElementStatus = 'present' | 'missing' | 'vague' | 'notApplicable';

/** Why an element is not simply present. */
export type ElementReason =
  // missing
  | 'absent'
  | 'invalid'
  | 'noAssessment'
  | 'noQualityAssurance'
  // not applicable
  | 'registerEntryNotAwarded'
  | 'notIssued'
  | 'noLevel'
  // vague
  | 'outcomesTooShort'
  | 'outcomesNotVerbLed'
  | 'noEctsOrHours'
  | 'nqfWithoutEqf'
  | 'assessmentFreeTextOnly'
  | 'otherWithoutDescription'
  | 'qaFreeTextOnly';

export interface ElementCheck {
  readonly element: AnnexIElement;
  /** Its number in Annex I: 1–11 mandatory, 12–16 optional. */
  readonly number: number;
  readonly mandatory: boolean;
  readonly status: ElementStatus;
  readonly reason?: ElementReason;
}

export interface Completeness {
  /** Mandatory elements present / mandatory elements applicable, 0–1. Vague ones do not count as present. */
  readonly score: number;
  readonly elements: readonly ElementCheck[];
}

type Verdict = { status: ElementStatus; reason?: ElementReason };
const present: Verdict = { status: 'present' };
const vague = (reason: ElementReason): Verdict => ({ status: 'vague', reason });
const missing = (reason: ElementReason): Verdict => ({ status: 'missing', reason });
const notApplicable = (reason: ElementReason): Verdict => ({ status: 'notApplicable', reason });

const shape = microcredentialSchema.shape;

/** An own property only: arbitrary input may carry `constructor` or `__proto__` keys. */
function field(record: unknown, key: string): unknown {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return undefined;
  return Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}

/** Absent, invalid, or the parsed value for the vagueness rules to look at. */
function read<S extends z.ZodType>(
  schema: S,
  value: unknown,
): { ok: true; value: z.output<S> } | { ok: false; verdict: Verdict } {
  if (value === undefined) return { ok: false, verdict: missing('absent') };
  const parsed = schema.safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, verdict: missing('invalid') };
}

/** Present when the value passes its schema; no vagueness rule applies. */
function plain(schema: z.ZodType, value: unknown): Verdict {
  const r = read(schema, value);
  return r.ok ? present : r.verdict;
}

// --- Vagueness rules ------------------------------------------------------------------------------
// Few and explicit. Each one flags a value that is there but does not do what Annex I asks of it.

/**
 * Fewer words than this, over all outcomes in the language with the most text, and no ESCO link:
 * too little to say what a holder knows and can do. Fifteen words is about two short outcome
 * statements ("configure a small office network; document its set-up"), which a microcredential,
 * "a small volume of learning" with "specific knowledge, skills and competences" (the
 * Recommendation's definition), can be expected to state.
 */
export const MIN_OUTCOME_WORDS = 15;

/**
 * Learning outcomes are written as what the learner can do, led by an action verb (Cedefop,
 * "Defining, writing and applying learning outcomes", 2017). English statements are checked against
 * this list of common outcome verbs (base form; -s, -ing and -ed forms also count), after an
 * optional lead-in such as "the learner will be able to". Other languages are not judged.
 */
const OUTCOME_VERBS = new Set(
  (
    'analyse analyze apply appraise argue arrange assemble assess build calculate carry categorise ' +
    'check choose classify collaborate collect combine communicate compare compile compose compute ' +
    'conduct configure construct contrast create critique debate deduce define demonstrate describe ' +
    'design detect determine develop diagnose differentiate discuss distinguish document draft draw ' +
    'estimate evaluate examine explain express formulate generate give handle identify illustrate ' +
    'implement improve install integrate interpret investigate judge justify lead list locate maintain ' +
    'manage measure modify monitor name negotiate operate organise organize outline perform plan ' +
    'predict prepare present prioritise produce program programme propose protect provide recall ' +
    'recognise recognize recommend reflect relate repair report research resolve review revise run ' +
    'select set solve state structure summarise summarize supervise support test translate ' +
    'troubleshoot understand use utilise validate verify write'
  ).split(' '),
);

const LEAD_IN =
  /^(?:(?:the |a )?(?:learners?|students?|participants?|holders?|graduates?|candidates?)\s+)?(?:(?:will|shall|should)\s+)?(?:be\s+able\s+to|is\s+able\s+to|are\s+able\s+to|can|able\s+to)\s+/;

/** Not global: only the first word is looked at, and a statement may be 10,000 characters. */
const FIRST_WORD = /\p{L}+/u;

function isVerbLed(statement: string): boolean {
  const words = statement
    .toLowerCase()
    .replace(/^[\s\-–•*\d.)]+/, '')
    .replace(LEAD_IN, '')
    .match(FIRST_WORD);
  const first = words?.[0];
  if (first === undefined) return false;
  const forms = [/s$/, /es$/, /ing$/, /ed$/, /d$/].map((ending) => first.replace(ending, ''));
  return [first, ...forms, first.replace(/ing$/, 'e')].some((stem) => OUTCOME_VERBS.has(stem));
}

const LETTER = /\p{L}/u;

/**
 * Words with at least one letter: "set-up," is a word, "2" and "—" are not. One split on white space
 * and one scan of each word, so linear. The regular expression this replaces (non-space, letter,
 * non-space, each run as long as it goes) retried every position of a long run without a letter:
 * quadratic, seconds on 10,000 lone surrogates, and outcomes come from anyone who submits a
 * credential to verify.
 */
export function wordCount(text: string): number {
  let count = 0;
  for (const word of text.split(/\s+/)) if (LETTER.test(word)) count++;
  return count;
}

function outcomesVerdict(value: unknown): Verdict {
  const r = read(shape.learningOutcomes, value);
  if (!r.ok) return r.verdict;
  // An ESCO skill or knowledge concept states an outcome in a shared, defined vocabulary, with
  // verb-led preferred labels ("develop digital content"): a short title then is enough.
  if (r.value.some((o) => (o.escoSkills?.length ?? 0) > 0)) return present;
  const languages = new Set(r.value.flatMap((o) => Object.keys(o.text)));
  const words = Math.max(
    ...[...languages].map((lang) => r.value.reduce((n, o) => n + wordCount(o.text[lang] ?? ''), 0)),
  );
  if (words < MIN_OUTCOME_WORDS) return vague('outcomesTooShort');
  const english = r.value.flatMap((o) => (o.text.en === undefined ? [] : o.text.en.split(/[\n;]|\.\s/)));
  if (english.length > 0 && !english.some(isVerbLed)) return vague('outcomesNotVerbLed');
  return present;
}

/** Annex I asks for the workload "in ECTS, wherever possible": a credit value of unknown kind says too little. */
function workloadVerdict(value: unknown): Verdict {
  const r = read(shape.workload, value);
  if (!r.ok) return r.verdict;
  return r.value.ects === undefined && r.value.hours === undefined ? vague('noEctsOrHours') : present;
}

/** Annex I names the EQF; a national level alone cannot be compared across countries. */
function levelVerdict(value: unknown): Verdict {
  const r = read(shape.level, value);
  if (!r.ok) return r.verdict;
  // Annex I: the level "if applicable"; the study's 'none' says it has none.
  if (r.value.eqf === 'none') return notApplicable('noLevel');
  if (r.value.eqf === undefined && r.value.nqf !== undefined) return vague('nqfWithoutEqf');
  return present;
}

/**
 * The Recommendation's definition says the learning outcomes "will have been assessed against
 * transparent and clearly defined criteria", so "no assessment" leaves element 9 unmet.
 */
function assessmentVerdict(value: unknown): Verdict {
  const r = read(shape.assessment, value);
  if (!r.ok) return r.verdict;
  if (r.value.types.includes('none')) return missing('noAssessment');
  if (r.value.types.length === 0) return vague('assessmentFreeTextOnly');
  if (r.value.types.includes('other') && r.value.description === undefined) {
    return vague('otherWithoutDescription');
  }
  return present;
}

/**
 * Element 11 asks for the *type* of QA. Micro-credentials "are underpinned by quality assurance"
 * (the definition; Annex II, principle 1), so "none" leaves it unmet, and words or an accrediting
 * body without a type leave the reader to guess (the OB3 `ext:QualityAssurance` alignment is such a case).
 */
function qualityVerdict(value: unknown): Verdict {
  const r = read(shape.qualityAssurance, value);
  if (!r.ok) return r.verdict;
  if (r.value.types.includes('none')) return missing('noQualityAssurance');
  if (r.value.types.length === 0) return vague('qaFreeTextOnly');
  return present;
}

/**
 * Element 5 applies to an issued credential only: a record mapped from one (`source`) or one that
 * carries a date. A description of a microcredential offered has no date of issuing.
 */
function dateVerdict(record: unknown): Verdict {
  const date = field(record, 'dateOfIssuing');
  if (date === undefined && field(record, 'source') === undefined) return notApplicable('notIssued');
  return plain(shape.dateOfIssuing.unwrap(), date);
}

function verdictOf(element: AnnexIElement, record: unknown): Verdict {
  switch (element) {
    // Annex I element 1 identifies the learner of an awarded credential; a register entry describes
    // the microcredential, not a holder (see annex-i.ts).
    case 'learner':
      return notApplicable('registerEntryNotAwarded');
    case 'title':
      return plain(shape.title, field(record, 'title'));
    case 'issuerCountry':
      return plain(shape.issuerCountries, field(record, 'issuerCountries'));
    case 'awardingBody':
      return plain(shape.awardingBodies, field(record, 'awardingBodies'));
    case 'dateOfIssuing':
      return dateVerdict(record);
    case 'learningOutcomes':
      return outcomesVerdict(field(record, 'learningOutcomes'));
    case 'workload':
      return workloadVerdict(field(record, 'workload'));
    case 'level':
      return levelVerdict(field(record, 'level'));
    case 'assessmentType':
      return assessmentVerdict(field(record, 'assessment'));
    case 'participationForm':
      return plain(shape.participation, field(record, 'participation'));
    case 'qualityAssurance':
      return qualityVerdict(field(record, 'qualityAssurance'));
    case 'prerequisites':
      return plain(shape.prerequisites.unwrap(), field(record, 'prerequisites'));
    case 'supervision':
      return plain(shape.supervision.unwrap(), field(record, 'supervision'));
    case 'grade':
      return plain(shape.grade.unwrap(), field(record, 'grade'));
    case 'stackability':
      return plain(shape.stackability.unwrap(), field(record, 'stackability'));
    case 'furtherInformation':
      return plain(shape.furtherInformation.unwrap(), field(record, 'furtherInformation'));
  }
}

/**
 * The Annex I elements of `record` (a Microcredential, a partial one as the mappers return, or any
 * other value) with their status, and the share of applicable mandatory elements present.
 */
export function annexICompleteness(record: unknown): Completeness {
  const elements = annexIElements.map(({ code, number, mandatory }): ElementCheck => {
    const verdict = verdictOf(code, record);
    return verdict.reason === undefined
      ? { element: code, number, mandatory, status: verdict.status }
      : { element: code, number, mandatory, status: verdict.status, reason: verdict.reason };
  });
  const applicable = elements.filter((e) => e.mandatory && e.status !== 'notApplicable');
  const presentCount = applicable.filter((e) => e.status === 'present').length;
  return { score: applicable.length === 0 ? 0 : presentCount / applicable.length, elements };
}
