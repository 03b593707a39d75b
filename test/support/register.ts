import type { MicrocredentialDraft } from '../../src/register/index.ts';

/** A register entry the register tests share: a Finnish VET unit, described in hours, in two languages. */
export const careRecord: MicrocredentialDraft = {
  title: { en: 'Caring for older people at home', fi: 'Ikääntyneiden kotihoito' },
  issuerCountries: ['FI'],
  awardingBodies: [{ name: { fi: 'Esimerkin ammattiopisto' }, country: 'FI' }],
  learningOutcomes: [{ text: { en: 'Plan daily care with the person and their family.' } }],
  workload: { hours: 500 },
  level: { eqf: '4' },
  assessment: { types: ['practical', 'workplace'] },
  participation: { form: 'blended' },
  qualityAssurance: { types: ['regulated'] },
  iscedF: ['0922'],
  languagesOfInstruction: ['fi', 'sv'],
  providerType: 'public_vet',
  stackability: { option: 'unit_of_qualification' },
};

/** A higher-education unit in two countries, described in ECTS, with German outcomes. */
export const dataRecord: MicrocredentialDraft = {
  title: { en: 'Qualitätssicherung für Datenanalyse', fr: 'Œuvre des données' },
  issuerCountries: ['AT', 'DE'],
  awardingBodies: [{ name: { de: 'Beispiel-Hochschule' } }],
  learningOutcomes: [{ text: { de: 'Datenqualität prüfen.' } }],
  workload: { ects: 2 },
  level: { eqf: '6' },
  assessment: { types: ['project'] },
  participation: { form: 'online', delivery: 'self_paced' },
  qualityAssurance: { types: ['credential_accredited'] },
  iscedF: ['0688'],
  providerType: 'higher_education',
  stackability: { option: 'stackable' },
};
