import type { Logger } from 'pino';
import { languageName } from '../i18n/index.ts';
import type { DefinitionIssue, ExprErrorCode, Questionnaire } from '../questionnaire/index.ts';
import { parseDefinition, studySchema } from '../questionnaire/index.ts';
import type { Catalog } from '../respondent/index.ts';
import type { QuestionnaireRow, Store, StudyRow } from '../store/index.ts';
import {
  deleteDraft,
  findDraft,
  listQuestionnaires,
  publishVersion,
  recordAudit,
  setSchedule,
} from '../store/index.ts';
import { definitionHash, harmonisationConflicts } from '../studies/index.ts';
import { publishProblemKey } from './labels.ts';
import type { ConsoleKey, ConsoleTranslate } from './messages/index.ts';
import { draftOrLatest, languageReport } from './translation-state.ts';

/**
 * What the console's pages and the API both do to a questionnaire, done once: each change in one
 * transaction with its audit entry.
 */

export interface Actor {
  readonly accountId: number;
  readonly actor: string;
}

export type PublishProblem =
  | { readonly kind: 'noDraft' }
  | { readonly kind: 'definition'; readonly issue: DefinitionIssue }
  | {
      readonly kind: 'translation';
      readonly language: string;
      readonly key: string;
      readonly state: 'missing' | 'outdated' | 'placeholders';
    }
  | { readonly kind: 'harmonisation'; readonly variable: string; readonly other: string };

/** A definition's problem as `credmap check` prints it: where, code, and detail. */
export const definitionIssueText = (i: DefinitionIssue): string =>
  `${i.path}: ${i.code}${i.detail === undefined ? '' : ` (${i.detail})`}`;

/** The codes of src/questionnaire's definition checks and expression parser (its `ExprErrorCode`). */
type DefinitionIssueCode =
  | 'list.unknown'
  | 'language.fallbackNotDeclared'
  | 'language.duplicate'
  | 'text.missingLanguage'
  | 'text.undeclaredLanguage'
  | 'text.placeholdersDiffer'
  | 'id.duplicate'
  | 'variable.duplicate'
  | 'expression.unknownReference'
  | 'expression.forwardReference'
  | 'expression.cycle'
  | 'repeat.minAboveMax'
  | 'repeat.firstPageConditional'
  | 'multiple.minAboveMax'
  | 'multiple.maxAboveChoices'
  | 'number.minAboveMax'
  | 'country.unknown'
  | 'consent.notOnFirstPage'
  | 'consent.conditional'
  | 'choice.exclusiveOnlyInMultiple'
  | 'choice.otherOnlyInChoice'
  | 'choice.duplicateCode'
  | 'include.unknownKey'
  | 'include.unknownModule'
  | 'include.cycle'
  | 'include.listConflict'
  | 'timeZone.unknown'
  | ExprErrorCode;

/**
 * The message of each definition code, spelled out. The engine has no list of its codes, so a test
 * reads them from its source and fails on one missing here.
 */
export const definitionIssueKeys: Readonly<Record<DefinitionIssueCode, ConsoleKey>> = {
  'list.unknown': 'console.definition.list.unknown',
  'language.fallbackNotDeclared': 'console.definition.language.fallbackNotDeclared',
  'language.duplicate': 'console.definition.language.duplicate',
  'text.missingLanguage': 'console.definition.text.missingLanguage',
  'text.undeclaredLanguage': 'console.definition.text.undeclaredLanguage',
  'text.placeholdersDiffer': 'console.definition.text.placeholdersDiffer',
  'id.duplicate': 'console.definition.id.duplicate',
  'variable.duplicate': 'console.definition.variable.duplicate',
  'expression.unknownReference': 'console.definition.expression.unknownReference',
  'expression.forwardReference': 'console.definition.expression.forwardReference',
  'expression.cycle': 'console.definition.expression.cycle',
  'repeat.minAboveMax': 'console.definition.repeat.minAboveMax',
  'repeat.firstPageConditional': 'console.definition.repeat.firstPageConditional',
  'multiple.minAboveMax': 'console.definition.multiple.minAboveMax',
  'multiple.maxAboveChoices': 'console.definition.multiple.maxAboveChoices',
  'number.minAboveMax': 'console.definition.number.minAboveMax',
  'country.unknown': 'console.definition.country.unknown',
  'consent.notOnFirstPage': 'console.definition.consent.notOnFirstPage',
  'consent.conditional': 'console.definition.consent.conditional',
  'choice.exclusiveOnlyInMultiple': 'console.definition.choice.exclusiveOnlyInMultiple',
  'choice.otherOnlyInChoice': 'console.definition.choice.otherOnlyInChoice',
  'choice.duplicateCode': 'console.definition.choice.duplicateCode',
  'include.unknownKey': 'console.definition.include.unknownKey',
  'include.unknownModule': 'console.definition.include.unknownModule',
  'include.cycle': 'console.definition.include.cycle',
  'include.listConflict': 'console.definition.include.listConflict',
  'timeZone.unknown': 'console.definition.timeZone.unknown',
  'expr.unexpectedToken': 'console.definition.expr.unexpectedToken',
  'expr.unexpectedEnd': 'console.definition.expr.unexpectedEnd',
  'expr.unterminatedString': 'console.definition.expr.unterminatedString',
  'expr.badEscape': 'console.definition.expr.badEscape',
  'expr.badNumber': 'console.definition.expr.badNumber',
  'expr.badReference': 'console.definition.expr.badReference',
  'expr.bareIdentifier': 'console.definition.expr.bareIdentifier',
  'expr.unknownFunction': 'console.definition.expr.unknownFunction',
  'expr.arity': 'console.definition.expr.arity',
  'expr.tooLong': 'console.definition.expr.tooLong',
  'expr.tooDeep': 'console.definition.expr.tooDeep',
};

const isDefinitionIssueCode = (code: string): code is DefinitionIssueCode =>
  Object.hasOwn(definitionIssueKeys, code);

type Params = Readonly<Record<string, string | number>>;

/**
 * A definition code's message alone, without where or the code; undefined for a code this version
 * does not know, or a detail not in the form its message needs (the caller then says the code).
 * `schema.…` problems are Zod's words, already in the reader's language.
 */
export function definitionIssueMessage(
  t: ConsoleTranslate,
  issue: { readonly code: string; readonly detail?: string | undefined },
): string | undefined {
  const { code, detail } = issue;
  if (code.startsWith('schema.')) {
    if (detail === undefined || detail === '') return undefined;
    return /[.!?…]$/.test(detail) ? detail : `${detail}.`;
  }
  if (!isDefinitionIssueCode(code)) return undefined;
  const params = definitionParams(code, detail);
  return params === undefined ? undefined : t(definitionIssueKeys[code], params);
}

/** The parameters of a code's message, from its detail as src/questionnaire writes it. */
function definitionParams(code: DefinitionIssueCode, detail: string | undefined): Params | undefined {
  if (code.startsWith('expr.')) {
    // The parser's offset (from 0) becomes the character a reader counts (from 1).
    const at = /^at (\d+)(?:: (.*))?$/s.exec(detail ?? '');
    if (at === null) return undefined;
    return { position: Number(at[1]) + 1, max: Number(at[1]), detail: at[2] ?? '' };
  }
  if (code === 'variable.duplicate') {
    const also = /^(.*) \(also (.*)\)$/s.exec(detail ?? '');
    return also === null ? undefined : { detail: also[1]!, other: also[2]! };
  }
  if (code.startsWith('text.') && detail !== undefined) {
    const name = languageName(detail);
    return { language: name === detail ? detail : `${name} (${detail})`, detail };
  }
  return { detail: detail ?? '' };
}

/**
 * A definition's problem for the console, in the reader's language: where, a sentence, and the
 * code in brackets, for looking it up in src/questionnaire; a code without a message as the CLI says it.
 */
export function definitionIssueSentence(t: ConsoleTranslate, issue: DefinitionIssue): string {
  const message = definitionIssueMessage(t, issue);
  if (message === undefined) return definitionIssueText(issue);
  return `${t('console.definition.where', { path: issue.path, message })} (${issue.code})`;
}

/**
 * A definition's problem in an API message: where and the code first, as scripts read them and as
 * the API says every problem, then the sentence in brackets.
 */
export function definitionIssueApiText(t: ConsoleTranslate, issue: DefinitionIssue): string {
  const message = definitionIssueMessage(t, issue);
  return message === undefined ? definitionIssueText(issue) : `${issue.path}: ${issue.code} (${message})`;
}

type DefinitionIssueWords = (t: ConsoleTranslate, issue: DefinitionIssue) => string;

/**
 * What the parser says of a definition's `id` that is not a text (an empty list when it says
 * nothing: the caller's own "no valid id" stands then), in the reader's language.
 */
export function idIssueTexts(
  definition: unknown,
  t: ConsoleTranslate,
  say: DefinitionIssueWords = definitionIssueSentence,
): string[] {
  const parsed = parseDefinition(definition, t.lang);
  return parsed.ok ? [] : parsed.issues.filter((i) => i.path === 'id').map((i) => say(t, i));
}

export function publishProblemText(
  t: ConsoleTranslate,
  p: PublishProblem,
  say: DefinitionIssueWords = definitionIssueSentence,
): string {
  switch (p.kind) {
    case 'noDraft':
      return t('console.draft.none');
    case 'definition':
      return say(t, p.issue);
    case 'translation':
      return t(publishProblemKey[p.state], { language: languageName(p.language), key: p.key });
    case 'harmonisation':
      return t('console.publish.notHarmonised', { variable: p.variable, other: p.other });
  }
}

/**
 * Publishes the draft as a new immutable version, unless it has problems: it does not parse, a
 * language is incomplete or outdated, or it asks a variable differently from the study's other
 * questionnaires. Every problem is returned, none is fixed silently.
 */
export async function publishDraft(
  store: Store,
  catalog: Catalog,
  logger: Logger,
  /** `language`: the one the problems' details are worded in, the console's. */
  scope: { study: StudyRow; q: QuestionnaireRow; actor: Actor; language: string },
): Promise<{ ok: true; version: number } | { ok: false; problems: PublishProblem[] }> {
  const { study, q } = scope;
  const draft = await findDraft(store.db, q.id);
  if (draft === undefined) return { ok: false, problems: [{ kind: 'noDraft' }] };
  const parsed = parseDefinition(draft.definition, scope.language);
  if (!parsed.ok)
    return { ok: false, problems: parsed.issues.map((issue) => ({ kind: 'definition', issue })) };
  const current = await draftOrLatest(store, q.id);
  const unfinished: PublishProblem[] = languageReport(draft.definition, await current!.sources()).flatMap(
    (l) =>
      l.units.flatMap((u) =>
        u.state === 'complete'
          ? []
          : [{ kind: 'translation' as const, language: l.language, key: u.key, state: u.state }],
      ),
  );
  if (unfinished.length > 0) return { ok: false, problems: unfinished };
  const others: Questionnaire[] = [];
  for (const row of await listQuestionnaires(store.db, study.id)) {
    if (row.id === q.id) continue;
    const ref = await catalog.find(study.slug, row.slug);
    if (ref !== undefined) others.push(ref.model.definition);
  }
  const next = parsed.questionnaire;
  const conflicts: PublishProblem[] = harmonisationConflicts({
    study: studySchema.parse(study.definition),
    questionnaires: [...others, next],
  })
    .filter((x) => x.questionnaires.includes(next.id))
    .map((x) => ({
      kind: 'harmonisation',
      variable: x.variable,
      other: x.questionnaires.find((id) => id !== next.id) ?? next.id,
    }));
  if (conflicts.length > 0) return { ok: false, problems: conflicts };
  const version = await store.db.transaction().execute(async (trx) => {
    const v = await publishVersion(trx, q.id, next, definitionHash(next));
    await deleteDraft(trx, q.id);
    await recordAudit(trx, {
      ...scope.actor,
      studyId: study.id,
      action: 'questionnaire.publish',
      detail: { questionnaire: q.slug, version: v.number },
    });
    return v;
  });
  logger.info({ study: study.slug, questionnaire: q.slug, version: version.number }, 'version published');
  return { ok: true, version: version.number };
}

/**
 * The years a schedule's dates may fall in, both included: wide enough for any fieldwork, whatever a
 * team types for "long ago" or "never", and only years PostgreSQL stores as it shows them (the API's
 * ISO 8601 format also allows year 0000, which the database refuses).
 */
export const scheduleYears = { from: 1900, to: 9999 } as const;

/**
 * Whether a schedule's moment is in `scheduleYears`: from the year as written (in the team's time
 * zone, or with the API's offset), so that 1 January 1900 east of Greenwich is taken though it is
 * still 1899 in UTC; to the end of 9999 in UTC, so that every date the API gives back has four
 * digits of year, as ISO 8601 without expansion, and most languages' date types, read them.
 */
export const inScheduleRange = (instant: Date, writtenYear: number): boolean =>
  writtenYear >= scheduleYears.from && instant.getUTCFullYear() <= scheduleYears.to;

/** Sets opening and closing; respondent pages read them on every request, so they follow at once. */
export async function changeSchedule(
  store: Store,
  scope: { study: StudyRow; q: QuestionnaireRow; actor: Actor },
  schedule: { opensAt: Date | null; closesAt: Date | null },
  action: 'questionnaire.schedule' | 'questionnaire.close' = 'questionnaire.schedule',
): Promise<void> {
  const { study, q } = scope;
  await store.db.transaction().execute(async (trx) => {
    await setSchedule(trx, q.id, schedule);
    await recordAudit(trx, {
      ...scope.actor,
      studyId: study.id,
      action,
      detail: {
        questionnaire: q.slug,
        opens: schedule.opensAt?.toISOString() ?? null,
        closes: schedule.closesAt?.toISOString() ?? null,
        before: { opens: q.opens_at?.toISOString() ?? null, closes: q.closes_at?.toISOString() ?? null },
      },
    });
  });
}

/** Closes now; a questionnaire not yet open stays unopened rather than opening and closing at once. */
export function closeNow(
  store: Store,
  scope: { study: StudyRow; q: QuestionnaireRow; actor: Actor },
  now: Date,
) {
  const opensAt = scope.q.opens_at !== null && scope.q.opens_at > now ? null : scope.q.opens_at;
  return changeSchedule(store, scope, { opensAt, closesAt: now }, 'questionnaire.close');
}
