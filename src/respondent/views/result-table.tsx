import type {
  QuestionResult,
  ShownCell,
  WeightedEstimate,
  WeightedMeanEstimate,
} from '../../analysis/index.ts';

/** The symbol for a figure not published, whatever the reason (the reason would tell too much). */
export const suppressedSymbol = '×';

/** The words a result table needs, in the reader's language. */
export interface ResultWords {
  readonly answer: string;
  readonly base: string;
  readonly suppressed: string;
  readonly unit: string;
  readonly mean: string;
  readonly q1: string;
  readonly median: string;
  readonly q3: string;
  readonly effectiveBase: string;
  /** Only where weighted means are shown. */
  readonly weightedMean?: string;
}

/**
 * One question's protected result as a table: counts with percentages, suppressed cells as `×`
 * with their explanation, and, on the team's pages, weighted percentages with intervals.
 */
export function ResultTable(props: {
  id: string;
  lang: string;
  result: QuestionResult;
  caption: string;
  words: ResultWords;
  column: (code: string | null) => string;
  row: (code: string, missing: boolean) => string;
  /** Weighted estimates by row code (null: the base) and column, when shown. */
  weighted?: ((code: string | null, column: number) => WeightedEstimate | undefined) | undefined;
  /** Weighted means with intervals by column (number questions), when shown. */
  weightedMean?: ((column: number) => WeightedMeanEstimate | undefined) | undefined;
}) {
  const { result, words } = props;
  const number = new Intl.NumberFormat(props.lang, { maximumFractionDigits: 1 });
  const hidden = (
    <td class="numeric">
      <abbr title={words.suppressed}>{suppressedSymbol}</abbr>
    </td>
  );
  const cell = (c: ShownCell | undefined, withPercent: boolean, weighted?: WeightedEstimate) =>
    c === undefined || !c.shown ? (
      hidden
    ) : (
      <td class="numeric">
        {number.format(c.n)}
        {weighted !== undefined ? (
          <span class="meta">
            {` (${number.format(weighted.percent)} % [${number.format(weighted.low)}–${number.format(weighted.high)}])`}
          </span>
        ) : (
          withPercent && c.percent !== null && <span class="meta">{` (${number.format(c.percent)} %)`}</span>
        )}
      </td>
    );
  const summaryRows = [
    [words.mean, 'mean'],
    [words.q1, 'q1'],
    [words.median, 'median'],
    [words.q3, 'q3'],
  ] as const;
  // A Likert scale: its mean and median beside the distribution.
  const likertRows = [summaryRows[0], summaryRows[2]] as const;
  return (
    <table class="table">
      <caption id={`${props.id}-caption`}>
        {props.caption} <span class="meta">({words.unit})</span>
      </caption>
      <thead>
        <tr>
          <th scope="col">{words.answer}</th>
          {result.columns.map((g) => (
            <th scope="col" class="numeric">
              {props.column(g)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {result.kind === 'number'
          ? summaryRows.map(([label, field]) => (
              <tr>
                <th scope="row">{label}</th>
                {(result.summaries ?? []).map((s) =>
                  s.shown ? <td class="numeric">{number.format(s[field])}</td> : hidden,
                )}
              </tr>
            ))
          : result.rows.map((row) => (
              <tr>
                <th scope="row">{props.row(row.code, row.missing)}</th>
                {row.cells.map((c, i) =>
                  cell(c, !row.missing, row.missing ? undefined : props.weighted?.(row.code, i)),
                )}
              </tr>
            ))}
        {result.kind === 'choices' &&
          result.summaries !== undefined &&
          likertRows.map(([label, field]) => (
            <tr>
              <th scope="row">{label}</th>
              {result.summaries!.map((s) =>
                s.shown ? <td class="numeric">{number.format(s[field])}</td> : hidden,
              )}
            </tr>
          ))}
        {result.kind === 'number' && props.weightedMean !== undefined && (
          <tr>
            <th scope="row">{words.weightedMean}</th>
            {(result.summaries ?? []).map((s, i) => {
              // Only beside a mean that is itself shown: the same disclosure control holds.
              const e = s.shown ? props.weightedMean?.(i) : undefined;
              return e === undefined ? (
                hidden
              ) : (
                <td class="numeric">
                  {number.format(e.mean)}
                  <span class="meta">{` [${number.format(e.low)}–${number.format(e.high)}]`}</span>
                </td>
              );
            })}
          </tr>
        )}
        <tr>
          <th scope="row">{words.base}</th>
          {result.bases.map((b) => cell(b, false))}
        </tr>
        {props.weighted !== undefined && (
          <tr>
            <th scope="row">{words.effectiveBase}</th>
            {result.bases.map((b, i) => {
              const e = props.weighted?.(null, i);
              return b.shown && e !== undefined ? (
                <td class="numeric">{number.format(e.effectiveN)}</td>
              ) : (
                hidden
              );
            })}
          </tr>
        )}
      </tbody>
    </table>
  );
}
