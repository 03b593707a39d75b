import type { ExportColumn } from './columns.ts';
import { missingNumbers } from './columns.ts';
import type { Dataset } from './dataset.ts';
import { multipleResponseSets } from './sav-file.ts';

/** A string in SPSS syntax: in apostrophes, an apostrophe doubled; one line. */
const quote = (text: string) => `'${text.replace(/'/g, "''").replace(/[\r\n]+/g, ' ')}'`;

/** A name SPSS accepts (the same rule as the .sav writer's). */
export const spssName = (name: string) =>
  name
    .replace(/[^A-Za-z0-9_.]/g, '_')
    .replace(/^[^A-Za-z]+/, 'v')
    .slice(0, 64);

const formatOf = (c: ExportColumn) => {
  switch (c.kind) {
    case 'flag':
      return 'F1.0';
    case 'rank':
      return 'F3.0';
    case 'number':
      return 'F12.2';
    case 'date':
      return 'A10';
    case 'id':
      return 'F10.0';
    case 'code':
      return 'A64';
    case 'text':
      return `A${Math.min(32767, c.width ?? 1000)}`;
  }
};

/**
 * SPSS syntax (also run by GNU PSPP) that reads data.csv with its variable labels, value labels,
 * missing values and multiple-response sets, for those who start from the CSV.
 */
export function spssSyntax(dataset: Dataset): string {
  const { columns } = dataset;
  const lines: string[] = [
    `* Reads ${dataset.name}.csv (UTF-8, RFC 4180) of a credmap research export, with its labels.`,
    `* Run it from the folder that holds ${dataset.name}.csv.`,
    `GET DATA /TYPE=TXT /FILE='${dataset.name}.csv' /ENCODING='UTF-8' /ARRANGEMENT=DELIMITED /DELCASE=LINE`,
    "  /FIRSTCASE=2 /DELIMITERS=',' /QUALIFIER='\"'",
    '  /VARIABLES=',
    ...columns.map((c) => `    ${spssName(c.name)} ${formatOf(c)}`),
    '.',
    'VARIABLE LABELS',
    ...columns.map((c) => `  ${spssName(c.name)} ${quote(c.label.slice(0, 250))}`),
    '.',
  ];
  const coded = columns.filter((c) => c.kind === 'code' && c.codes !== undefined);
  if (coded.length > 0) {
    lines.push('VALUE LABELS');
    coded.forEach((c, i) => {
      lines.push(`  ${i === 0 ? '' : '/'}${spssName(c.name)}`);
      for (const code of c.codes ?? [])
        lines.push(`    ${quote(code.code)} ${quote(code.label.slice(0, 120))}`);
      for (const [name, n] of Object.entries(missingNumbers)) lines.push(`    '${n}' ${quote(name)}`);
    });
    lines.push('.');
    lines.push(`MISSING VALUES ${coded.map((c) => spssName(c.name)).join(' ')} ('-8', '-9').`);
  }
  const numbers = columns.filter((c) => c.kind === 'number');
  if (numbers.length > 0)
    lines.push(`MISSING VALUES ${numbers.map((c) => spssName(c.name)).join(' ')} (-8, -9).`);
  const groups = multipleResponseSets(columns);
  if (groups.length > 0) {
    lines.push('MRSETS');
    for (const { name, label, members } of groups) {
      lines.push(
        `  /MDGROUP NAME=${name} LABEL=${quote(label.slice(0, 120))} VARIABLES=${members
          .map((m) => spssName(m.name))
          .join(' ')} VALUE=1`,
      );
    }
    lines.push('.');
  }
  lines.push('EXECUTE.', '');
  return lines.join('\n');
}
