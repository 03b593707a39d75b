import { describe, expect, it } from 'vitest';
import type { ExportColumn } from './columns.ts';
import { renamedColumns } from './package.ts';
import { memoryDataset } from './test-support.ts';

const column = (name: string): ExportColumn => ({ name, label: name, kind: 'number' });

const dataset = (name: string, names: readonly string[]) => memoryDataset(names.map(column), [], { name });

describe('the names SPSS and Stata give the columns, in the README', () => {
  const long = 'familiarity_with_microcredentials_in_sector';

  it('lists each column whose name changes, by file and tool', () => {
    const lines = renamedColumns([dataset('data', ['respondent', 'to', 'To_2', 'age', long])], true);
    expect(lines).toEqual([
      // TO is reserved in SPSS; `To_2` was then taken, ignoring case.
      '- In SPSS, the columns of data.csv keep their names but: `to` is `to_2`, `To_2` is `To_2_2`.',
      '- In Stata, the columns of data.csv keep their names but: `familiarity_with_microcredentials_in_sector` is `familiarity_with_microcredential`.',
    ]);
  });

  it('says nothing when every name is kept, and leaves Stata out without .dta files', () => {
    expect(renamedColumns([dataset('data', ['respondent', 'age']), dataset('mc', ['item'])], true)).toEqual(
      [],
    );
    expect(renamedColumns([dataset('data', [long])], false)).toEqual([]);
  });
});
