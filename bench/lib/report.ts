import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import pg from 'pg';
import { serverUrl } from './bench-database.ts';

/** What the benchmarks use unless told otherwise. */
export const benchDefaults = {
  responses: 1_000_000,
  /** Distinct simulated journeys the responses are drawn from. */
  distinct: 20_000,
  seed: 2026,
  database: 'credmap_bench',
  dataset: { closesAt: new Date('2026-11-30T22:59:59Z'), days: 75 },
} as const;

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The q-quantile (0 ≤ q ≤ 1) by the nearest-rank method. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
export const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

/** The machine a run was made on, as a line of the report. */
export async function machine(): Promise<string> {
  const cpu = cpus();
  let server = 'no PostgreSQL';
  try {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    server = String((await client.query('show server_version')).rows[0]?.server_version ?? '?');
    await client.end();
    server = `PostgreSQL ${server}`;
  } catch {
    // A benchmark without PostgreSQL still reports.
  }
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${server}`;
}

const file = 'BENCHMARKS.md';

/**
 * Replaces a benchmark's section of BENCHMARKS.md (between its markers), or appends it. Every
 * section starts with the command that produced it, the machine and the date.
 */
export async function writeSection(
  name: string,
  title: string,
  body: string,
  /** The section's own name, when one benchmark writes several (default: the benchmark's). */
  marker = name,
): Promise<void> {
  const command = `npm run bench:${name}${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
  const section = [
    `<!-- bench:${marker} -->`,
    `## ${title}`,
    '',
    `\`${command}\`, ${new Date().toISOString().slice(0, 10)}, ${await machine()}.`,
    '',
    body.trim(),
    `<!-- /bench:${marker} -->`,
  ].join('\n');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const pattern = new RegExp(`<!-- bench:${marker} -->[\\s\\S]*?<!-- /bench:${marker} -->`);
  writeFileSync(
    file,
    pattern.test(text) ? text.replace(pattern, section) : `${text.trimEnd()}\n\n${section}\n`,
  );
  console.log(section);
}

/** A Markdown table. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}
