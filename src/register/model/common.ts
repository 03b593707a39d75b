/** Building blocks shared by the register's records. */
import { z } from 'zod';
import { isoCountryCodes } from '../../questionnaire/index.ts';

/**
 * The key of a text with no declared language. Open Badges texts carry a language only when
 * `achievement.inLanguage` is given; rather than guess one, their texts are kept under `und`
 * (BCP 47 "undetermined"). `resolveText` falls back to the first text there is, so they still show.
 */
export const UNDETERMINED = 'und';

/** ISO 639-1, as in questionnaire texts, or `und`. */
export const languageCodeSchema = z
  .string()
  .regex(/^(?:[a-z]{2}|und)$/, 'a two-letter language code (ISO 639-1) or und');

/**
 * A text in one or more languages, `{ en: '…', de: '…' }`: the shape of `LocalizedText`
 * (src/questionnaire/localized-text.ts), with at least one non-empty text.
 */
export const localizedTextSchema = z
  .record(languageCodeSchema, z.string().trim().min(1).max(10_000))
  .refine((text) => Object.keys(text).length > 0, { message: 'at least one language' });

/** ISO 3166-1 alpha-2, the codes the questionnaires' country questions use. */
export const countryCodeSchema = z
  .string()
  .refine((code) => isoCountryCodes.includes(code), { message: 'an ISO 3166-1 alpha-2 country code' });

/** A register id: short, URL-safe. */
export const recordIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, 'letters, digits and . _ : -, at most 128');

export const webUrlSchema = z.url({ protocol: /^https?$/ }).max(2000);

/** A date (`2025-03-01`) or a date and time with an offset (`2023-09-27T13:54:17+02:00`). */
export const dateOrDateTimeSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);
