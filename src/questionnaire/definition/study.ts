import { z } from 'zod';
import type { DefinitionIssue } from '../issues.ts';
import { localizedTextSchema } from './schema.ts';

/** A study: what respondents are told about who asks, why, and how their answers are kept. */
export const studySchema = z.strictObject({
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/),
  languages: z.array(z.string().regex(/^[a-z]{2}$/)).min(1),
  fallbackLanguage: z.string().regex(/^[a-z]{2}$/),
  /** IANA time zone for opening and closing dates, as respondents read them. */
  timeZone: z.string().default('Europe/Brussels'),
  title: localizedTextSchema,
  /** Who runs and commissions the study. */
  organisation: localizedTextSchema,
  /** Why the study is done, for the study page. */
  purpose: localizedTextSchema,
  /** The promise shown before anyone answers. */
  confidentiality: localizedTextSchema,
  /** The privacy statement, paragraphs separated by blank lines. */
  privacy: localizedTextSchema,
  contact: z.strictObject({ email: z.email(), name: localizedTextSchema }),
  /** A note shown on every landing page, e.g. what the questionnaire is modelled on. */
  note: localizedTextSchema.optional(),
});

export type Study = z.infer<typeof studySchema>;

export type ParseStudyResult = { ok: true; study: Study } | { ok: false; issues: DefinitionIssue[] };

export function parseStudy(input: unknown): ParseStudyResult {
  const parsed = studySchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({
        path: i.path.map(String).join('.') || '(root)',
        code: `schema.${i.code}`,
        detail: i.message,
      })),
    };
  }
  const study = parsed.data;
  const issues: DefinitionIssue[] = [];
  if (!study.languages.includes(study.fallbackLanguage))
    issues.push({ path: 'fallbackLanguage', code: 'language.fallbackNotDeclared' });
  try {
    new Intl.DateTimeFormat('en', { timeZone: study.timeZone });
  } catch {
    issues.push({ path: 'timeZone', code: 'timeZone.unknown', detail: study.timeZone });
  }
  const texts: [string, Record<string, string> | undefined][] = [
    ['title', study.title],
    ['organisation', study.organisation],
    ['purpose', study.purpose],
    ['confidentiality', study.confidentiality],
    ['privacy', study.privacy],
    ['contact.name', study.contact.name],
    ['note', study.note],
  ];
  for (const [path, text] of texts) {
    if (text === undefined) continue;
    for (const lang of study.languages)
      if ((text[lang] ?? '').trim() === '') issues.push({ path, code: 'text.missingLanguage', detail: lang });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, study };
}
