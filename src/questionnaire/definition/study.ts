import { z } from 'zod';
import type { DefinitionIssue } from '../issues.ts';
import { zodIssues, zodMessagesIn } from '../zod-locale.ts';
import { localizedTextSchema } from './schema.ts';

/**
 * The Specific Privacy Statement: what Article 15 of Regulation (EU) 2018/1725 requires the
 * controller to tell people whose data it collects from them, (1) identity and contact details of
 * the controller and of the data protection officer, purposes and legal basis, recipients, transfers
 * outside the Union; (2) storage period, the rights of access, rectification, erasure, restriction,
 * objection and portability, withdrawal of consent, the right to complain to the European Data
 * Protection Supervisor, whether answering is required, automated decisions. Facts are settings;
 * each section has a default text in every interface language, which the study may replace.
 */
export const privacySchema = z.strictObject({
  lastUpdated: z.iso.date(),
  processingOperation: localizedTextSchema,
  controller: z.strictObject({
    name: localizedTextSchema,
    address: z.string().min(1).max(300).optional(),
    email: z.email(),
  }),
  dpo: z.strictObject({ email: z.email(), name: localizedTextSchema.optional() }),
  /** Who processes the data on the controller's behalf (hosting, a survey contractor). */
  processors: localizedTextSchema.optional(),
  /** Answers are kept this many months after the study closes. */
  retentionMonths: z.number().int().min(1).max(240),
  /** Days after a questionnaire closes that invitation contacts are kept (they are deleted then). */
  contactRetentionDays: z.number().int().min(0).max(3650).default(30),
  /** The record of this processing in the data protection officer's register. */
  recordReference: z.string().min(1).max(100).optional(),
  purpose: localizedTextSchema.optional(),
  legalBasis: localizedTextSchema.optional(),
  dataCollected: localizedTextSchema.optional(),
  retention: localizedTextSchema.optional(),
  security: localizedTextSchema.optional(),
  recipients: localizedTextSchema.optional(),
  transfers: localizedTextSchema.optional(),
  rights: localizedTextSchema.optional(),
  voluntary: localizedTextSchema.optional(),
  automatedDecisions: localizedTextSchema.optional(),
  moreInformation: localizedTextSchema.optional(),
});

export type PrivacyStatement = z.infer<typeof privacySchema>;

/** The sections a study may word itself, in the order the statement shows them. */
export const privacySections = [
  'purpose',
  'legalBasis',
  'dataCollected',
  'retention',
  'security',
  'recipients',
  'transfers',
  'rights',
  'voluntary',
  'automatedDecisions',
] as const;
export type PrivacySection = (typeof privacySections)[number];

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
  /** The Specific Privacy Statement's facts and any section worded by the study. */
  privacy: privacySchema,
  contact: z.strictObject({ email: z.email(), name: localizedTextSchema }),
  /**
   * The smallest number of respondents any published figure may rest on (primary suppression below
   * it); never below 3 (Handbook on Statistical Disclosure Control, 2nd ed., ch. 5).
   */
  disclosureThreshold: z.number().int().min(3).max(100).default(10),
  /** A note shown on every landing page, e.g. what the questionnaire is modelled on. */
  note: localizedTextSchema.optional(),
});

export type Study = z.infer<typeof studySchema>;

export type ParseStudyResult = { ok: true; study: Study } | { ok: false; issues: DefinitionIssue[] };

/** Checks a study definition; the shape's problems carry Zod's words in `language` (English by default). */
export function parseStudy(input: unknown, language?: string): ParseStudyResult {
  const parsed = studySchema.safeParse(input, zodMessagesIn(language));
  if (!parsed.success) {
    return { ok: false, issues: zodIssues(parsed.error) };
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
    ['privacy.processingOperation', study.privacy.processingOperation],
    ['privacy.controller.name', study.privacy.controller.name],
    ['privacy.dpo.name', study.privacy.dpo.name],
    ['privacy.processors', study.privacy.processors],
    ['privacy.moreInformation', study.privacy.moreInformation],
    ...privacySections.map((section): [string, Record<string, string> | undefined] => [
      `privacy.${section}`,
      study.privacy[section],
    ]),
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
