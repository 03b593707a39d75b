import type { ExportColumn } from './columns.ts';
import { missingNumbers } from './columns.ts';
import type { Dataset } from './dataset.ts';
import { multipleResponseSets } from './sav-file.ts';

/** The labels of the missing codes, as the .sav file gives them. */
const missingLabels: Readonly<Record<string, string>> = {
  dont_know: "Don't know",
  prefer_not_to_say: 'Prefer not to say',
};

/**
 * An R string literal that reads the same in any locale: everything outside printable ASCII is a
 * `\u{...}` escape (R Language Definition, 10.3.1 "Constants"), so the script itself is ASCII and
 * Windows or a C locale cannot garble the labels. R strings cannot hold NUL, and a lone surrogate is
 * no character: both become U+FFFD.
 */
export function rString(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code >= 0x20 && code < 0x7f) out += ch;
    else if (code === 0 || (code >= 0xd800 && code <= 0xdfff)) out += '\\u{fffd}';
    else if (code > 0xffff) out += `\\U{${code.toString(16)}}`;
    else out += `\\u{${code.toString(16)}}`;
  }
  return `${out}"`;
}

/** A syntactic R name for the data frame: the dataset's name, with anything else as `_`. */
export function rName(name: string): string {
  const reserved = /^(if|else|repeat|while|function|for|in|next|break|TRUE|FALSE|NULL|Inf|NaN|NA\w*)$/;
  const safe = name.replace(/[^A-Za-z0-9_.]/g, '_').replace(/^(?=[0-9_]|\.[0-9])/, 'x');
  return safe === '' || reserved.test(safe) ? `${safe}_data` : safe;
}

/**
 * readr's compact column type for a column (readr `cols()` documentation: c character,
 * i integer, d double). Codes stay character even where a missing code makes the CSV field "-8":
 * a choice's codes are strings and keep their values.
 */
function readrType(column: ExportColumn): string {
  switch (column.kind) {
    case 'id':
      return 'i';
    case 'number':
    case 'flag':
    case 'rank':
      return 'd';
    case 'date':
    case 'code':
    case 'text':
      // Dates are read as text and converted after the missing codes are taken out.
      return 'c';
  }
}

/**
 * A named vector of values (R numbers or strings) with their labels as names. Not written
 * `c("label" = value)`: R makes such names symbols, in the native encoding, which in a C locale
 * turns "Š" into "<U+0160>"; `structure(names = )` keeps them UTF-8.
 */
const labelVector = (labels: readonly (readonly [string, string | number])[]) =>
  `structure(c(${labels.map(([, value]) => (typeof value === 'number' ? value : rString(value))).join(', ')}), names = c(${labels.map(([label]) => rString(label)).join(', ')}))`;

/** The R statement that labels one column of `frame`. */
function labelStatement(frame: string, column: ExportColumn): string {
  const target = `${frame}[[${rString(column.name)}]]`;
  const label = rString(column.label);
  const missing = Object.entries(missingNumbers);
  const missingAs = <T>(value: (n: number) => T) =>
    missing.map(([code, n]) => [missingLabels[code] ?? code, value(n)] as const);
  switch (column.kind) {
    case 'text':
    case 'id':
      // Ids are never missing; a text's "-8"/"-9" is a missing code, as a typed "-8" would have
      // the formula guard's apostrophe. A variable label is all they carry.
      return `attr(${target}, "label") <- ${label}`;
    case 'date': {
      // A date question answered "don't know" holds -8 or -9: R's Date class has no room for
      // value labels, so those become NA here (the CSV keeps them).
      const codes = missing.map(([, n]) => rString(String(n))).join(', ');
      return `${target} <- structure(as.Date(replace(${target}, ${target} %in% c(${codes}), NA), format = "%Y-%m-%d"), label = ${label})`;
    }
    case 'code': {
      // Choice codes are strings, so their missing codes are the strings "-8" and "-9".
      const taken = new Set((column.codes ?? []).map((c) => c.code));
      const labels = [
        ...(column.codes ?? []).map((c) => [c.label, c.code] as const),
        ...missingAs((n) => String(n)).filter(([, v]) => !taken.has(v)),
      ];
      const na = missing.map(([, n]) => rString(String(n))).join(', ');
      return `${target} <- haven::labelled_spss(${target}, labels = ${labelVector(labels)}, na_values = c(${na}), label = ${label})`;
    }
    case 'flag':
    case 'rank':
    case 'number': {
      const own: (readonly [string, number])[] =
        column.kind === 'flag'
          ? [
              ['not chosen', 0],
              ['chosen', 1],
            ]
          : [];
      const labels = [...own, ...missingAs((n) => n)];
      const na = missing.map(([, n]) => n).join(', ');
      return `${target} <- haven::labelled_spss(${target}, labels = ${labelVector(labels)}, na_values = c(${na}), label = ${label})`;
    }
  }
}

/**
 * An R script that reads `<name>.csv` of a research export into a data frame (a tibble) named after
 * the dataset, with variable labels, value labels and user-missing values as haven represents
 * them (haven `labelled_spss`, the classes `haven::read_sav` gives), so that R users who start from
 * the CSV get what SPSS users get from the .sps file. It needs the R package haven, which brings
 * readr; nothing else.
 */
export function rScript(dataset: Dataset): string {
  const { columns } = dataset;
  const frame = rName(dataset.name);
  const file = rString(`${dataset.name}.csv`);
  const sets = multipleResponseSets(columns);
  return [
    `# Reads ${dataset.name}.csv (UTF-8, RFC 4180) of a credmap research export into the data frame`,
    `# \`${frame}\`, with variable labels, value labels and the missing codes -8 and -9 as user-missing`,
    '# values (haven::labelled_spss). Run it from the folder that holds the CSV, e.g.',
    `#   setwd("path/to/export"); source("${dataset.name}.R")`,
    '# Needs the R package haven (it brings readr): install.packages("haven").',
    '#',
    '# Values are kept as the CSV has them: codes, not labels; an empty field (not asked) is NA;',
    '# a text that a spreadsheet would run as a formula keeps its leading apostrophe, so that the',
    "# data frame and the CSV agree. -8 and -9 are missing codes (don't know, prefer not to say):",
    '# user-missing in choices and numbers, "-8"/"-9" in texts, NA in dates (the Date class has no',
    '# labels). haven::as_factor() gives labels, haven::zap_missing() turns -8 and -9 into NA.',
    ...(sets.length > 0
      ? [
          '#',
          '# Multiple-response sets (one 0/1 column per option, 1 = chosen):',
          ...sets.map((s) => `#   ${s.name.replace(/^\$/, '')}: ${s.members.map((m) => m.name).join(' ')}`),
        ]
      : []),
    '',
    `${frame} <- readr::read_csv(`,
    `  ${file},`,
    `  col_types = ${rString(columns.map(readrType).join(''))},`,
    // Only an empty field is missing: a text answer "NA" is a text. Spaces are data.
    '  na = "",',
    '  trim_ws = FALSE,',
    '  locale = readr::locale(encoding = "UTF-8"),',
    '  progress = FALSE',
    ')',
    `if (nrow(readr::problems(${frame})) > 0) {`,
    `  print(readr::problems(${frame}))`,
    `  stop(${rString(`${dataset.name}.csv did not read as described; see the problems above`)})`,
    '}',
    ...columns.map((c) => labelStatement(frame, c)),
    '',
  ].join('\n');
}
