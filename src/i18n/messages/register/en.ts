/**
 * The public register of microcredentials (/{lang}/register), in English, the source language.
 * Merged with the main catalogue (../en.ts) by translate.ts; the other languages are typed against
 * it. Parameters in braces must stay as they are. A comment above a key is for translators.
 *
 * "Microcredential" is the register's word for the thing described; "micro-credential" (with a
 * hyphen) is kept only where the Council Recommendation is quoted. Use your language's usual term
 * (the study's questionnaire uses the same ones).
 */
export const register = {
  // The name of the public register: page title and main heading.
  'register.title': 'Register of microcredentials',
  // The link from the site's first page to the register.
  'register.home': 'Search the register of microcredentials',
  'register.intro':
    'Microcredentials described with the European standard elements of the Council Recommendation of 16 June 2022 on micro-credentials. Search by words, or narrow the list with the filters.',
  // A link at the top of the search form that jumps past the filters to the results.
  'register.skipToResults': 'Skip to the results',

  // --- The search form ---
  'register.search.label': 'Search words',
  'register.search.hint':
    'Words from the title, description, learning outcomes or awarding body, in any language. Only microcredentials with every word are shown.',
  'register.sort.label': 'Sort by',
  // Only offered when search words were given.
  'register.sort.relevance': 'Best match',
  'register.sort.title': 'Title (A to Z)',
  'register.sort.newest': 'Newest first',
  'register.sort.workload': 'Workload (smallest first)',
  'register.filters.heading': 'Filters',
  'register.filters.hint':
    'Tick as many values as you like, then show the results. Within a filter any ticked value matches; every filter ticked must match. The number is how many microcredentials you would get.',
  // The one button of the form.
  'register.submit': 'Show results',

  // The filters (facets): legends of the groups of check boxes, and labels in each result.
  'register.facet.country': 'Country',
  // EQF: the European Qualifications Framework.
  'register.facet.eqf': 'EQF level',
  // ISCED-F broad fields of education and training.
  'register.facet.field': 'Field of education and training',
  'register.facet.workload': 'Workload',
  'register.facet.workloadHint':
    'In ECTS credits. A workload given in hours is counted at 27.5 hours per credit.',
  'register.facet.participation': 'Form of participation',
  'register.facet.assessment': 'Type of assessment',
  'register.facet.quality': 'Quality assurance',
  'register.facet.providerType': 'Type of provider',
  'register.facet.stackability': 'Stackability',
  'register.facet.language': 'Language of instruction',

  // --- Filters in use ---
  'register.active.heading': 'Filters in use',
  // Read out before each filter's link, e.g. "Remove filter: Country: Germany". Keep the colon.
  'register.active.remove': 'Remove filter:',
  // The search words as a filter in use, e.g. "Words: network security".
  'register.active.words': 'Words',
  'register.active.clear': 'Clear all filters',
  // {parts} lists parameters of the address that were left out, e.g. "country=XX, page=0".
  'register.dropped':
    'Some parts of the web address were not understood and have been left out: {parts}. The results below are for the rest of the search.',

  // --- Results ---
  // The heading above the results: {count} is a number. Fill every form your language uses; the
  // page picks the right one by the number (one, two, few, many, other as in Unicode CLDR).
  'register.results.count.one': '{count} microcredential',
  'register.results.count.two': '{count} microcredentials',
  'register.results.count.few': '{count} microcredentials',
  'register.results.count.many': '{count} microcredentials',
  'register.results.count.other': '{count} microcredentials',
  // {page} and {pages} are numbers.
  'register.results.page': 'Page {page} of {pages}',
  'register.results.empty': 'The register has no published microcredentials yet.',
  'register.results.emptyMore':
    'Descriptions appear here once a curator has reviewed them. Please come back later.',
  'register.results.none': 'No microcredential matches these words and filters.',
  'register.results.noneHelp':
    'Check the spelling, try fewer or other words (a word also finds longer words that start with it), or remove a filter.',
  'register.results.pastEnd': 'There are no results on this page.',
  'register.results.firstPage': 'Go to the first page of results',
  'register.result.awardedBy': 'Awarded by',
  // Annex I: the annex of the Council Recommendation listing the standard elements.
  'register.result.completeness': 'Annex I completeness',

  // --- Pages of results ---
  'register.pages.label': 'Pages of results',
  'register.pages.previous': 'Previous page',
  'register.pages.next': 'Next page',
  // Read out before a page number: "Page 3".
  'register.pages.page': 'Page',

  // --- Downloads ---
  'register.download.heading': 'Download',
  'register.download.csv': 'Download this list as CSV',
  'register.download.json': 'Download this list as JSON',
  // {max} is a number.
  'register.download.hint':
    'Every result of this search, not only this page, up to {max} microcredentials. Codes are used for the values.',

  // --- Workloads ---
  // {ects} is a number of ECTS credits, e.g. "3 ECTS".
  'register.workload.ects': '{ects} ECTS',
  // {ects} as above; {hours} is a number with its unit, e.g. "3 ECTS (80 hours)".
  'register.workload.both': '{ects} ECTS ({hours})',
  // {value} is a number of ECVET points.
  'register.workload.ecvet': 'ECVET points: {value}',
  // {value} is a number of credits of a system the source does not name.
  'register.workload.credits': 'Credits of an unnamed system: {value}',

  // --- The page of one microcredential ---
  'register.entry.back': 'Back to the search',
  'register.entry.awardingBodies': 'Awarding bodies',
  // The awarding body's own website.
  'register.entry.website': 'Website',
  'register.entry.annex.heading': 'The European standard elements',
  'register.entry.annex.intro':
    'The 16 elements of Annex I to the Council Recommendation of 16 June 2022 on micro-credentials, in its order: elements 1 to 11 are mandatory, 12 to 16 are given where relevant. Each says whether this description gives it.',
  // Before the list of ESCO skills an outcome is linked to (ESCO: European Skills, Competences, Qualifications and Occupations).
  'register.entry.esco': 'ESCO skills:',
  // Followed by the names of regions.
  'register.entry.regions': 'Regions:',
  // Followed by a national qualifications framework level, e.g. "RQF Level 6".
  'register.entry.nqf': 'National level:',
  // Followed by the names of organisations.
  'register.entry.qaBodies': 'Accrediting or licensing bodies:',
  'register.entry.qaLink': 'About its quality assurance',
  'register.entry.moreLink': 'More information',
  'register.entry.pathways.heading': 'Learning pathways',
  // Followed by the larger credentials this microcredential counts towards.
  'register.entry.pathways.towards': 'Counts towards',
  // Followed by the microcredentials in this register that count towards this one.
  'register.entry.pathways.from': 'Can be built from',
  'register.entry.more.heading': 'More about this microcredential',
  'register.entry.duration': 'Duration',
  'register.entry.awardCriteria': 'What it takes to be awarded it',
  'register.entry.links.heading': 'Links',
  'register.link.homepage': 'Page of the microcredential',
  'register.link.enrolment': 'Enrol',
  'register.link.catalogue': 'In the provider’s catalogue',
  // {date} is a date, e.g. "23 November 2026".
  'register.entry.published': 'Published in the register on {date}.',
  // {id} is the entry's identifier, e.g. mc-4k2n8p3xq7; useful when citing or reporting it.
  'register.entry.id': 'Register identifier: {id}',
  // Heading above download links of the entry as digital credential descriptions (Open Badges, Europass).
  'register.entry.formats.heading': 'Download as a digital credential description',

  // Why an element is missing or does not apply, said of a register description (the other reasons
  // are those of the "check a credential" page).
  'register.reason.absent': 'The description does not give this element.',
  'register.reason.invalid': 'The description gives this element in a form that could not be read.',
  'register.reason.noAssessment':
    'The description says there is no assessment, but the learning outcomes of a micro-credential are assessed.',
  'register.reason.noQualityAssurance':
    'The description says there is no quality assurance, but micro-credentials are underpinned by quality assurance.',
  'register.reason.notAwarded':
    'A register entry describes the microcredential, not a person who holds it, so it identifies no learner.',
  'register.reason.notIssued':
    'A description of a microcredential on offer has no date of issuing: each credential awarded has its own.',
  'register.reason.noLevel': 'The description says the learning has no level in a qualifications framework.',

  // --- Codes: the values of the elements, as a reader of the register sees them ---
  // Type of assessment.
  'register.code.assessment.test': 'A written or online test',
  'register.code.assessment.practical': 'A practical task or demonstration',
  'register.code.assessment.project': 'A project or portfolio',
  'register.code.assessment.oral': 'An oral exam or interview',
  'register.code.assessment.workplace': 'Observation at work',
  'register.code.assessment.other': 'Another kind of assessment',
  'register.code.assessment.none': 'No assessment: taking part is enough',
  // Form of participation.
  'register.code.participation.online': 'Online',
  'register.code.participation.onsite': 'In person, on site',
  'register.code.participation.blended': 'Blended: partly online, partly in person',
  'register.code.participation.work_experience': 'Through work experience',
  'register.code.participation.volunteering': 'Through volunteering',
  // When people learn.
  'register.code.delivery.self_paced': 'At the learner’s own pace, at any time',
  'register.code.delivery.scheduled': 'At set times, with a teacher or trainer',
  'register.code.delivery.mixed': 'Partly at the learner’s own pace, partly at set times',
  // Type of quality assurance.
  'register.code.quality.internal': 'The provider’s own quality checks',
  'register.code.quality.provider_accredited': 'The provider is accredited by an outside body',
  'register.code.quality.credential_accredited':
    'The microcredential itself is approved or accredited by an outside body',
  'register.code.quality.industry_standard': 'An industry or vendor standard',
  'register.code.quality.regulated': 'Rules set by a public authority',
  'register.code.quality.none': 'No quality assurance',
  // What learners need before they enrol.
  'register.code.prerequisites.qualification': 'A qualification or diploma',
  'register.code.prerequisites.experience': 'Work experience',
  'register.code.prerequisites.language': 'A level of language skills',
  'register.code.prerequisites.other': 'Something else',
  'register.code.prerequisites.none': 'None: anyone can enrol',
  // Supervision and identity verification during assessment.
  'register.code.supervision.unsupervised': 'Not supervised, and no identity check',
  'register.code.supervision.supervised_no_id': 'Supervised, but no identity check',
  'register.code.supervision.supervised_id': 'Supervised online or on site, with an identity check',
  'register.code.supervision.supervised_online_id': 'Supervised online, with an identity check',
  'register.code.supervision.supervised_onsite_id': 'Supervised on site, with an identity check',
  // What result holders get.
  'register.code.grade.pass_fail': 'Pass or fail only',
  'register.code.grade.graded': 'A grade, mark or score',
  'register.code.grade.none': 'No result is given',
  // Integration/stackability options.
  'register.code.stackability.standalone': 'Stand-alone',
  'register.code.stackability.stackable': 'Can be combined with others into a larger credential',
  'register.code.stackability.unit_of_qualification': 'A unit or module of a formal qualification',
  // The kind of organisation that provides the learning.
  'register.code.providerType.public_vet': 'Public vocational school or college',
  'register.code.providerType.higher_education': 'University or other higher education institution',
  'register.code.providerType.private_provider': 'Private training provider',
  'register.code.providerType.company': 'Company, for its own staff',
  'register.code.providerType.professional_body': 'Chamber, professional body or sectoral organisation',
  'register.code.providerType.public_authority': 'Public authority',
  'register.code.providerType.pes': 'Public employment service',
  'register.code.providerType.vendor': 'Technology vendor or industry certifier',
  'register.code.providerType.online_platform': 'Online learning platform',
  'register.code.providerType.ngo': 'Non-profit or community organisation',
  'register.code.providerType.other': 'Another kind of organisation',
  // From start to finish.
  'register.code.duration.under_1w': 'Less than a week',
  'register.code.duration.1w_1m': 'One week to one month',
  'register.code.duration.1m_3m': 'One to three months',
  'register.code.duration.3m_6m': 'Three to six months',
  'register.code.duration.over_6m': 'More than six months',
  // Levels of the European Qualifications Framework.
  'register.code.eqf.1': 'Level 1',
  'register.code.eqf.2': 'Level 2',
  'register.code.eqf.3': 'Level 3',
  'register.code.eqf.4': 'Level 4',
  'register.code.eqf.5': 'Level 5',
  'register.code.eqf.6': 'Level 6',
  'register.code.eqf.7': 'Level 7',
  'register.code.eqf.8': 'Level 8',
  'register.code.eqf.none': 'No EQF level',
  // Cycles of the Qualifications Framework of the European Higher Education Area (QF-EHEA).
  'register.code.cycle.short_cycle': 'Short cycle (within or linked to the first cycle)',
  'register.code.cycle.first_cycle': 'First cycle (bachelor level)',
  'register.code.cycle.second_cycle': 'Second cycle (master level)',
  'register.code.cycle.third_cycle': 'Third cycle (doctoral level)',
  // Workload bands of the filter, in ECTS credits.
  'register.code.workload.upTo1': 'Up to 1 ECTS',
  'register.code.workload.upTo5': 'More than 1, up to 5 ECTS',
  'register.code.workload.upTo15': 'More than 5, up to 15 ECTS',
  'register.code.workload.over15': 'More than 15 ECTS',
  // ISCED-F 2013 broad fields of education and training.
  'register.code.field.00': 'Generic programmes (for example, literacy, numeracy, personal skills)',
  'register.code.field.01': 'Education',
  'register.code.field.02': 'Arts and humanities, including languages',
  'register.code.field.03': 'Social sciences, journalism and information',
  'register.code.field.04': 'Business, administration and law',
  'register.code.field.05': 'Natural sciences, mathematics and statistics',
  'register.code.field.06': 'Information and communication technologies (ICT)',
  'register.code.field.07': 'Engineering, manufacturing and construction',
  'register.code.field.08': 'Agriculture, forestry, fisheries and veterinary',
  'register.code.field.09': 'Health and welfare',
  'register.code.field.10': 'Services (for example, hospitality, transport, security)',
  // A provider's public page: who awards what.
  'register.provider.entries': 'Its microcredentials in the register',
  'register.provider.none': 'None of its microcredentials is published yet.',
  'register.provider.country': 'Country',
  'register.provider.type': 'Type of organisation',
  'register.provider.accreditation': 'Accreditation',
  'register.provider.accreditation.accredited': 'Accredited',
  'register.provider.accreditation.pending': 'Accreditation applied for',
  'register.provider.accreditation.not_accredited': 'Not accredited',
  'register.provider.accreditation.unknown': 'Not known',
  'register.provider.accreditedBy': 'Accredited by',
  'register.provider.decision': 'Read the accreditation decision',
} as const;

export type RegisterKey = keyof typeof register;
export type RegisterMessages = Readonly<Record<RegisterKey, string>>;
