import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import type { ModuleDocument, QuestionnaireInput } from '../questionnaire/index.ts';
import { parseDefinition, resolveIncludes } from '../questionnaire/index.ts';

/** What the console passes in: SHA-256, hex. */
export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A small definition with a text in every place a text can be. */
export function fixture(): QuestionnaireInput {
  return {
    id: 'fixture',
    languages: ['en', 'fi'],
    fallbackLanguage: 'en',
    title: { en: 'Title', fi: 'Otsikko' },
    audience: { en: 'Everyone', fi: 'Kaikki' },
    description: { en: 'About things', fi: 'Asioista' },
    estimatedMinutes: 5,
    lists: {
      yn: [
        { code: 'y', label: { en: 'Yes', fi: 'Kyllä' } },
        { code: 'n', label: { en: 'No', fi: 'Ei' } },
      ],
    },
    pages: [
      {
        id: 'p1',
        title: { en: 'First page', fi: 'Ensimmäinen sivu' },
        items: [
          {
            id: 'agree',
            type: 'consent',
            label: { en: 'Do you agree?', fi: 'Suostutko?' },
            statement: { en: 'I agree & <consent>', fi: 'Suostun & <suostumus>' },
          },
          {
            id: 'intro',
            type: 'info',
            label: { en: 'Hello', fi: 'Hei' },
            body: { en: 'One\n\nTwo', fi: 'Yksi\n\nKaksi' },
          },
          { id: 'works', type: 'single', label: { en: 'Do you work?', fi: 'Oletko töissä?' }, choices: 'yn' },
        ],
      },
      {
        type: 'page',
        id: 'p2',
        items: [
          {
            id: 'hours',
            type: 'number',
            label: { en: 'Hours, ${works}?', fi: 'Tunnit, ${works}?' },
            hint: { en: 'A week', fi: 'Viikossa' },
            unit: { en: 'hours', fi: 'tuntia' },
            constraints: [{ expression: '. < 100', message: { en: 'Too many', fi: 'Liikaa' } }],
          },
          {
            id: 'kinds',
            type: 'multiple',
            label: { en: 'Kinds', fi: 'Lajit' },
            choices: [
              { code: 'a', label: { en: 'A', fi: 'A' } },
              { code: 'none', label: { en: 'None', fi: 'Ei mitään' }, exclusive: true },
            ],
          },
          {
            id: 'grid',
            type: 'matrix',
            label: { en: 'Grid', fi: 'Ruudukko' },
            rows: [{ code: 'r1', label: { en: 'Row', fi: 'Rivi' } }],
            choices: 'yn',
          },
          { id: 'sum', type: 'calculate', expression: '${hours} * 2' },
        ],
      },
      {
        type: 'repeat',
        id: 'mc',
        max: 3,
        title: { en: 'Your courses', fi: 'Kurssisi' },
        addAnother: { en: 'Another?', fi: 'Toinen?' },
        itemLabel: { en: '${mc_title}', fi: '${mc_title}' },
        pages: [
          {
            id: 'mc_p',
            items: [{ id: 'mc_title', type: 'text', label: { en: 'Course name', fi: 'Kurssin nimi' } }],
          },
        ],
      },
    ],
  };
}

export interface RealQuestionnaire {
  readonly file: string;
  /** The authored document with its modules included: what the console edits. */
  readonly definition: QuestionnaireInput;
}

/** The shipped questionnaires of a study folder, read as src/studies does and checked. */
export function readStudy(folder: string): RealQuestionnaire[] {
  const dir = join('questionnaires', folder);
  const yaml = (path: string): unknown => parseYaml(readFileSync(path, 'utf8'), { maxAliasCount: 100 });
  const moduleDir = join(dir, 'modules');
  let moduleNames: string[] = [];
  try {
    moduleNames = readdirSync(moduleDir).filter((n) => n.endsWith('.yaml'));
  } catch {
    moduleNames = [];
  }
  const modules = moduleNames.map((n) => yaml(join(moduleDir, n)) as ModuleDocument);
  return readdirSync(dir)
    .filter((n) => n.endsWith('.yaml') && n !== 'study.yaml')
    .sort()
    .map((file) => {
      const included = resolveIncludes(yaml(join(dir, file)), modules);
      if (!included.ok) throw new Error(`${file}: ${JSON.stringify(included.issues)}`);
      const parsed = parseDefinition(included.document);
      if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.issues.slice(0, 5))}`);
      return { file, definition: included.document as QuestionnaireInput };
    });
}

/**
 * Every map from language code to string anywhere in a document, found without knowing the format:
 * the yardstick textUnits is measured against.
 */
export function localizedMaps(document: unknown, languages: readonly string[]): Set<object> {
  const found = new Set<object>();
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value);
      if (entries.length > 0 && entries.every(([k, v]) => languages.includes(k) && typeof v === 'string'))
        found.add(value);
      else for (const [, v] of entries) walk(v);
    }
  };
  walk(document);
  return found;
}

// Pieces that break naive XML writers and readers, mixed with any code point at all.
export const nasty = fc.constantFrom(
  '<',
  '>',
  '&',
  '"',
  "'",
  ']]>',
  '<![CDATA[',
  '&amp;',
  '&#13;',
  '\r',
  '\r\n',
  '\n',
  '\t',
  ' ',
  '  ',
  '${q}',
  '$${q}',
  '${',
  '}',
  '\u0000',
  '\u0001',
  '\uFFFE',
  '\uD800',
  '\uDC00',
  '😀',
  'a',
  'ä',
);
/** Texts of those pieces, or of any code points. */
export const text = fc.oneof(
  fc.string({ unit: nasty, maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
);
