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
