/** UI strings in the eight languages, language negotiation, and issue codes as messages. */
export {
  countryName,
  formatAnswerNumber,
  formatDateTime,
  formatIsoDate,
  formatList,
  formatNumber,
  todayIn,
} from './format.ts';
export { issueMessage } from './issues.ts';
export type { UiLanguage } from './languages.ts';
export { isUiLanguage, languageName, languageNames, negotiateLanguage, uiLanguages } from './languages.ts';
export type { RegisterCodeList, RegisterTranslate } from './messages/register/codes.ts';
export { registerCodeKeys, registerCodeLabel } from './messages/register/codes.ts';
export type { MessageKey, Messages, Params, Translate } from './translate.ts';
export { catalogues, fill, translator } from './translate.ts';
