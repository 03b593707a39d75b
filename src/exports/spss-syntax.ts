import { utf8Truncated } from './bytes.ts';
import type { ExportColumn } from './columns.ts';
import { codeWidth, missingLabels, missingNumbers } from './columns.ts';
import type { Dataset } from './dataset.ts';
import { invalidNameReason, VALUE_LABEL_MAX, VARIABLE_LABEL_MAX } from './sav/index.ts';
import { multipleResponseSets } from './sav-file.ts';

const decoder = new TextDecoder();

/** A label cut to SPSS's limit in bytes, as the .sav file holds it, on a character boundary. */
const labelCut = (text: string, maxBytes: number) => decoder.decode(utf8Truncated(text, maxBytes));

/** A string in SPSS syntax: in apostrophes, an apostrophe doubled; one line. */
const quote = (text: string) => `'${text.replace(/'/g, "''").replace(/[\r\n]+/g, ' ')}'`;

/**
 * Hands out SPSS names (the .sav writer's rule: a letter first, then letters, digits and _, at most
 * `max` bytes, not a reserved word such as TO or WITH), unique ignoring case as SPSS compares
 * them: a name already taken, or reserved, gets the first number that makes it free (`to_2`,
 * `q_a_b_2`), so that two columns never meet in one variable and the file is always written.
 */
export function spssNamer(max = 64): (name: string) => string {
  const taken = new Set<string>();
  return (name) => {
    const base = name
      .replace(/[^A-Za-z0-9_]/g, '_')
      .replace(/^(?=[^A-Za-z])/, 'v')
      .slice(0, max);
    let candidate = base;
    for (let n = 2; invalidNameReason(candidate) !== null || taken.has(candidate.toUpperCase()); n++)
      candidate = `${base.slice(0, max - `_${n}`.length)}_${n}`;
    taken.add(candidate.toUpperCase());
    return candidate;
  };
}

/** The SPSS name of each column, in the .sav file and the syntax alike. */
export function spssNames(columns: readonly ExportColumn[]): string[] {
  return columns.map((c) => c.name).map(spssNamer());
}

/**
 * Whether PSPP would take a line starting with `name` for a COMMENT or DOCUMENT command (any
 * abbreviation down to COMM and DOC), which swallows the line, even in the middle of a command.
 */
const opensComment = (name: string) =>
  /^comm(e|en|ent)?$/i.test(name) || /^doc(u|um|ume|umen|ument)?$/i.test(name);

const formatOf = (c: ExportColumn) => {
  switch (c.kind) {
    case 'flag':
      // 0 or 1, and wide enough to show the missing codes.
      return 'F2.0';
    case 'rank':
      return 'F3.0';
    case 'number':
      return 'F12.2';
    case 'date':
      return 'A10';
    case 'id':
      return 'F10.0';
    case 'code':
      return `A${c.width ?? codeWidth}`;
    case 'text':
      return `A${Math.min(32767, c.width ?? 1000)}`;
  }
};

/** The missing codes' value labels, as `value label` pairs of VALUE LABELS. */
const missingValueLabels = (value: (n: number) => string) =>
  Object.entries(missingNumbers).map(([code, n]) => `    ${value(n)} ${quote(missingLabels[code] ?? code)}`);

/**
 * SPSS syntax (also run by GNU PSPP) that reads data.csv with its variable labels, value labels,
 * missing values and multiple-response sets, for those who start from the CSV. No line starts
 * with a variable name that PSPP would read as a command.
 */
export function spssSyntax(dataset: Dataset): string {
  const { columns } = dataset;
  const names = spssNames(columns);
  const name = new Map(columns.map((c, i) => [c, names[i]!]));
  const variables: string[] = [];
  columns.forEach((c, i) => {
    const pair = `${names[i]} ${formatOf(c)}`;
    if (variables.length > 0 && opensComment(names[i]!)) variables.push(`${variables.pop()} ${pair}`);
    else variables.push(`    ${pair}`);
  });
  const lines: string[] = [
    `* Reads ${dataset.name}.csv (UTF-8, RFC 4180) of a credmap research export, with its labels.`,
    `* Run it from the folder that holds ${dataset.name}.csv.`,
    `GET DATA /TYPE=TXT /FILE='${dataset.name}.csv' /ENCODING='UTF-8' /ARRANGEMENT=DELIMITED /DELCASE=LINE`,
    "  /FIRSTCASE=2 /DELIMITERS=',' /QUALIFIER='\"'",
    '  /VARIABLES=',
    ...variables,
    '.',
    // Pairs after the first start with the separator /, so that no line starts with a name.
    ...columns.map(
      (c, i) =>
        `${i === 0 ? 'VARIABLE LABELS ' : '  /'}${names[i]} ${quote(labelCut(c.label, VARIABLE_LABEL_MAX))}`,
    ),
    '.',
  ];
  const labelled = columns.filter((c) => c.kind !== 'id' && c.kind !== 'text' && c.kind !== 'date');
  const coded = labelled.filter((c) => c.kind === 'code' && c.codes !== undefined);
  const numeric = labelled.filter((c) => c.kind !== 'code');
  if (coded.length + numeric.length > 0) {
    lines.push('VALUE LABELS');
    for (const c of coded) {
      lines.push(`  /${name.get(c)}`);
      for (const code of c.codes ?? [])
        lines.push(`    ${quote(code.code)} ${quote(labelCut(code.label, VALUE_LABEL_MAX))}`);
      lines.push(...missingValueLabels((n) => quote(String(n))));
    }
    for (const c of numeric) {
      lines.push(`  /${name.get(c)}`);
      if (c.kind === 'flag') lines.push(`    0 ${quote('not chosen')}`, `    1 ${quote('chosen')}`);
      lines.push(...missingValueLabels(String));
    }
    lines.push('.');
  }
  if (coded.length > 0) lines.push(`MISSING VALUES ${coded.map((c) => name.get(c)).join(' ')} ('-8', '-9').`);
  // A choice, a number, a flag of a multiple choice or a rank answered "don't know" holds -8.
  if (numeric.length > 0) lines.push(`MISSING VALUES ${numeric.map((c) => name.get(c)).join(' ')} (-8, -9).`);
  const groups = multipleResponseSets(columns);
  if (groups.length > 0) {
    lines.push('MRSETS');
    for (const set of groups) {
      lines.push(
        `  /MDGROUP NAME=${set.name} LABEL=${quote(labelCut(set.label, VALUE_LABEL_MAX))} VARIABLES=${set.members
          .map((m) => name.get(m))
          .join(' ')} VALUE=1`,
      );
    }
    lines.push('.');
  }
  lines.push('EXECUTE.', '');
  return lines.join('\n');
}
