/** The pages respondents meet: landing, questions, repeat groups, check, submit, save and resume. */

export type { StaticAsset } from './asset.ts';
export { readAsset, sendAsset } from './asset.ts';
export { loggablePath, pickLanguage, problemPage } from './errors.tsx';
export type { PageProblem } from './problem.ts';
export { problems } from './problem.ts';
export type { RegisterRouteOptions } from './register.routes.tsx';
export type { RespondentOptions } from './respondent.routes.tsx';
export { respondentRoutes } from './respondent.routes.tsx';
export { Catalog, scheduleAt } from './respondent.service.ts';
export { sendHtml } from './send-page.ts';
export { verifyUpload } from './verify.routes.tsx';
export type { Bar, Day } from './views/charts.tsx';
export { BarChart, DayChart } from './views/charts.tsx';
export type { Assets } from './views/layout.tsx';
export type { FieldContext } from './views/questions.tsx';
export { QuestionView } from './views/questions.tsx';
export type { CredentialFormatLink } from './views/register-entry.tsx';
export type { ResultWords } from './views/result-table.tsx';
export { ResultTable, suppressedSymbol } from './views/result-table.tsx';
export { elementNames, elementStatusNames } from './views/verify-annex.tsx';
