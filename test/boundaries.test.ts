import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The folder boundaries of docs/DESIGN.md are lint rules; this checks that the rules bite, by
 * linting small files placed where they would break them, with the project's own configuration.
 */
const root = mkdtempSync(join(tmpdir(), 'credmap-boundaries-'));
copyFileSync('biome.json', join(root, 'biome.json'));
copyFileSync('.gitignore', join(root, '.gitignore'));
mkdirSync(join(root, '.git'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function lint(path: string, source: string) {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, source);
  const run = spawnSync(resolve('node_modules/.bin/biome'), ['lint', path], { cwd: root, encoding: 'utf8' });
  rmSync(file);
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

describe('folder boundaries', () => {
  it.each([
    ['src/questionnaire/x.ts', "import { Hono } from 'hono';\nexport const x = Hono;\n", 'pure core'],
    [
      'src/questionnaire/x.ts',
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
      'pure core',
    ],
    ['src/questionnaire/x.ts', "import { sql } from 'kysely';\nexport const x = sql;\n", 'pure core'],
    [
      'src/questionnaire/x.ts',
      "import { t } from '../i18n/index.ts';\nexport const x = t;\n",
      'imports nothing from the folders above',
    ],
    [
      'src/respondent/x.ts',
      "import { sql } from 'kysely';\nexport const x = sql;\n",
      'Only src/store talks to the database',
    ],
    [
      'src/http/x.ts',
      "import { x as y } from '../store/database.ts';\nexport const x = y;\n",
      'through its index.ts',
    ],
  ])('%s may not %s', (path, source, message) => {
    const result = lint(path, source);
    expect(result.ok).toBe(false);
    expect(result.output).toContain(message);
  });

  it.each([
    ['src/questionnaire/x.ts', "import { z } from 'zod';\nexport const x = z;\n"],
    ['src/store/x.ts', "import { sql } from 'kysely';\nexport const x = sql;\n"],
    ['src/http/x.ts', "import { openStore } from '../store/index.ts';\nexport const x = openStore;\n"],
  ])('%s may import what its layer allows', (path, source) => {
    expect(lint(path, source)).toMatchObject({ ok: true });
  });
});
