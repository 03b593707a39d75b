import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';

const temp = mkdtempSync(join(tmpdir(), 'credmap-cli-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function credmap(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['bin/credmap.js', ...args], {
    env: { ...process.env, DATABASE_URL: '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

/** The same, without holding up the test's own process (which may be serving on the port). */
function credmapAsync(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ status: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['bin/credmap.js', ...args], {
      env: { ...process.env, DATABASE_URL: '', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.once('exit', (status) => resolve({ status, stderr }));
  });
}

/** Tests that run several commands, each starting the embedded database in a process of its own. */
const slow = 180_000;

describe('the credmap command', () => {
  it('explains itself', () => {
    const help = credmap(['help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/serve/);
    expect(help.stdout).toMatch(/migrate/);
    expect(credmap(['frobnicate']).status).toBe(2);
  });

  it('refuses an option a command does not take, or one mistyped, and runs nothing', () => {
    const data = join(temp, 'untouched');
    const env = { DATA_DIR: data };
    for (const args of [
      ['purge', '--dryrun'],
      ['purge', '--dry-run=yes'],
      ['purge', '--study', 'demo'],
      ['migrate', 'now'],
      ['codebook'],
      ['user', 'add', '--email', 'o@example.org', '--role', 'owner', '--study'],
      ['user', 'add', '--email', 'o@example.org', '--role', 'owner', '--study', ''],
    ]) {
      const run = credmap(args, env);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stdout, args.join(' ')).toBe('');
      expect(run.stderr, args.join(' ')).toMatch(
        /--dryrun|--dry-run|--study|credmap migrate|credmap codebook/,
      );
    }
    // Help on a command is the help, not the command.
    for (const args of [['purge', '--help'], ['migrate', '-h'], ['--help']]) {
      const run = credmap(args, env);
      expect(run.status, args.join(' ')).toBe(0);
      expect(run.stdout).toMatch(/^Usage: credmap/);
    }
    expect(existsSync(data)).toBe(false);
  });

  it(
    'says in a sentence why a database, a folder or a port cannot be used',
    async () => {
      const down = credmap(['migrate'], { DATABASE_URL: 'postgres://someone:s3cret@127.0.0.1:1/survey' });
      expect(down.status).toBe(1);
      expect(down.stderr).toMatch(
        /^credmap cannot use the PostgreSQL database at 127\.0\.0\.1:1\/survey: connect ECONNREFUSED/,
      );
      expect(down.stderr).not.toMatch(/s3cret|\n\s+at /);
      const server = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
      server.pathname = '/no_such_database_here';
      const missing = credmap(['migrate'], { DATABASE_URL: server.toString() });
      expect(missing.status).toBe(1);
      expect(missing.stderr).toMatch(/cannot use the PostgreSQL database at .*\/no_such_database_here: /);
      expect(missing.stderr).not.toMatch(/\n\s+at /);

      const folder = credmap(['check', join(temp, 'no-such-folder')]);
      expect(folder.status).toBe(1);
      expect(folder.stderr).toBe(`${join(temp, 'no-such-folder')}: no such file or directory.\n`);

      const taken = createServer();
      const port = await new Promise<number>((resolve) =>
        taken.listen(0, '127.0.0.1', () => resolve((taken.address() as { port: number }).port)),
      );
      try {
        const serve = await credmapAsync(['serve'], {
          DATA_DIR: join(temp, 'port-taken'),
          PORT: String(port),
          HOST: '127.0.0.1',
          LOG_LEVEL: 'warn',
        });
        expect(serve.status).toBe(1);
        expect(serve.stderr).toContain(`Port ${port} on 127.0.0.1 is taken by another program`);
        expect(serve.stderr).not.toMatch(/\n\s+at /);
      } finally {
        taken.close();
      }
    },
    slow,
  );

  it('stops with every configuration problem listed', () => {
    const run = credmap(['migrate'], { PORT: 'x', LOG_LEVEL: 'loud' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/PORT/);
    expect(run.stderr).toMatch(/LOG_LEVEL/);
    expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('checks the shipped questionnaires', () => {
    const run = credmap(['check']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/demo: demo: OK/);
    expect(run.status).toBe(0);
  });

  it('lists every problem in a broken questionnaire file with its path', () => {
    const dir = join(temp, 'broken');
    cpSync('questionnaires', dir, { recursive: true });
    const file = join(dir, 'demo', 'demo.yaml');
    const text = readFileSync(file, 'utf8')
      .replace('relevant: "${holds} = \'yes\'"', 'relevant: "${nowhere} = \'yes\'"')
      .replace('estimatedMinutes: 5', 'estimatedMinutes: 0');
    writeFileSync(file, text);
    const run = credmap(['check', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/demo\.yaml: estimatedMinutes: schema\.too_small/);
    writeFileSync(file, text.replace('estimatedMinutes: 0', 'estimatedMinutes: 5'));
    const second = credmap(['check', dir]);
    expect(second.stderr).toMatch(/demo\.yaml: pages\.6\.relevant: expression\.unknownReference \(nowhere\)/);
  });

  it('reads questionnaires written as JSON as well as YAML', () => {
    const dir = join(temp, 'json');
    cpSync('questionnaires', dir, { recursive: true });
    const yamlFile = join(dir, 'demo', 'demo.yaml');
    writeFileSync(
      join(dir, 'demo', 'demo.json'),
      JSON.stringify({ ...parseYaml(readFileSync(yamlFile, 'utf8')), id: 'demo-json' }),
    );
    const run = credmap(['check', dir]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/demo: demo-json, demo: OK/);
  });

  it('includes shared modules from the study folder', () => {
    const dir = join(temp, 'modules');
    cpSync('questionnaires', dir, { recursive: true });
    const file = join(dir, 'demo', 'demo.yaml');
    const demo = parseYaml(readFileSync(file, 'utf8'));
    // The age page moves into a module that the questionnaire includes where it was.
    const at = demo.pages.findIndex((p: { id: string }) => p.id === 'p_age');
    mkdirSync(join(dir, 'demo', 'modules'));
    writeFileSync(
      join(dir, 'demo', 'modules', 'profile.yaml'),
      stringifyYaml({ module: 'profile', pages: [demo.pages[at]] }),
    );
    demo.pages[at] = { include: 'profile' };
    writeFileSync(file, stringifyYaml(demo));
    expect(credmap(['check', dir]).stdout).toMatch(/demo: demo: OK/);
    demo.pages[at] = { include: 'profiel' };
    writeFileSync(file, stringifyYaml(demo));
    expect(credmap(['check', dir]).stderr).toMatch(
      /demo\.yaml: pages\.\d+\.include: include\.unknownModule \(profiel\)/,
    );
  });

  it('refuses a study whose questionnaires ask one variable in two ways', () => {
    const dir = join(temp, 'harmonised');
    cpSync('questionnaires', dir, { recursive: true });
    const demo = parseYaml(readFileSync(join(dir, 'demo', 'demo.yaml'), 'utf8'));
    const second = {
      ...demo,
      id: 'demo-two',
      lists: { ...demo.lists, agree5: demo.lists.agree5.slice(0, 4) },
    };
    writeFileSync(join(dir, 'demo', 'demo-two.yaml'), stringifyYaml(second));
    const run = credmap(['check', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /study\.yaml: mc_useful: variable\.notHarmonised \(demo(-two)? and demo(-two)? ask it differently\)/,
    );
  });

  it('prints a study codebook', () => {
    const run = credmap(['codebook', 'demo']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('role  [single]  asked in: demo');
    expect(run.stdout).toContain('    prefer_not_to_say = Prefer not to say');
    expect(run.stdout).toContain('trust_assessed  [matrix]');
    expect(run.stdout).toContain('mc_title  [text, per item of mc]');
    expect(run.stdout).toContain('role_other  [text]');
    expect(credmap(['codebook', 'nope']).status).toBe(1);
  });

  it('prints the codebook of the microcredentials study, harmonised across its questionnaires', () => {
    const run = credmap(['codebook', 'microcredentials']);
    expect(run.status).toBe(0);
    const all =
      'employees, learners, not-employed, employers, vet-providers, authorities, employer-organisations, employee-organisations, experts';
    expect(run.stdout).toContain(`country  [country]  asked in: ${all}`);
    expect(run.stdout).toContain(`mc_eqf  [single, per item of mc]  asked in: ${all}`);
    expect(run.stdout).toContain('    isced_3_4_voc = Upper secondary or post-secondary school, vocational');
    expect(run.stdout).toContain('trust_verifiable  [matrix]');
    expect(run.stdout).toMatch(/age_band {2}\[single\] {2}asked in: employees, learners, not-employed\n/);
  });

  it(
    'migrates the embedded database',
    () => {
      const run = credmap(['migrate'], { DATA_DIR: join(temp, 'data') });
      expect(run.stdout).toMatch(/pglite database is up to date/);
      expect(run.status).toBe(0);
    },
    slow,
  );

  it(
    'adds the first owner and prints the link that sets the password',
    () => {
      const env = { DATA_DIR: join(temp, 'users'), PUBLIC_URL: 'https://survey.example.org' };
      expect(credmap(['load'], env).status).toBe(0);
      const run = credmap(
        ['user', 'add', '--email', 'Owner@Example.org', '--role', 'owner', '--name', 'Ona Owner'],
        env,
      );
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/Created the account: owner in every study/);
      expect(run.stdout).toMatch(/https:\/\/survey\.example\.org\/console\/link\/[A-Za-z0-9_-]{43}/);
      const translator = credmap(
        ['user', 'add', '--email', 't@example.org', '--role', 'translator', '--study', 'demo'],
        env,
      );
      expect(translator.status).toBe(1);
      expect(translator.stderr).toMatch(/--languages/);
      expect(
        credmap(
          [
            'user',
            'add',
            '--email',
            't@example.org',
            '--role',
            'translator',
            '--study',
            'nope',
            '--languages',
            'fi',
          ],
          env,
        ).stderr,
      ).toMatch(/No study nope/);
      expect(credmap(['user', 'add', '--email', 't@example.org', '--role', 'boss'], env).stderr).toMatch(
        /Unknown role boss/,
      );
      expect(credmap(['user', 'add', '--role', 'owner'], env).status).toBe(2);
    },
    slow,
  );

  it(
    'writes a research export package with progress on the terminal, and logs it in the audit',
    () => {
      const env = { DATA_DIR: join(temp, 'export-data') };
      expect(credmap(['load'], env).status).toBe(0);
      const out = join(temp, 'export-out');
      const run = credmap(['export', 'demo', '--out', out, '--format', 'csv,sav'], env);
      // Not a terminal: no progress lines, only the summary.
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^data: 0 rows \(wide\), \d+ columns\.$/m);
      expect(run.stdout).toMatch(/^mc: 0 rows \(long\), \d+ columns\.$/m);
      expect(run.stdout).toMatch(
        /Wrote data\.csv, data\.sps, data\.R, data\.sav, mc\.csv, mc\.sps, mc\.R, mc\.sav, codebook\.csv, codebook\.xml, README\.md/,
      );
      // On a terminal (script(1) gives it one), progress per file.
      const pty = spawnSync(
        'script',
        ['-qec', `${process.execPath} bin/credmap.js export demo --out ${out} --format sav`, '/dev/null'],
        { env: { ...process.env, DATABASE_URL: '', ...env }, encoding: 'utf8', timeout: 60_000 },
      );
      expect(pty.status).toBe(0);
      expect(pty.stdout).toMatch(/data\.csv: 0 of 0 rows/);
      expect(pty.stdout).toMatch(/mc\.sav: 0 of 0 rows/);
      expect(readFileSync(join(out, 'data.sav')).subarray(0, 4).toString('latin1')).toBe('$FL2');
      expect(readFileSync(join(out, 'data.csv'), 'utf8')).toMatch(
        /^\uFEFFrespondent,questionnaire,version,language,completed,/,
      );
      expect(credmap(['export', 'nope', '--out', out], env).stderr).toMatch(/No study nope/);
      expect(credmap(['export', 'demo'], env).status).toBe(2);
      expect(credmap(['export', 'demo', '--out', out, '--format', 'por'], env).stderr).toMatch(
        /Unknown export format por/,
      );
      const language = credmap(['export', 'demo', '--out', join(temp, 'export-xx'), '--language', 'xx'], env);
      expect(language.status).toBe(2);
      expect(language.stderr).toMatch(/not in the language xx: use one of en, /);
      expect(existsSync(join(temp, 'export-xx'))).toBe(false);
      // A folder that cannot be made is said at once (Node's recursive mkdir never returned here).
      const proc = credmap(['export', 'demo', '--out', '/proc/credmap-export/x'], env);
      expect(proc.status).toBe(1);
      expect(proc.stderr).toBe('/proc/credmap-export: no such file or directory.\n');
      const file = join(temp, 'export-file');
      writeFileSync(file, 'not a folder');
      const onFile = credmap(['export', 'demo', '--out', file], env);
      expect(onFile.status).toBe(1);
      expect(onFile.stderr).toBe(`${file}: file already exists.\n`);
      const nested = join(temp, 'export-new', 'a', 'b');
      expect(credmap(['export', 'demo', '--out', nested, '--format', 'csv'], env).status).toBe(0);
      expect(existsSync(join(nested, 'data.csv'))).toBe(true);
    },
    slow,
  );
});
