/**
 * Providers and awarding bodies as the register keeps them. A microcredential names its awarding
 * body(ies) (Annex I, element 4) and may link each to one of these records by id.
 */
import { z } from 'zod';
import { countryCodeSchema, localizedTextSchema, recordIdSchema, webUrlSchema } from './common.ts';

/**
 * The kind of organisation. The codes are those of the study's questionnaire list `provider_type`
 * (questionnaires/microcredentials/modules/microcredentials.yaml), so a study answer maps 1:1, plus
 * `public_authority`, which the questionnaire folds into `pes` or `other`. Higher education:
 * `higher_education`; VET provider: `public_vet` (private VET schools answer `private_provider`);
 * employer: `company`.
 */
export const providerTypeSchema = z.enum([
  'higher_education',
  'public_vet',
  'private_provider',
  'company',
  'professional_body',
  'public_authority',
  'pes',
  'vendor',
  'online_platform',
  'ngo',
  'other',
]);
export type ProviderType = z.infer<typeof providerTypeSchema>;

/**
 * A legal identifier of an organisation: what ELM calls `registration`, `vatIdentifier` or
 * `eIDASIdentifier` (LegalIdentifier: `notation` + `spatial`), and OB3 `Profile.otherIdentifier`.
 */
export const legalIdentifierSchema = z.strictObject({
  scheme: z.enum(['registration', 'vat', 'eidas', 'other']),
  value: z.string().trim().min(1).max(200),
  country: countryCodeSchema.optional(),
});
export type LegalIdentifier = z.infer<typeof legalIdentifierSchema>;

/**
 * Whether the organisation is accredited, and by whom. External QA "assesses mainly providers"
 * (Annex II, principle 1 of the Recommendation), so this sits on the provider, while the
 * microcredential says which type of QA underpins it (Annex I, element 11).
 */
export const accreditationStatusSchema = z.enum(['accredited', 'not_accredited', 'pending', 'unknown']);
export type AccreditationStatus = z.infer<typeof accreditationStatusSchema>;

export const providerAccreditationSchema = z.strictObject({
  status: accreditationStatusSchema,
  /** The accrediting or licensing body, e.g. a national agency registered in EQAR. */
  by: localizedTextSchema.optional(),
  /** Where the decision can be read. */
  decisionUrl: webUrlSchema.optional(),
  validUntil: z.iso.date().optional(),
});
export type ProviderAccreditation = z.infer<typeof providerAccreditationSchema>;

export const providerSchema = z.strictObject({
  id: recordIdSchema,
  name: localizedTextSchema,
  country: countryCodeSchema,
  type: providerTypeSchema,
  accreditation: providerAccreditationSchema,
  legalIdentifiers: z.array(legalIdentifierSchema).max(10).optional(),
  homepage: webUrlSchema.optional(),
});
export type Provider = z.infer<typeof providerSchema>;
