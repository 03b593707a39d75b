import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder every test app of the run writes its logs to (test/support/app.ts). */
    logDir: string;
  }
}

/** Any e-mail address, however the log spells it. */
const emailAddress = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+/g;

/**
 * The names the tests give people: the `name` beside an `email` (learners, accounts, members),
 * written with a capital as names are.
 */
async function namesUsed(): Promise<string[]> {
  const names = new Set<string>();
  for (const root of ['test', 'src']) {
    for (const file of await readdir(root, { recursive: true })) {
      if (!/\.test\.tsx?$/.test(file) && !/^support\/.*\.ts$/.test(file)) continue;
      const text = await readFile(join(root, file), 'utf8');
      for (const m of text.matchAll(/\bname\s*:\s*'(\p{Lu}[^']{1,60})',\s*email\s*:/gu)) names.add(m[1]!);
    }
  }
  return [...names];
}

/** Every line of the run's logs that carries an e-mail address or a name the tests used. */
async function personalDataIn(dir: string, names: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  const name = names.length === 0 ? undefined : new RegExp(names.map(asWord).join('|'), 'u');
  for (const file of await readdir(dir)) {
    const text = await readFile(join(dir, file), 'utf8');
    for (const line of text.split('\n')) {
      const hit = line.match(emailAddress)?.[0] ?? (name === undefined ? undefined : line.match(name)?.[0]);
      if (hit !== undefined) found.push(`${file}: ${hit} in ${line.slice(0, 300)}`);
    }
  }
  return found;
}

const asWord = (text: string) => `(?<![\\p{L}])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`;

/**
 * Test apps write their logs at debug level to one file per process in a folder made for the run;
 * when the run ends, every line is read, and any personal data in them fails the run.
 */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(join(tmpdir(), 'credmap-logs-'));
  project.provide('logDir', dir);
  return async () => {
    const found = await personalDataIn(dir, await namesUsed());
    if (found.length > 0) {
      // Vitest prints an error thrown here but still exits with 0; the exit code is what fails CI.
      process.exitCode = 1;
      throw new Error(
        `Logs carry personal data (${found.length} lines, kept in ${dir}):\n${found.slice(0, 20).join('\n')}`,
      );
    }
    await rm(dir, { recursive: true, force: true });
  };
}
