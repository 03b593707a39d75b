import { parseArgs } from 'node:util';
import { freshDatabase, loadStudyResponses } from './lib/bench-database.ts';
import { benchDefaults } from './lib/report.ts';

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
  console.log(JSON.stringify(report, null, 2));
} finally {
  await store.close();
}
