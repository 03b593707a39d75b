import type { ExportColumn } from './columns.ts';
import { fixed, missingNumbers } from './columns.ts';

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
export function spssSyntax(columns: readonly ExportColumn[]): string {
  const lines: string[] = [
    '* Reads data.csv (UTF-8, RFC 4180) of a credmap research export, with its labels.',
    '* Run it from the folder that holds data.csv.',
    "GET DATA /TYPE=TXT /FILE='data.csv' /ENCODING='UTF-8' /ARRANGEMENT=DELIMITED /DELCASE=LINE",
    "  /FIRSTCASE=2 /DELIMITERS=',' /QUALIFIER='\"'",
    '  /VARIABLES=',
    '    respondent F8.0 questionnaire A64 version F4.0 language A2 completed A10',
    ...columns.map((c) => `    ${spssName(c.name)} ${formatOf(c)}`),
    '.',
    'VARIABLE LABELS',
    ...fixed.map((name) => `  ${name} ${quote(name)}`),
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
  const sets = new Map<string, ExportColumn[]>();
  for (const c of columns.filter((x) => x.kind === 'flag')) {
    const key = `${c.source.questionId}:${c.source.item}`;
    sets.set(key, [...(sets.get(key) ?? []), c]);
  }
  const groups = [...sets.values()].filter((members) => members.length >= 2);
  if (groups.length > 0) {
    lines.push('MRSETS');
    for (const members of groups) {
      const name = `$${spssName(members[0]!.name.replace(/_[^_]+$/, ''))}`.slice(0, 64);
      lines.push(
        `  /MDGROUP NAME=${name} LABEL=${quote((members[0]!.label.split(': ')[0] ?? '').slice(0, 120))} VARIABLES=${members
          .map((m) => spssName(m.name))
          .join(' ')} VALUE=1`,
      );
    }
    lines.push('.');
  }
  lines.push('EXECUTE.', '');
  return lines.join('\n');
}
