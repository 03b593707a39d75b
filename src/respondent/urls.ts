import type { Step } from '../questionnaire/index.ts';

/** Every respondent URL is made here: /{lang}/s/{study}/{questionnaire}/… */
export interface QuestionnaireUrls {
  readonly base: string;
  landing(): string;
  step(step: Step): string;
  stepKey(key: string): string;
  summary(groupId: string): string;
  newItem(groupId: string): string;
  remove(groupId: string, index: number): string;
  check(): string;
  done(): string;
  save(): string;
  resume(): string;
  restart(): string;
}

export const homeUrl = (lang: string) => `/${lang}`;
export const studyUrl = (lang: string, study: string) => `/${lang}/s/${study}`;
export const privacyUrl = (lang: string, study: string) => `/${lang}/s/${study}/privacy`;
export const eraseUrl = (lang: string, study: string) => `/${lang}/s/${study}/erase`;
/** The register of microcredentials: its search, and the start of its pages. */
export const registerUrl = (lang: string) => `/${lang}/register`;
/** The check of a digital credential. */
export const verifyUrl = (lang: string) => `/${lang}/verify`;

export function questionnaireUrls(lang: string, study: string, questionnaire: string): QuestionnaireUrls {
  const base = `/${lang}/s/${study}/${questionnaire}`;
  const stepKey = (key: string): string => {
    if (key === 'check') return `${base}/check`;
    if (key === 'declined') return base;
    const parts = key.split('/');
    if (parts.length === 3) return `${base}/r/${parts[0]}/${parts[1]}/${parts[2]}`;
    return `${base}/p/${key}`;
  };
  return {
    base,
    landing: () => base,
    step: (step) => (step.kind === 'summary' ? `${base}/r/${step.key}` : stepKey(step.key)),
    stepKey: (key) => stepKey(key),
    summary: (groupId) => `${base}/r/${groupId}`,
    newItem: (groupId) => `${base}/r/${groupId}/new`,
    remove: (groupId, index) => `${base}/r/${groupId}/${index}/remove`,
    check: () => `${base}/check`,
    done: () => `${base}/done`,
    save: () => `${base}/save`,
    resume: () => `${base}/resume`,
    restart: () => `${base}/restart`,
  };
}

/** The same page in another language: the language is always the first path segment. */
export function withLanguage(path: string, lang: string): string {
  return path.replace(/^\/[a-z]{2}(?=\/|$)/, `/${lang}`);
}
