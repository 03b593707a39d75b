/**
 * The questionnaire engine: definitions, expressions, journeys and answer validation. Pure: no I/O,
 * no HTTP, no SQL. Other folders import this file only. See README.md for the contract.
 */
export type { AnswerWords } from './answer-text.ts';
export { answerText } from './answer-text.ts';
export type {
  Answer,
  AnswerMap,
  MissingCode,
  RepeatState,
  ResponseState,
  RowAnswer,
  Scalar,
} from './answers.ts';
export { emptyState, isMissingCode, missingCodes, repeatOf } from './answers.ts';
export { calculationKinds } from './calculation-kinds.ts';
export { countryGroups, expandCountries, isoCountryCodes } from './definition/countries.ts';
export type { IncludeResult, ModuleDocument } from './definition/include.ts';
export { resolveIncludes } from './definition/include.ts';
export type { ParseDefinitionResult } from './definition/parse-definition.ts';
export { parseDefinition } from './definition/parse-definition.ts';
export type {
  AnsweredQuestion,
  Choice,
  Entry,
  Page,
  Question,
  QuestionInput,
  Questionnaire,
  QuestionnaireInput,
  QuestionOf,
  QuestionType,
  RepeatGroup,
} from './definition/schema.ts';
export { labelOf, questionnaireSchema, takesAnswer } from './definition/schema.ts';
export type { ParseStudyResult, PrivacySection, PrivacyStatement, Study } from './definition/study.ts';
export { parseStudy, privacySections, studySchema } from './definition/study.ts';
export type { TimeEstimate } from './estimate.ts';
export { estimateTime, routeSeconds } from './estimate.ts';
export type { EvalContext, Expr, ExprErrorCode, Value, ValueKind } from './expression/index.ts';
export {
  dependencies,
  evaluate,
  parse as parseExpression,
  print as printExpression,
  renderTemplate,
  templateRefs,
} from './expression/index.ts';
export type { AnswerIssue, AnswerIssueCode, DefinitionIssue } from './issues.ts';
export { answerIssueCodes } from './issues.ts';
export type { Env, Journey, Step, VisitedStep } from './journey.ts';
export { answerValue, contextOf, isRequired, itemKey, journey } from './journey.ts';
export type { LocalizedText } from './localized-text.ts';
export { resolveText } from './localized-text.ts';
export type { Model } from './model.ts';
export { compile } from './model.ts';
export type { PageSubmission, StaleCalculation, SummarySubmission } from './page.ts';
export { staleCalculations, submitPage, submitSummary } from './page.ts';
export { questionTitle } from './question-title.ts';
export type { FormInput } from './question-types/common.ts';
export { missingPrefix } from './question-types/common.ts';
export type { NumberFormat } from './question-types/encode.ts';
export { encodeAnswer } from './question-types/encode.ts';
export { questionFields } from './question-types/registry.ts';
export { longtextDefaultMax, textDefaultMax } from './question-types/text.ts';
export type { Random, SimulatedResponse } from './simulate.ts';
export { seededRandom, simulateResponse } from './simulate.ts';
export { applyPage, finishRepeat } from './state.ts';
export { zodIssues, zodMessagesIn } from './zod-locale.ts';
