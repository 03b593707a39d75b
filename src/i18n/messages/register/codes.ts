/**
 * The register's codes in words: which message names each value of each controlled list. Every key
 * is written out (translations.test.ts looks for each key's literal text to know it is used).
 */
import type { RegisterKey } from './en.ts';

/** What `registerCodeLabel` needs of a translator: any `t` that speaks the register's keys. */
export type RegisterTranslate = (key: RegisterKey) => string;

export const registerCodeKeys = {
  assessment: {
    test: 'register.code.assessment.test',
    practical: 'register.code.assessment.practical',
    project: 'register.code.assessment.project',
    oral: 'register.code.assessment.oral',
    workplace: 'register.code.assessment.workplace',
    other: 'register.code.assessment.other',
    none: 'register.code.assessment.none',
  },
  participation: {
    online: 'register.code.participation.online',
    onsite: 'register.code.participation.onsite',
    blended: 'register.code.participation.blended',
    work_experience: 'register.code.participation.work_experience',
    volunteering: 'register.code.participation.volunteering',
  },
  delivery: {
    self_paced: 'register.code.delivery.self_paced',
    scheduled: 'register.code.delivery.scheduled',
    mixed: 'register.code.delivery.mixed',
  },
  quality: {
    internal: 'register.code.quality.internal',
    provider_accredited: 'register.code.quality.provider_accredited',
    credential_accredited: 'register.code.quality.credential_accredited',
    industry_standard: 'register.code.quality.industry_standard',
    regulated: 'register.code.quality.regulated',
    none: 'register.code.quality.none',
  },
  prerequisites: {
    qualification: 'register.code.prerequisites.qualification',
    experience: 'register.code.prerequisites.experience',
    language: 'register.code.prerequisites.language',
    other: 'register.code.prerequisites.other',
    none: 'register.code.prerequisites.none',
  },
  supervision: {
    unsupervised: 'register.code.supervision.unsupervised',
    supervised_no_id: 'register.code.supervision.supervised_no_id',
    supervised_id: 'register.code.supervision.supervised_id',
    supervised_online_id: 'register.code.supervision.supervised_online_id',
    supervised_onsite_id: 'register.code.supervision.supervised_onsite_id',
  },
  grade: {
    pass_fail: 'register.code.grade.pass_fail',
    graded: 'register.code.grade.graded',
    none: 'register.code.grade.none',
  },
  stackability: {
    standalone: 'register.code.stackability.standalone',
    stackable: 'register.code.stackability.stackable',
    unit_of_qualification: 'register.code.stackability.unit_of_qualification',
  },
  providerType: {
    public_vet: 'register.code.providerType.public_vet',
    higher_education: 'register.code.providerType.higher_education',
    private_provider: 'register.code.providerType.private_provider',
    company: 'register.code.providerType.company',
    professional_body: 'register.code.providerType.professional_body',
    public_authority: 'register.code.providerType.public_authority',
    pes: 'register.code.providerType.pes',
    vendor: 'register.code.providerType.vendor',
    online_platform: 'register.code.providerType.online_platform',
    ngo: 'register.code.providerType.ngo',
    other: 'register.code.providerType.other',
  },
  duration: {
    under_1w: 'register.code.duration.under_1w',
    '1w_1m': 'register.code.duration.1w_1m',
    '1m_3m': 'register.code.duration.1m_3m',
    '3m_6m': 'register.code.duration.3m_6m',
    over_6m: 'register.code.duration.over_6m',
  },
  eqf: {
    '1': 'register.code.eqf.1',
    '2': 'register.code.eqf.2',
    '3': 'register.code.eqf.3',
    '4': 'register.code.eqf.4',
    '5': 'register.code.eqf.5',
    '6': 'register.code.eqf.6',
    '7': 'register.code.eqf.7',
    '8': 'register.code.eqf.8',
    none: 'register.code.eqf.none',
  },
  cycle: {
    short_cycle: 'register.code.cycle.short_cycle',
    first_cycle: 'register.code.cycle.first_cycle',
    second_cycle: 'register.code.cycle.second_cycle',
    third_cycle: 'register.code.cycle.third_cycle',
  },
  workload: {
    upTo1: 'register.code.workload.upTo1',
    upTo5: 'register.code.workload.upTo5',
    upTo15: 'register.code.workload.upTo15',
    over15: 'register.code.workload.over15',
  },
  /** ISCED-F 2013 broad fields; a narrow or detailed code is shown as its broad field. */
  field: {
    '00': 'register.code.field.00',
    '01': 'register.code.field.01',
    '02': 'register.code.field.02',
    '03': 'register.code.field.03',
    '04': 'register.code.field.04',
    '05': 'register.code.field.05',
    '06': 'register.code.field.06',
    '07': 'register.code.field.07',
    '08': 'register.code.field.08',
    '09': 'register.code.field.09',
    '10': 'register.code.field.10',
  },
} as const satisfies Record<string, Record<string, RegisterKey>>;

export type RegisterCodeList = keyof typeof registerCodeKeys;

/**
 * A code of one of the register's lists in words, in the translator's language. A code the list
 * does not know is shown as it is (a newer code, or a value from elsewhere), never dropped. ISCED-F
 * narrow and detailed codes are shown as their broad field.
 */
export function registerCodeLabel(t: RegisterTranslate, list: RegisterCodeList, code: string): string {
  const keys: Readonly<Record<string, RegisterKey>> = registerCodeKeys[list];
  const lookup = list === 'field' ? code.slice(0, 2) : code;
  return Object.hasOwn(keys, lookup) ? t(keys[lookup]!) : code;
}
