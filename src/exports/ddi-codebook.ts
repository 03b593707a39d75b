import type { ExportColumn } from './columns.ts';
import { missingNumbers } from './columns.ts';
import type { Dataset } from './dataset.ts';
import { multipleResponseSets } from './sav-file.ts';

/**
 * DDI-Codebook 2.5 (DDI Alliance; schema `codebook.xsd` of DDI-C 2.5.1, ddialliance/ddi-c_2). Version
 * 2.5 rather than 2.6 because the CESSDA Data Catalogue and its metadata profile expect it; a 2.5
 * instance also validates against 2.6.
 */
export const ddiNamespace = 'ddi:codebook:2_5';
export const ddiSchemaLocation =
  'http://www.ddialliance.org/Specification/DDI-Codebook/2.5/XMLSchema/codebook.xsd';

/** Characters XML 1.0 allows (section 2.2, production [2] Char); anything else becomes U+FFFD. */
const notXmlChar = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/**
 * Character data: `&`, `<` and `>` (the last so that `]]>` cannot occur) escaped, and CR as a
 * character reference, which XML's end-of-line handling would otherwise turn into LF.
 */
export function xmlText(text: string): string {
  return text
    .replace(notXmlChar, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** An attribute value in double quotes: also `"`, and tab and line ends, which parsers normalise to spaces. */
export function xmlAttribute(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

/** An element as data: attributes (undefined ones left out) and either text or child elements. */
interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string | number | undefined>>;
  readonly content: string | readonly XmlElement[];
}

const el = (
  name: string,
  attributes: XmlElement['attributes'],
  content: XmlElement['content'] = [],
): XmlElement => ({ name, attributes, content });

/** Elements for those of `items` that are defined, so optional parts read as a list. */
const some = (...items: readonly (XmlElement | undefined | false)[]): XmlElement[] =>
  items.filter((x): x is XmlElement => x !== undefined && x !== false);

function serialize(node: XmlElement, indent = ''): string {
  const attributes = Object.entries(node.attributes)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${xmlAttribute(String(v))}"`)
    .join('');
  if (typeof node.content === 'string')
    return `${indent}<${node.name}${attributes}>${xmlText(node.content)}</${node.name}>`;
  if (node.content.length === 0) return `${indent}<${node.name}${attributes}/>`;
  const inner = node.content.map((c) => serialize(c, `${indent}  `)).join('\n');
  return `${indent}<${node.name}${attributes}>\n${inner}\n${indent}</${node.name}>`;
}

/** The labels of the missing codes, as the .sav file gives them. */
const missingLabels: Readonly<Record<string, string>> = {
  dont_know: "Don't know",
  prefer_not_to_say: 'Prefer not to say',
};

/**
 * The categories of a column (DDI `catgry`): a choice's codes, a flag's 0/1, and the missing
 * codes -8/-9 marked `missing="Y"`. Missing codes are listed for every column but ids, which
 * are never missing: a date or text question answered "don't know" holds -8 in the CSV too.
 */
function categories(column: ExportColumn): XmlElement[] {
  const own: (readonly [string, string])[] =
    column.kind === 'flag'
      ? [
          ['0', 'not chosen'],
          ['1', 'chosen'],
        ]
      : (column.codes ?? []).map((c) => [c.code, c.label] as const);
  const taken = new Set(own.map(([value]) => value));
  const missing =
    column.kind === 'id'
      ? []
      : Object.entries(missingNumbers)
          .map(([code, n]) => [String(n), missingLabels[code] ?? code] as const)
          .filter(([value]) => !taken.has(value));
  return [
    ...own.map(([value, label]) => el('catgry', {}, [el('catValu', {}, value), el('labl', {}, label)])),
    ...missing.map(([value, label]) =>
      el('catgry', { missing: 'Y' }, [el('catValu', {}, value), el('labl', {}, label)]),
    ),
  ];
}

/** How the column's values are represented in the CSV (DDI `varFormat`, `representationType`). */
const numeric = (c: ExportColumn) =>
  c.kind === 'flag' || c.kind === 'rank' || c.kind === 'number' || c.kind === 'id';
const representation: Readonly<Record<ExportColumn['kind'], string>> = {
  code: 'code',
  flag: 'code',
  rank: 'numeric',
  number: 'numeric',
  id: 'numeric',
  text: 'text',
  date: 'datetime',
};
const nature: Readonly<Partial<Record<ExportColumn['kind'], string>>> = {
  code: 'nominal',
  flag: 'nominal',
  rank: 'ordinal',
};

/** One `var`: its name, file, interval (numbers continuous, all else discrete), label, categories, format. */
function variable(column: ExportColumn, id: string, file: string): XmlElement {
  return el(
    'var',
    {
      ID: id,
      name: column.name,
      files: file,
      intrvl: column.kind === 'number' ? 'contin' : 'discrete',
      nature: nature[column.kind],
      representationType: representation[column.kind],
    },
    [
      el('labl', {}, column.label),
      ...categories(column),
      column.kind === 'date'
        ? el('varFormat', { type: 'character', schema: 'ISO', category: 'date' }, 'YYYY-MM-DD')
        : el('varFormat', { type: numeric(column) ? 'numeric' : 'character' }),
    ],
  );
}

/** A language tag as `xml:lang` accepts it (xs:language), or nothing. */
const languageTag = (language: string) =>
  /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(language) ? language : undefined;

/**
 * The study and its export files described in DDI-Codebook 2.5 XML: document and study
 * description (title, identifier, producer, abstract, how the data were collected, the
 * questionnaire versions and the caller's notes), one file description per dataset, and every
 * column as a variable with its label, categories and missing codes, multiple-choice columns
 * grouped as multiple-response sets. Elements follow the order of the schema's sequences.
 *
 * It holds no frequencies or summary statistics (`catStat`, `sumStat`): metadata is published
 * more widely than data, and counts per category would publish small cells outside disclosure
 * control.
 */
export function ddiCodebook(input: {
  study: { id: string; title: string; abstract?: string; producer?: string };
  language: string;
  now: Date;
  datasets: readonly Dataset[];
  versions: readonly string[];
  notes: readonly string[];
}): string {
  const { study, datasets } = input;
  const day = input.now.toISOString().slice(0, 10);
  const files = datasets.map((d, i) => ({ dataset: d, id: `F${i + 1}` }));
  let v = 0;
  const variables = files.map(({ dataset, id }) => ({
    file: id,
    dataset,
    ids: new Map(dataset.columns.map((c) => [c, `V${++v}`])),
  }));
  const groups = variables.flatMap(({ dataset, ids }) =>
    multipleResponseSets(dataset.columns).map((set) => ({ set, vars: set.members.map((m) => ids.get(m)!) })),
  );
  const missingNote = `Missing codes: ${Object.entries(missingNumbers)
    .map(([code, n]) => `${n} = ${code}`)
    .join(', ')}; an empty field means the question was not asked.`;

  const root = el(
    'codeBook',
    {
      xmlns: ddiNamespace,
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation': `${ddiNamespace} ${ddiSchemaLocation}`,
      version: '2.5',
      'xml:lang': languageTag(input.language),
    },
    [
      el('docDscr', {}, [
        el('citation', {}, [
          el('titlStmt', {}, [el('titl', {}, `${study.title}: codebook of the research export`)]),
          el('prodStmt', {}, [el('prodDate', { date: day }, day), el('software', {}, 'credmap')]),
        ]),
      ]),
      el('stdyDscr', {}, [
        el('citation', {}, [
          el('titlStmt', {}, [el('titl', {}, study.title), el('IDNo', { agency: 'credmap' }, study.id)]),
          ...some(study.producer !== undefined && el('prodStmt', {}, [el('producer', {}, study.producer)])),
        ]),
        el('stdyInfo', {}, [
          ...some(study.abstract !== undefined && el('abstract', {}, study.abstract)),
          el('sumDscr', {}, [el('dataKind', {}, 'Survey data')]),
        ]),
        el('method', {}, [
          el('dataColl', {}, [
            el('collMode', {}, 'Self-administered web questionnaire (CAWI)'),
            ...input.versions.map((version) => el('resInstru', {}, version)),
          ]),
          ...input.notes.map((note) => el('notes', {}, note)),
        ]),
      ]),
      ...files.map(({ dataset, id }) =>
        el('fileDscr', { ID: id, URI: `${dataset.name}.csv` }, [
          el('fileTxt', {}, [
            el('fileName', {}, `${dataset.name}.csv`),
            el('fileCont', {}, `One row per ${dataset.unit} (${dataset.layout} layout).`),
            el('dimensns', {}, [
              el('caseQnty', {}, String(dataset.rowCount)),
              el('varQnty', {}, String(dataset.columns.length)),
            ]),
            el('fileType', { charset: 'UTF-8' }, 'CSV (RFC 4180), UTF-8 with a byte-order mark'),
            el('dataMsng', {}, missingNote),
          ]),
        ]),
      ),
      el('dataDscr', {}, [
        ...groups.map(({ set, vars }, i) =>
          el(
            'varGrp',
            {
              ID: `VG${i + 1}`,
              type: 'multipleResp',
              var: vars.join(' '),
              name: set.name.replace(/^\$/, ''),
            },
            [el('labl', {}, set.label)],
          ),
        ),
        ...variables.flatMap(({ dataset, ids, file }) =>
          dataset.columns.map((c) => variable(c, ids.get(c)!, file)),
        ),
      ]),
    ],
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!-- No frequencies or summary statistics (catStat, sumStat): they would publish small counts outside disclosure control. -->',
    serialize(root),
    '',
  ].join('\n');
}
