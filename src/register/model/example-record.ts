/**
 * A complete register entry describing a microcredential on offer (not an issued one, so it has no
 * date of issuing). The provider, its people and its URLs are invented; used by tests and as a
 * reference for the pages.
 */
import type { Microcredential } from './annex-i.ts';

export const exampleMicrocredential: Microcredential = {
  id: 'mc-2025-0001',
  title: { en: 'Setting up a small office network', de: 'Ein kleines Büronetzwerk einrichten' },
  issuerCountries: ['DE'],
  issuerRegions: [{ de: 'Bayern', en: 'Bavaria' }],
  awardingBodies: [
    {
      name: { de: 'Berufsschule Beispielstadt' },
      providerId: 'prov-de-0042',
      country: 'DE',
      homepage: 'https://bs-beispielstadt.example.org',
      legalIdentifiers: [{ scheme: 'registration', value: 'HRB 12345', country: 'DE' }],
    },
  ],
  learningOutcomes: [
    {
      text: {
        en: 'Plan and install a wired and wireless network for an office of up to 20 workstations.',
      },
      escoSkills: [
        {
          uri: 'http://data.europa.eu/esco/skill/5fd5c985-eaaa-47aa-8314-62359c54505a',
          label: { en: 'develop digital content' },
        },
      ],
    },
    { text: { en: 'Configure addressing, a firewall and backups, and document the set-up for the client.' } },
  ],
  workload: { ects: 3, hours: 80 },
  level: { eqf: '4' },
  assessment: { types: ['practical', 'test'] },
  participation: { form: 'blended', delivery: 'scheduled' },
  qualityAssurance: {
    types: ['provider_accredited', 'regulated'],
    bodies: [{ de: 'Landesamt für Schule' }],
    url: 'https://qa.example.org/decisions/42',
  },
  prerequisites: {
    types: ['qualification'],
    description: { en: 'A completed apprenticeship in an IT trade.' },
  },
  supervision: 'supervised_onsite_id',
  grade: { scheme: 'graded', schemeDescription: { de: 'Noten 1 bis 6' } },
  stackability: {
    option: 'stackable',
    partOf: [
      { title: { de: 'Fachinformatiker/in Systemintegration' }, url: 'https://example.org/qual/fisi' },
    ],
  },
  furtherInformation: { url: 'https://bs-beispielstadt.example.org/kurse/netzwerk' },
  description: { en: 'A three-week evening course for office IT support.' },
  iscedF: ['0612'],
  languagesOfInstruction: ['de'],
  providerType: 'public_vet',
  duration: '1w_1m',
  links: [{ rel: 'enrolment', url: 'https://bs-beispielstadt.example.org/anmeldung' }],
};
