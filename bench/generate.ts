import { parseArgs } from 'node:util';
import { freshDatabase, loadStudyResponses } from './lib/bench-database.ts';
import { benchDefaults, fixed, table, writeSection } from './lib/report.ts';

/**
 * `npm run bench:generate -- --responses 1000000`: a database of simulated responses to the
 * microcredentials study on PostgreSQL (BENCH_DATABASE_URL, default the local server), for the
 * results and export benchmarks.
 */
const { values } = parseArgs({
  options: {
    responses: { type: 'string', default: String(benchDefaults.responses) },
    distinct: { type: 'string', default: String(benchDefaults.distinct) },
    seed: { type: 'string', default: String(benchDefaults.seed) },
    database: { type: 'string', default: benchDefaults.database },
  },
});
const count = Number(values.responses);
const store = await freshDatabase(values.database);
try {
  const report = await loadStudyResponses(
    store,
    values.database,
    count,
    { ...benchDefaults.dataset, seed: Number(values.seed), distinct: Number(values.distinct) },
    (n) => process.stderr.write(`\r${n} responses`),
  );
  process.stderr.write('\n');
  await writeSection(
    'generate',
    'Generated responses',
    [
      `${count.toLocaleString('en')} completed responses to the microcredentials study in database \`${values.database}\`, drawn from ${Number(values.distinct).toLocaleString('en')} simulated journeys (seed ${values.seed}).`,
      '',
      table(
        ['answer rows', 'simulating (s)', 'COPY (s)', 'key and indexes afterwards (s)', 'running totals (s)'],
        [
          [
            report.answerRows.toLocaleString('en'),
            fixed(report.simulateSeconds, 0),
            fixed(report.copySeconds, 0),
            fixed(report.indexSeconds, 0),
            fixed(report.totalsSeconds, 0),
          ],
        ],
      ),
    ].join('\n'),
  );
} finally {
  await store.close();
}
