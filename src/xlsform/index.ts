/**
 * XLSForm spreadsheets to and from credmap questionnaire definitions, so that methodologists can
 * work in a spreadsheet. Other folders import this file only. See README.md for the contract.
 */
export type { XlsFormIssue } from './issues.ts';
export type { XlsFormResult } from './read-xlsform.ts';
export { readXlsForm, readXlsFormWorkbook } from './read-xlsform.ts';
export { writeXlsForm } from './write-xlsform.ts';
