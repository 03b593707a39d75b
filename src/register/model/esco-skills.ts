/**
 * A curated subset of ESCO skills, shipped with the program so that learning outcomes can be linked to
 * ESCO (Annex I element 6) without calling the ESCO API: the program never fetches. About 140 concepts
 * relevant to micro-credentials: digital, transversal, green, teaching and training, health and care,
 * languages, data and project management, plus the four skills of the Commission's sample.
 *
 * Every entry is a URI and preferred label seen together in one of the sources below; none is made up.
 * The comment after each entry names its sources:
 *
 *   E12/x  ESCO v1.2.0 English CSVs, collection x (digcomp, digital, transversal, green, language,
 *          research): github.com/victoriano/future-of-work-data, data/raw/esco/1.2.0/*Collection_en.csv
 *          (commit e6aa2f1f73448dcde7927d77ce260a693a543bf8). Where an entry has E12, its English
 *          label is the v1.2.0 one.
 *   M      ESCO skills_en.csv, cross-sector and transversal skills, ESCO version not stated (its labels
 *          agree with v1.2.0 for 931 of the 940 concepts both have): github.com/MoffApps/Skills,
 *          skills_en.csv (commit 8db814875575457edaed9232267a1cfbc2232e1e). M* = same URI, older label.
 *   L      ESCO v1.0.x CSVs (13,485 skills): github.com/emanuellandell/public, skills_es.csv,
 *          skills_fr.csv, skills_en-us.csv (commit d2764d58d0a3a5ec5a0f5145fc6c2a72c6923d8e). The Spanish
 *          and French labels come from there, and only where that version's English label is the same
 *          concept wording as the one used here (US spelling aside); they may since have been revised.
 *   V      ../shared/vectors/edc-elm3/mc-annex1-unsigned.jsonld (the Commission's Sample-MC-Annex1).
 *
 * No public source seen had ESCO labels in Dutch, Finnish, German, Polish or Slovenian, so those are
 * left out: the UI falls back to English. ESCO labels change between versions; refresh from the
 * official download (https://esco.ec.europa.eu/en/use-esco/download) before relying on them.
 */

/** The languages of the register's pages. */
export type EscoLanguage = 'en' | 'nl' | 'fi' | 'de' | 'fr' | 'pl' | 'es' | 'sl';

export interface EscoSkill {
  readonly uri: string;
  /** ESCO preferred labels; English is always there. */
  readonly label: { readonly en: string } & Readonly<Partial<Record<EscoLanguage, string>>>;
}

/**
 * The attribution ESCO asks of services and applications that use the classification. Wording as quoted
 * from ESCO's terms of use (https://esco.ec.europa.eu/nb/node/173) in github.com/ec2u/data,
 * src/main/java/eu/ec2u/data/concepts/ESCO.md, and by other reusers; a publication says "This
 * publication uses …" instead. The ESCO page itself could not be read when this list was made, only
 * these quotations of it.
 */
export const ESCO_ATTRIBUTION = 'This service uses the ESCO classification of the European Commission.';

export const escoSkills: readonly EscoSkill[] = [
  // The four skills of the Commission's sample micro-credential (edc-elm3/mc-annex1-unsigned.jsonld)
  {
    uri: 'http://data.europa.eu/esco/skill/ccdf3597-5c80-410f-896d-e1bdfa223de9',
    label: {
      en: 'stimulate creativity in the team',
      es: 'impulsar la creatividad en el equipo',
      fr: 'stimuler la créativité dans une équipe',
    },
  }, // M L V
  {
    uri: 'http://data.europa.eu/esco/skill/80f308e6-0e09-404a-80cd-ec5f50f6f304',
    label: {
      en: 'communicate with target community',
      es: 'establecer comunicación con la comunidad interesada',
      fr: 'communiquer avec la communauté cible',
    },
  }, // M L V
  {
    uri: 'http://data.europa.eu/esco/skill/326809fc-238d-40c2-881e-40042f7f2f0d',
    label: {
      en: 'establish collaborative relations',
      es: 'establecer relaciones de colaboración',
      fr: 'établir des relations de collaboration',
    },
  }, // M L V
  {
    uri: 'http://data.europa.eu/esco/skill/5fd5c985-eaaa-47aa-8314-62359c54505a',
    label: {
      en: 'develop digital content',
      es: 'desarrollar contenidos digitales',
      fr: 'élaborer des contenus numériques',
    },
  }, // E12/digcomp M L V
  // Digital skills (ESCO DigComp and digital skills collections)
  {
    uri: 'http://data.europa.eu/esco/skill/e439742d-558d-4f52-885e-afdc740b48cf',
    label: {
      en: 'browse, search and filter data, information and digital content',
      es: 'navegar, buscar y filtrar datos, información y contenido digitales',
      fr: 'tirer parti de données, d’informations et de contenus numériques par la navigation, les recherches et le filtrage',
    },
  }, // E12/digcomp M L
  {
    uri: 'http://data.europa.eu/esco/skill/1d6c7de4-350e-4868-a47b-333b4b0d9650',
    label: {
      en: 'evaluate data, information and digital content',
      es: 'evaluar datos, información y contenido digitales',
      fr: 'évaluer des données, des informations et des contenus numériques',
    },
  }, // E12/digcomp M L
  {
    uri: 'http://data.europa.eu/esco/skill/4d97e3c3-f335-47cc-a4ee-0d779fd42222',
    label: {
      en: 'manage data, information and digital content',
      es: 'gestionar datos, información y contenido digitales',
      fr: 'gérer des données, des informations et des contenus numériques',
    },
  }, // E12/digcomp M L
  {
    uri: 'http://data.europa.eu/esco/skill/a12057b4-6d11-4a12-ab8e-15a028ef0a6d',
    label: {
      en: 'interact through digital technologies',
      es: 'interactuar mediante tecnologías digitales',
      fr: 'interagir au moyen de technologies numériques',
    },
  }, // E12/digcomp M L
  {
    uri: 'http://data.europa.eu/esco/skill/40001d93-8937-4859-89d5-2dca53290ff4',
    label: {
      en: 'share through digital technologies',
      es: 'utilizar tecnologías digitales para compartir datos, información y contenido digitales',
      fr: 'participer à des échanges au moyen de technologies numériques',
    },
  }, // E12/digcomp M L
  {
    uri: 'http://data.europa.eu/esco/skill/2b34a99f-9813-4c91-9509-b6b9b8c3132e',
    label: {
      en: 'collaborate through digital technologies',
      es: 'colaborar utilizando tecnologías digitales',
      fr: 'mener des collaborations au moyen de technologies numériques',
    },
  }, // E12/digcomp M L
  {
    uri: 'http://data.europa.eu/esco/skill/bc0b0b5d-f6be-405a-b224-b6902a4dbe97',
    label: {
      en: 'manage digital identity',
      es: 'gestionar la identidad digital',
      fr: 'gérer une identité numérique',
    },
  }, // E12/digcomp M L
  {
    uri: 'http://data.europa.eu/esco/skill/5af49836-2269-46d9-87b9-0d3140c6c22e',
    label: {
      en: 'integrate and re-elaborate digital content',
      es: 'integrar y reelaborar contenido digital',
      fr: 'intégrer et ré-élaborer des contenus numériques',
    },
  }, // E12/digcomp M L
  {
    uri: 'http://data.europa.eu/esco/skill/a91732ce-988e-4105-9570-f425c6ffdc82',
    label: { en: 'intellectual property regime of digital content' },
  }, // E12/digcomp M*
  {
    uri: 'http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97',
    label: { en: 'computer programming', es: 'programación informática', fr: 'programmation informatique' },
  }, // E12/digcomp M L
  {
    uri: 'http://data.europa.eu/esco/skill/df329d70-87b0-466b-a214-3431f36e2a5e',
    label: {
      en: 'protect ICT devices',
      es: 'proteger dispositivos de tecnologías de la información y de las comunicaciones',
      fr: 'protéger les dispositifs TIC',
    },
  }, // E12/digcomp M L
  {
    uri: 'http://data.europa.eu/esco/skill/33a82b83-c838-4889-ae62-fae1317481eb',
    label: {
      en: 'protect personal data and privacy',
      es: 'proteger los datos personales y la privacidad',
      fr: 'protéger des données à caractère personnel et la vie privée',
    },
  }, // E12/digcomp M L
  {
    uri: 'http://data.europa.eu/esco/skill/d1ed5b3a-cab5-4c5d-baf8-0214998b58fb',
    label: {
      en: 'protect health and well-being while using digital technologies',
      es: 'proteger la salud y el bienestar mediante tecnologías digitales',
      fr: "protéger la santé et le bien-être lors de l'utilisation des technologies numériques",
    },
  }, // E12/digcomp M L
  {
    uri: 'http://data.europa.eu/esco/skill/c4ba12d1-4698-42fa-8abb-789462ea2586',
    label: {
      en: 'protect the environment from the impact of the digital technologies',
      es: 'proteger el medio ambiente frente al impacto de las tecnologías digitales',
      fr: 'protéger l’environnement des effets de technologies numériques',
    },
  }, // E12/digcomp M L
  {
    uri: 'http://data.europa.eu/esco/skill/14832d87-2f2f-4895-b290-e4760ebae42a',
    label: {
      en: 'solve technical problems',
      es: 'resolver problemas técnicos',
      fr: 'résoudre des problèmes techniques',
    },
  }, // E12/digcomp M L
  {
    uri: 'http://data.europa.eu/esco/skill/42fcf80d-7b45-40f3-bd2f-5411c4c0dfa0',
    label: { en: 'identify technological needs' },
  }, // E12/digcomp M
  {
    uri: 'http://data.europa.eu/esco/skill/1a4cc54f-1e53-442b-a6d2-1682dc8ef8f9',
    label: {
      en: 'creatively use digital technologies',
      es: 'utilizar creativamente las tecnologías digitales',
      fr: 'utiliser des technologies numériques de façon créative',
    },
  }, // E12/digcomp M L
  {
    uri: 'http://data.europa.eu/esco/skill/238343b1-7b51-42b3-a9ed-cf24d3a236e7',
    label: {
      en: 'identify digital competence gaps',
      es: 'detectar las carencias en competencias digitales',
      fr: 'recenser les déficits de compétences numériques',
    },
  }, // E12/digcomp M L
  {
    uri: 'http://data.europa.eu/esco/skill/b080a008-a35d-4bd0-92e9-edf3773bb2b7',
    label: { en: 'use communication and collaboration software' },
  }, // E12/digital M
  {
    uri: 'http://data.europa.eu/esco/skill/ba93b71b-c433-4a01-8246-ed2daa85a9a2',
    label: { en: 'conduct web searches' },
  }, // E12/digital M
  {
    uri: 'http://data.europa.eu/esco/skill/d822b4b2-26c7-4bd9-970d-229c6504f615',
    label: { en: 'create digital content' },
  }, // E12/digital M
  {
    uri: 'http://data.europa.eu/esco/skill/f4346299-e22a-4686-8e61-2c9b0cd51c7d',
    label: { en: 'apply digital security measures' },
  }, // E12/digital M
  {
    uri: 'http://data.europa.eu/esco/skill/bf4d884f-c848-402a-b130-69c266b04164',
    label: { en: 'apply basic programming skills' },
  }, // E12/digital M
  {
    uri: 'http://data.europa.eu/esco/skill/6b2f8802-0cbf-436e-a37f-ca55ede41bbc',
    label: { en: 'operate digital hardware' },
  }, // E12/digital M
  // Transversal skills
  {
    uri: 'http://data.europa.eu/esco/skill/001115fb-569f-4ee6-8381-c6807ef2527f',
    label: { en: 'show initiative' },
  }, // E12/transversal M
  {
    uri: 'http://data.europa.eu/esco/skill/49de9958-2aa4-4eef-a89d-fe5d5bcd28c4',
    label: { en: 'adapt to change', es: 'adaptarse al cambio', fr: "s'adapter au changement" },
  }, // E12/transversal M L
  {
    uri: 'http://data.europa.eu/esco/skill/7dd94ad3-13d6-43fe-8b94-51fcbf67ced9',
    label: { en: 'think critically' },
  }, // E12/research M
  {
    uri: 'http://data.europa.eu/esco/skill/c624c6a3-b0ba-4a31-a296-0d433fe47e41',
    label: { en: 'think creatively', es: 'pensar de manera creativa', fr: 'avoir un esprit créatif' },
  }, // E12/transversal M L
  {
    uri: 'http://data.europa.eu/esco/skill/c2a0c52c-0b4b-4180-a918-92650ea3b458',
    label: { en: 'think innovatively' },
  }, // E12/transversal M*
  {
    uri: 'http://data.europa.eu/esco/skill/4707da90-9cfc-46ca-8de0-38a0b7bfb137',
    label: {
      en: 'think analytically',
      es: 'pensar de forma analítica',
      fr: 'réfléchir de manière raisonnée',
    },
  }, // E12/research M L
  {
    uri: 'http://data.europa.eu/esco/skill/adc6dc11-3376-467b-96c5-9b0a21edc869',
    label: { en: 'solve problems' },
  }, // E12/research M
  {
    uri: 'http://data.europa.eu/esco/skill/a628d2d1-f40a-4c37-a357-2801726f2996',
    label: { en: 'identify problems' },
  }, // E12/transversal M
  {
    uri: 'http://data.europa.eu/esco/skill/60c78287-22eb-4103-9c8c-28deaa460da0',
    label: { en: 'work in teams', es: 'trabajar en equipo', fr: 'travailler en équipe' },
  }, // E12/research M L
  {
    uri: 'http://data.europa.eu/esco/skill/75d8e5d9-bef3-418b-9011-01bff9f27207',
    label: { en: 'lead others', es: 'dirigir a otras personas', fr: "diriger d'autres personnes" },
  }, // E12/transversal M L
  {
    uri: 'http://data.europa.eu/esco/skill/e2d44a9b-f28c-489e-9861-b654b5ded507',
    label: { en: 'motivate others', es: 'motivar a los demás', fr: "motiver d'autres personnes" },
  }, // E12/transversal M L
  {
    uri: 'http://data.europa.eu/esco/skill/d9013e0e-e937-43d5-ab71-0e917ee882b8',
    label: { en: 'manage time', es: 'gestionar el tiempo', fr: 'gérer le temps' },
  }, // E12/transversal M L
  { uri: 'http://data.europa.eu/esco/skill/e49f4158-9d4c-425d-bf32-dfe89b19840a', label: { en: 'plan' } }, // E12/research M
  {
    uri: 'http://data.europa.eu/esco/skill/d62d2b4c-a6f8-439e-8a1b-4f29ab5f2c47',
    label: { en: 'make decisions', es: 'decidir', fr: 'prendre des décisions' },
  }, // E12/transversal M L
  {
    uri: 'http://data.europa.eu/esco/skill/96de2e86-e287-41f2-88ab-15a2343afc6f',
    label: { en: 'resolve conflicts' },
  }, // E12/transversal M
  {
    uri: 'http://data.europa.eu/esco/skill/7954861c-86d4-4529-afbb-2c23dab9ac74',
    label: { en: 'negotiate compromises' },
  }, // E12/research M
  {
    uri: 'http://data.europa.eu/esco/skill/77b636e8-fab3-41a8-8022-1e0a354059dc',
    label: { en: 'show empathy', es: 'mostrar empatía', fr: "faire preuve d'empathie" },
  }, // E12/transversal M L
  {
    uri: 'http://data.europa.eu/esco/skill/c10d5d87-36cf-42f5-8a12-e560fb5f4af8',
    label: {
      en: 'demonstrate intercultural competence',
      es: 'mostrar competencias interculturales',
      fr: 'faire preuve de compétences interculturelles',
    },
  }, // E12/transversal M L
  {
    uri: 'http://data.europa.eu/esco/skill/5ca953f7-541d-4f67-bc55-7721348366cf',
    label: { en: 'respect the diversity of cultural values and norms' },
  }, // E12/transversal M
  {
    uri: 'http://data.europa.eu/esco/skill/609a8ac1-9d29-4237-9886-596dbbe7ca8a',
    label: {
      en: 'address an audience',
      es: 'hacer presentaciones en público',
      fr: "s'adresser à un auditoire",
    },
  }, // E12/transversal M L
  {
    uri: 'http://data.europa.eu/esco/skill/5b46f572-7ced-4efd-b270-a81a164d521c',
    label: { en: 'moderate a discussion' },
  }, // E12/transversal M
  {
    uri: 'http://data.europa.eu/esco/skill/bf983f2a-e941-4646-811d-cc81060cb53f',
    label: { en: 'build networks' },
  }, // E12/transversal M
  {
    uri: 'http://data.europa.eu/esco/skill/9bf266a6-188b-4d17-a22f-2f266d76832b',
    label: {
      en: 'demonstrate willingness to learn',
      es: 'mostrar voluntad de aprender',
      fr: "démontrer une volonté d'apprendre",
    },
  }, // E12/transversal M L
  {
    uri: 'http://data.europa.eu/esco/skill/409a0245-0e6c-4aac-ba16-0920ecb76a8d',
    label: { en: 'exercise self-reflection' },
  }, // E12/transversal M
  {
    uri: 'http://data.europa.eu/esco/skill/468135b7-5757-48c3-9509-fde0e13ec5be',
    label: { en: 'manage personal progression' },
  }, // E12/transversal M
  {
    uri: 'http://data.europa.eu/esco/skill/7a147904-22b3-498a-b4d9-7bceeb86b45d',
    label: { en: 'cope with stress' },
  }, // E12/research M
  {
    uri: 'http://data.europa.eu/esco/skill/bdcf429c-5ccf-4c3d-bb61-4c987573a35e',
    label: {
      en: 'show entrepreneurial spirit',
      es: 'tener un espíritu emprendedor',
      fr: "faire preuve d'esprit d'entreprise",
    },
  }, // E12/research M L
  {
    uri: 'http://data.europa.eu/esco/skill/db33c0f3-43ee-4ba3-ba47-9269ac837697',
    label: { en: 'critically evaluate information and its sources' },
  }, // E12/transversal M
  {
    uri: 'http://data.europa.eu/esco/skill/c29aa9d2-4da8-4bdd-831c-8d4a2fb51730',
    label: {
      en: 'work independently',
      es: 'trabajar de manera independiente',
      fr: 'travailler de manière autonome',
    },
  }, // E12/transversal M L
  {
    uri: 'http://data.europa.eu/esco/skill/35ebe444-9ece-4fbc-a55d-e99ea37267ae',
    label: { en: 'manage quality', es: 'gestionar la calidad', fr: 'gérer la qualité' },
  }, // E12/transversal M L
  {
    uri: 'http://data.europa.eu/esco/skill/045f71e6-0699-4169-8a54-9c6b96f3174d',
    label: { en: 'advise others' },
  }, // E12/transversal M
  {
    uri: 'http://data.europa.eu/esco/skill/699e7c26-6502-4e78-a823-3656ff5a5b8b',
    label: { en: 'instruct others', es: 'instruir a otros', fr: 'instruire autrui' },
  }, // E12/transversal M L
  {
    uri: 'http://data.europa.eu/esco/skill/be6ab363-3de1-427f-a8ef-85d5b0250822',
    label: { en: 'report facts', es: 'informar', fr: 'rapporter des faits' },
  }, // E12/transversal M L
  {
    uri: 'http://data.europa.eu/esco/skill/7d9bace0-63d0-4848-ac87-350a98082c12',
    label: { en: 'participate actively in civic life' },
  }, // E12/transversal M
  {
    uri: 'http://data.europa.eu/esco/skill/19ba11f3-9c99-41fd-a7c9-f77e6a026186',
    label: { en: 'carry out calculations' },
  }, // E12/transversal M
  {
    uri: 'http://data.europa.eu/esco/skill/6fc6f757-6baa-49fe-9a82-6ba6a52f2e13',
    label: { en: 'interpret mathematical information' },
  }, // E12/transversal M
  // Green skills
  {
    uri: 'http://data.europa.eu/esco/skill/4c3ab565-747c-4db3-8c47-79e8d6f98cf4',
    label: { en: 'adopt ways to reduce negative impact of consumption' },
  }, // E12/green M
  {
    uri: 'http://data.europa.eu/esco/skill/0d75a128-bd88-4c1b-b70d-8e963aeb490c',
    label: { en: 'adopt ways to reduce pollution' },
  }, // E12/green M
  {
    uri: 'http://data.europa.eu/esco/skill/2aaad52d-599e-4e77-a681-bbc236825821',
    label: { en: 'evaluate environmental impact of personal behaviour' },
  }, // E12/green M
  {
    uri: 'http://data.europa.eu/esco/skill/7f321b88-3d16-4e30-8163-5494ca8ce978',
    label: { en: 'engage others in environment friendly behaviours' },
  }, // E12/green M
  {
    uri: 'http://data.europa.eu/esco/skill/0171653e-c8e9-4c24-bb86-a4b6fe038f25',
    label: { en: 'adopt ways to foster biodiversity and animal welfare' },
  }, // E12/green M
  {
    uri: 'http://data.europa.eu/esco/skill/dbef5042-4b99-4e6f-b2ed-1d33b07b3ed6',
    label: { en: 'advise on sustainability solutions' },
  }, // E12/green M
  {
    uri: 'http://data.europa.eu/esco/skill/dda745dd-b8d6-45d8-8c74-e05495ce90f5',
    label: { en: 'sustainable development goals' },
  }, // E12/green M
  {
    uri: 'http://data.europa.eu/esco/skill/d2c81ad1-2439-43cf-9c63-204187b8f771',
    label: {
      en: 'mitigate waste of resources',
      es: 'evitar la pérdida de recursos',
      fr: 'limiter le gaspillage de ressources',
    },
  }, // E12/green M L
  {
    uri: 'http://data.europa.eu/esco/skill/29bfe2cd-f011-4f94-a3aa-f77768e60460',
    label: {
      en: 'analyse energy consumption',
      es: 'analizar el consumo de energía',
      fr: 'analyser des consommations d’énergie',
    },
  }, // E12/green M L
  {
    uri: 'http://data.europa.eu/esco/skill/0037c821-2898-4919-b96e-7ed1cd89554c',
    label: {
      en: 'develop energy saving concepts',
      es: 'desarrollar conceptos de ahorro de energía',
      fr: 'élaborer des concepts d’économie d’énergie',
    },
  }, // E12/green M L
  {
    uri: 'http://data.europa.eu/esco/skill/d53eab76-e8ff-4e28-af26-7e012951c763',
    label: { en: "measure company's sustainability performance" },
  }, // E12/green M
  {
    uri: 'http://data.europa.eu/esco/skill/f6d7ba88-5234-4994-944d-843ca453c923',
    label: {
      en: 'implement environmental protection measures',
      es: 'aplicar medidas de protección del medioambiente',
      fr: "mettre en œuvre des mesures de protection de l'environnement",
    },
  }, // E12/green M L
  {
    uri: 'http://data.europa.eu/esco/skill/110d7aa3-e44e-4cce-a927-8d4de615f3d9',
    label: { en: 'sort waste', es: 'separar los residuos', fr: 'trier les déchets' },
  }, // M L
  // Teaching and training
  {
    uri: 'http://data.europa.eu/esco/skill/59eb177a-2f30-4943-8b30-5f87dd51a80d',
    label: {
      en: 'apply teaching strategies',
      es: 'aplicar estrategias de enseñanza',
      fr: 'appliquer des stratégies pédagogiques',
    },
  }, // M L
  {
    uri: 'http://data.europa.eu/esco/skill/b2a9587a-49a4-4384-b134-0d394be806e3',
    label: {
      en: 'adapt teaching to target group',
      es: 'adaptar la enseñanza al grupo destinatario',
      fr: "adapter l'enseignement à un groupe cible",
    },
  }, // M L
  {
    uri: 'http://data.europa.eu/esco/skill/e3ef4981-2cba-4b34-b273-728c3a33d04f',
    label: {
      en: 'apply intercultural teaching strategies',
      es: 'aplicar estrategias de enseñanza para el desarrollo de la interculturalidad',
      fr: 'appliquer une pédagogie interculturelle',
    },
  }, // M L
  {
    uri: 'http://data.europa.eu/esco/skill/d5e1e30e-44ab-4aba-abab-b8263e801b7a',
    label: {
      en: 'assist students in their learning',
      es: 'prestar asistencia en el aprendizaje del alumnado',
      fr: 'aider des étudiants dans leur apprentissage',
    },
  }, // M L
  {
    uri: 'http://data.europa.eu/esco/skill/3a5b7435-c262-4a9d-893d-ee6c19bd9d92',
    label: {
      en: 'develop educational resources',
      es: 'elaborar recursos educativos',
      fr: 'développer des ressources éducatives',
    },
  }, // M L
  {
    uri: 'http://data.europa.eu/esco/skill/b6d14ab8-3441-4cbe-8a0e-5b4f7f994730',
    label: {
      en: 'develop digital educational materials',
      es: 'desarrollar materiales educativos digitales',
      fr: 'concevoir du matériel pédagogique numérique',
    },
  }, // E12/digital M L
  {
    uri: 'http://data.europa.eu/esco/skill/c8fa4313-80b0-4f37-8b1b-1739707bc362',
    label: {
      en: 'teach digital literacy',
      es: 'enseñar alfabetización digital',
      fr: 'enseigner la culture numérique',
    },
  }, // E12/digital M L
  {
    uri: 'http://data.europa.eu/esco/skill/b78f324d-e16c-43f8-97d2-50d3a7cd1fb3',
    label: {
      en: 'work with virtual learning environments',
      es: 'trabajar en entornos de aprendizaje virtuales',
      fr: "travailler avec des environnements d'apprentissage virtuels",
    },
  }, // E12/digital M L
  {
    uri: 'http://data.europa.eu/esco/skill/0d7f2cce-245a-4d02-9b8d-2e9946cc4c5d',
    label: {
      en: 'deliver online training',
      es: 'proporcionar formación en línea',
      fr: 'fournir une formation en ligne',
    },
  }, // E12/digital M L
  {
    uri: 'http://data.europa.eu/esco/skill/b363bb5f-2c79-40af-94da-33e06f9dee9f',
    label: { en: 'apply blended learning' },
  }, // E12/digital M
  {
    uri: 'http://data.europa.eu/esco/skill/3b660a83-91c3-4c9d-8f82-2d306777a42f',
    label: {
      en: 'evaluate education programmes',
      es: 'evaluar los programas de estudio',
      fr: 'évaluer des programmes éducatifs',
    },
  }, // M L
  {
    uri: 'http://data.europa.eu/esco/skill/29ca8fd4-40c1-494c-85ea-525f1ab4aa8c',
    label: {
      en: 'construct individual learning plans',
      es: 'elaborar programas de aprendizaje individual',
      fr: "élaborer des plans d'apprentissage individuels",
    },
  }, // M L
  {
    uri: 'http://data.europa.eu/esco/skill/28722c99-68b7-4b7b-808f-53f343299935',
    label: { en: 'provide mentorship', es: 'ofrecer tutoría a colegas', fr: 'guider ses collègues' },
  }, // M L
  {
    uri: 'http://data.europa.eu/esco/skill/0cc9c234-f817-4f4c-908a-4d28fe3b0f4a',
    label: {
      en: 'coach employees',
      es: 'formar a empleados',
      fr: 'intervenir en tant que coach auprès des travailleurs',
    },
  }, // M L
  {
    uri: 'http://data.europa.eu/esco/skill/e54ff029-1ce9-447d-a5b2-eb7283a23e6e',
    label: { en: 'train employees', es: 'capacitar a empleados', fr: 'former le personnel' },
  }, // M L
  {
    uri: 'http://data.europa.eu/esco/skill/ebff1a39-7261-49cd-9cb2-88f565e8dc26',
    label: {
      en: 'develop corporate training programmes',
      es: 'elaborar programas de formación dentro de la empresa',
      fr: 'développer des programmes de formation en entreprise',
    },
  }, // M L
  {
    uri: 'http://data.europa.eu/esco/skill/142a5319-60cb-42a2-891f-90ba92af18b1',
    label: {
      en: 'advise on curriculum development',
      es: 'asesorar sobre los cambios en los programas de estudio',
      fr: "donner des conseils sur l'élaboration de programmes scolaires",
    },
  }, // M L
  {
    uri: 'http://data.europa.eu/esco/skill/fd88851f-4d1d-4de8-aee1-4464c3012969',
    label: {
      en: 'provide career counselling',
      es: 'proporcionar orientación profesional',
      fr: "offrir des services d'orientation professionnelle",
    },
  }, // M L
  {
    uri: 'http://data.europa.eu/esco/skill/a9ead737-a7cd-4046-adea-1ff7326db09f',
    label: { en: 'teach languages', es: 'enseñar lenguas', fr: 'enseigner les langues' },
  }, // M L
  {
    uri: 'http://data.europa.eu/esco/skill/135192cb-84e4-4b70-8946-fbe5041b26cd',
    label: {
      en: 'learning needs analysis',
      es: 'análisis de las necesidades de aprendizaje',
      fr: "analyse des besoins d'apprentissage",
    },
  }, // M L
  {
    uri: 'http://data.europa.eu/esco/skill/31b67516-af16-4b97-8430-a8a8e0f84190',
    label: { en: 'assessment processes', es: 'proceso de evaluación', fr: "processus d'évaluation" },
  }, // M L
  // Health and care
  {
    uri: 'http://data.europa.eu/esco/skill/1d21f6ad-340f-45da-a0a3-4e83867f47a6',
    label: { en: 'provide first aid', es: 'ofrecer primeros auxilios', fr: 'prodiguer les premiers secours' },
  }, // M L
  {
    uri: 'http://data.europa.eu/esco/skill/dcc96a49-0bac-4a9c-8f8e-a32b4e47e6eb',
    label: {
      en: 'apply health and safety standards',
      es: 'aplicar normas de salud y seguridad',
      fr: 'appliquer des normes de santé et de sécurité',
    },
  }, // M L
  {
    uri: 'http://data.europa.eu/esco/skill/198b614d-a9af-46f5-b3fd-2672b401dd8e',
    label: {
      en: 'health and safety in the workplace',
      es: 'salud y seguridad en el lugar de trabajo',
      fr: 'hygiène et sécurité sur le lieu de travail',
    },
  }, // M L
  {
    uri: 'http://data.europa.eu/esco/skill/d9449998-c1f5-478c-a103-2255398cf0b6',
    label: { en: 'apply hygiene standards' },
  }, // E12/transversal M
  {
    uri: 'http://data.europa.eu/esco/skill/4cde32b5-fc2f-4257-a8b9-5b15a67ee3e5',
    label: { en: 'protect the health of others' },
  }, // E12/transversal M
  {
    uri: 'http://data.europa.eu/esco/skill/88b0c49e-7c2e-4ccc-aca3-fbd4bbc2081c',
    label: { en: 'make an informed use of the health-care system' },
  }, // E12/transversal M
  {
    uri: 'http://data.europa.eu/esco/skill/c65aa043-98da-4136-9877-494e72d9e4cf',
    label: {
      en: 'interact with healthcare users',
      es: 'relacionarse con los usuarios de la asistencia sanitaria',
      fr: 'interagir avec les usagers du système de santé',
    },
  }, // M L
  {
    uri: 'http://data.europa.eu/esco/skill/2475cd27-8d6c-4318-a364-21395b23acba',
    label: {
      en: 'empathise with the healthcare user',
      es: 'ponerse en el lugar del usuario de la asistencia sanitaria',
      fr: 'faire preuve d’empathie vis-à-vis du patient',
    },
  }, // M L
  {
    uri: 'http://data.europa.eu/esco/skill/e724205b-6b9a-45b4-b629-cd32a6c80b4f',
    label: { en: 'use foreign languages in patient care' },
  }, // M
  {
    uri: 'http://data.europa.eu/esco/skill/097098fc-6d89-44e9-9305-98ac5c0a78ac',
    label: {
      en: 'educate on the prevention of illness',
      es: 'educar en la prevención de enfermedades',
      fr: 'sensibiliser à la prévention des maladies',
    },
  }, // M L
  {
    uri: 'http://data.europa.eu/esco/skill/1023ac61-250f-4eef-b7a9-238cf071685f',
    label: {
      en: 'provide professional care in nursing',
      es: 'proporcionar atención de enfermería profesional',
      fr: 'fournir des soins infirmiers professionnels',
    },
  }, // M L
  {
    uri: 'http://data.europa.eu/esco/skill/b55f61a4-5f9e-4741-ba95-9ac04b64119b',
    label: {
      en: 'work in a multicultural environment in health care',
      es: 'trabajar en entornos multiculturales en la atención sanitaria',
      fr: 'travailler dans un environnement multiculturel dans le secteur de la santé',
    },
  }, // M L
  {
    uri: 'http://data.europa.eu/esco/skill/fb82ae25-b59f-43fd-aacf-a8308afbe85e',
    label: { en: 'health informatics', es: 'informática sanitaria', fr: 'informatique de la santé' },
  }, // E12/digital M L
  {
    uri: 'http://data.europa.eu/esco/skill/ecf7869e-7d87-478d-9d80-edfdcd39ec52',
    label: {
      en: 'manage emergency care situations',
      es: 'afrontar situaciones en las que se requiere atención médica urgente',
      fr: 'gérer les situations de soins d’urgence',
    },
  }, // M L
  // Languages
  {
    uri: 'http://data.europa.eu/esco/skill/6d3edede-8951-4621-a835-e04323300fa0',
    label: { en: 'English', es: 'inglés', fr: 'anglais' },
  }, // E12/language M L
  {
    uri: 'http://data.europa.eu/esco/skill/cad4f44b-28a8-4448-86e5-7389e5ebf3eb',
    label: { en: 'Dutch', es: 'neerlandés', fr: 'néerlandais' },
  }, // E12/language M L
  {
    uri: 'http://data.europa.eu/esco/skill/0e3493f4-0cad-4fbc-8e02-025f169b8114',
    label: { en: 'Finnish', es: 'finés', fr: 'finnois' },
  }, // E12/language M L
  {
    uri: 'http://data.europa.eu/esco/skill/4812a4ea-dc55-4dc6-b9b0-4a59bba2c647',
    label: { en: 'German', es: 'alemán', fr: 'allemand' },
  }, // E12/language M L
  {
    uri: 'http://data.europa.eu/esco/skill/e747e77e-0ea1-4001-8b07-1d11946b5f1b',
    label: { en: 'French', es: 'francés', fr: 'français' },
  }, // E12/language M L
  {
    uri: 'http://data.europa.eu/esco/skill/f3e9b964-0c2d-46c4-a895-8b3583054d69',
    label: { en: 'Polish', es: 'polaco', fr: 'polonais' },
  }, // E12/language M L
  {
    uri: 'http://data.europa.eu/esco/skill/14ee9f76-3524-43d5-8a1a-5ba8283f8bd7',
    label: { en: 'Spanish', es: 'español', fr: 'espagnol' },
  }, // E12/language M L
  {
    uri: 'http://data.europa.eu/esco/skill/9ace3aae-aeae-4ed6-b625-26bc58345554',
    label: { en: 'Slovenian', es: 'esloveno', fr: 'slovène' },
  }, // E12/language M L
  {
    uri: 'http://data.europa.eu/esco/skill/0ee9e985-0ee5-4a73-8a12-78b53b261bb2',
    label: {
      en: 'interact verbally in English',
      es: 'interactuar verbalmente en inglés',
      fr: 'interagir verbalement en anglais',
    },
  }, // E12/language M L
  {
    uri: 'http://data.europa.eu/esco/skill/3993c87c-7719-4186-811b-8ddfb40e76be',
    label: { en: 'write English', es: 'escribir en inglés', fr: 'écrire en anglais' },
  }, // E12/language M L
  // Data
  {
    uri: 'http://data.europa.eu/esco/skill/2b92a5b2-6758-4ee3-9fb4-b6387a55cc8f',
    label: {
      en: 'perform data analysis',
      es: 'realizar un análisis de datos',
      fr: 'effectuer une analyse de données',
    },
  }, // E12/digital M L
  {
    uri: 'http://data.europa.eu/esco/skill/382c11ed-20d5-4ae7-b60e-15fec527fa6c',
    label: {
      en: 'apply statistical analysis techniques',
      es: 'aplicar métodos de análisis estadísticos',
      fr: 'appliquer des techniques d’analyse statistique',
    },
  }, // E12/digital M L
  {
    uri: 'http://data.europa.eu/esco/skill/0d6714c6-720e-4985-9791-5ab85d28da79',
    label: { en: 'gather data', es: 'extraer datos', fr: 'collecter des données' },
  }, // E12/digital M L
  {
    uri: 'http://data.europa.eu/esco/skill/f2d57f41-43b4-4f5b-8100-3df5c21eda50',
    label: { en: 'process data', es: 'procesar datos', fr: 'traiter des données' },
  }, // E12/digital M L
  {
    uri: 'http://data.europa.eu/esco/skill/4463a721-69f3-413d-8321-43e3af13a4f1',
    label: { en: 'use databases', es: 'utilizar bases de datos', fr: 'utiliser des bases de données' },
  }, // E12/digital M L
  {
    uri: 'http://data.europa.eu/esco/skill/c3e36d05-8ae8-447f-bb2b-6f9409f85389',
    label: {
      en: 'deliver visual presentation of data',
      es: 'proporcionar presentaciones visuales de datos',
      fr: 'fournir une présentation visuelle des données',
    },
  }, // E12/digital M L
  {
    uri: 'http://data.europa.eu/esco/skill/08b04e53-ed25-41a2-9f90-0b9cd939ba3d',
    label: { en: 'manage research data' },
  }, // E12/digital M
  {
    uri: 'http://data.europa.eu/esco/skill/1e77e42a-181f-4b48-8e74-201ce50ffc29',
    label: {
      en: 'interpret current data',
      es: 'interpretar datos actuales',
      fr: 'interpréter des données actuelles',
    },
  }, // M L
  {
    uri: 'http://data.europa.eu/esco/skill/3a2d5b45-56e4-4f5a-a55a-4a4a65afdc43',
    label: { en: 'machine learning' },
  }, // E12/digital M
  // Project management
  {
    uri: 'http://data.europa.eu/esco/skill/cd5efa8c-e44d-4cbc-91c6-796018dbed68',
    label: {
      en: 'perform project management',
      es: 'gestionar proyectos',
      fr: 'assurer la gestion de projets',
    },
  }, // E12/research M L
  {
    uri: 'http://data.europa.eu/esco/skill/237db40b-4600-47c0-837f-4a2c4f3014ab',
    label: {
      en: 'project management principles',
      es: 'principios de la gestión de proyectos',
      fr: 'principes de gestion de projet',
    },
  }, // M L
  {
    uri: 'http://data.europa.eu/esco/skill/c881ddd2-9c0e-4743-bd24-36be650493dd',
    label: {
      en: 'manage several projects',
      es: 'gestionar varios proyectos',
      fr: 'gérer plusieurs projets à la fois',
    },
  }, // M L
  {
    uri: 'http://data.europa.eu/esco/skill/f17f94f1-88cb-4815-873a-2a9639f10729',
    label: { en: 'draft project documentation' },
  }, // M
  {
    uri: 'http://data.europa.eu/esco/skill/c3687b34-fe53-4db2-ad1b-5055a6c5b6fd',
    label: { en: 'organise project meetings' },
  }, // M
  {
    uri: 'http://data.europa.eu/esco/skill/c5a135be-218d-48e6-a422-5225a576dcd8',
    label: {
      en: 'manage project metrics',
      es: 'gestionar las métricas del proyecto',
      fr: 'gérer des indicateurs de projet',
    },
  }, // M L
  {
    uri: 'http://data.europa.eu/esco/skill/1fcce318-3212-487a-ac07-4941bc85060d',
    label: { en: 'carry out project activities' },
  }, // M
];

const byUri: ReadonlyMap<string, EscoSkill> = new Map(escoSkills.map((skill) => [skill.uri, skill]));

export const findEscoSkill = (uri: string): EscoSkill | undefined => byUri.get(uri);

// Letters that Unicode does not decompose into a base letter and a mark.
const FOLDED: Readonly<Record<string, string>> = { ł: 'l', đ: 'd', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss' };

/** Lower case, without accents, one kind of apostrophe, single spaces: "Élaborer" and "elaborer" meet. */
const foldForSearch = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łđøæœß]/g, (c) => FOLDED[c] ?? c)
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

const folded = escoSkills.map((skill) => ({
  skill,
  labels: new Map(Object.entries(skill.label).map(([lang, text]) => [lang, foldForSearch(text)])),
}));

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** 0: the label starts with the query; 1: a word of it does; 2: it contains the query; undefined: no match. */
const rank = (label: string, query: string): number | undefined => {
  const at = label.indexOf(query);
  if (at === -1) return undefined;
  if (at === 0) return 0;
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(query)}`, 'u').test(label) ? 1 : 2;
};

/**
 * Skills whose label in `lang` (English where ESCO gave us none in `lang`) matches `query`, ignoring case
 * and accents: labels that start with the query first, then a word that does, then any substring.
 * English labels are searched too, after those, so an English term finds a skill on a translated page.
 */
export const searchEscoSkills = (query: string, lang: EscoLanguage = 'en', limit = 10): EscoSkill[] => {
  const q = foldForSearch(query);
  if (q === '' || limit <= 0) return [];
  const hits: { skill: EscoSkill; score: number; shown: string }[] = [];
  for (const { skill, labels } of folded) {
    const shown = labels.get(lang) ?? labels.get('en') ?? '';
    let score = rank(shown, q);
    if (score === undefined && lang !== 'en') {
      const english = rank(labels.get('en') ?? '', q);
      if (english !== undefined) score = 3 + english;
    }
    if (score !== undefined) hits.push({ skill, score, shown });
  }
  hits.sort((a, b) => a.score - b.score || a.shown.localeCompare(b.shown, lang));
  return hits.slice(0, Math.floor(limit)).map((hit) => hit.skill);
};
