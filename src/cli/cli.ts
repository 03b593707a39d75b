import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.ts';
import { addUser, UserInputError } from '../console/index.ts';
import type { DataFormat } from '../exports/index.ts';
import { dataFormats, writeExportPackage } from '../exports/index.ts';
import { start, storeFor } from '../main.ts';
import { resolveText } from '../questionnaire/index.ts';
import { Catalog } from '../respondent/index.ts';
import { DataDirLockedError, findStudy, rebuildRunningTotals, recordAudit } from '../store/index.ts';
import {
  codebook,
  codebookText,
  installStudies,
  purgeExpired,
  readStudies,
  StudyFilesError,
} from '../studies/index.ts';

const usage = `Usage: credmap <command> [options]

Commands:
  serve              start the web server (migrates and loads the questionnaires first)
  migrate            bring the database up to date, then exit
  check [dir]        check questionnaire files (default: QUESTIONNAIRES_DIR) and list every problem
  load [dir]         check and load questionnaire files into the database, publishing changed versions
  codebook <study>   print a study's variables: question, codes and labels, which questionnaires ask them
  export <study>     write a research export package: data.csv (one row per respondent), one CSV per
                     repeat group (one row per item), SPSS and R syntax for each, codebook.csv,
                     DDI-Codebook 2.5 codebook.xml, README.md
                     --out <dir> [--language en] (labels) [--format sav,dta,xlsx] (adds SPSS,
                     Stata 14+ and Excel files)
  purge [--dry-run]  delete answers and contacts older than each study's retention settings
  totals             count the running totals results are made of again from the answers (after
                     answers were loaded or changed past credmap)
  user add           give a person a role, creating their account; prints the link that sets their password
                     --email <address> --role owner|researcher|analyst|translator|viewer
                     [--name <name>] [--study <slug>] (every study when left out) [--languages fi,sl]
  help               show this text

Configuration comes from the environment: PORT, HOST, DATA_DIR, DATABASE_URL, QUESTIONNAIRES_DIR,
PUBLIC_URL, SMTP_URL, MAIL_FROM, LOG_LEVEL, BODY_LIMIT (see README.md).`;

const parseOptions = (argv: readonly string[]) =>
  parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      study: { type: 'string' },
      languages: { type: 'string' },
      'dry-run': { type: 'boolean' },
      out: { type: 'string' },
      language: { type: 'string' },
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });

/**
 * What each command takes: its arguments, at least and at most, and its options. Anything else is
 * refused before the command runs, so that a mistyped `--dry-run` or `--help` purges nothing and a
 * `--study` left empty gives no role in every study.
 */
const commands = new Map<
  string,
  { synopsis: string; args: readonly [number, number]; options: readonly string[] }
>([
  ['serve', { synopsis: 'serve', args: [0, 0], options: [] }],
  ['migrate', { synopsis: 'migrate', args: [0, 0], options: [] }],
  ['check', { synopsis: 'check [dir]', args: [0, 1], options: [] }],
  ['load', { synopsis: 'load [dir]', args: [0, 1], options: [] }],
  ['codebook', { synopsis: 'codebook <study>', args: [1, 1], options: [] }],
  [
    'export',
    { synopsis: 'export <study> --out <dir>', args: [1, 1], options: ['out', 'language', 'format'] },
  ],
  ['purge', { synopsis: 'purge [--dry-run]', args: [0, 0], options: ['dry-run'] }],
  ['totals', { synopsis: 'totals', args: [0, 0], options: [] }],
  [
    'user',
    {
      synopsis: 'user add --email <address> --role <role>',
      args: [1, 1],
      options: ['email', 'name', 'role', 'study', 'languages'],
    },
  ],
  ['help', { synopsis: 'help', args: [0, 0], options: [] }],
]);

/** Runs one command; returns the process exit code. */
export async function run(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch (error) {
    // parseArgs's own words name the option and what is wrong with it.
    if (!String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS_')) throw error;
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  const { positionals, values } = parsed;
  if (values.help === true) {
    console.log(usage);
    return 0;
  }
  const [command = 'help', arg] = positionals;
  const spec = commands.get(command);
  if (spec === undefined) {
    console.error(`Unknown command: ${command}\n\n${usage}`);
    return 2;
  }
  const given = Object.keys(values);
  const foreign = given.find((name) => !spec.options.includes(name));
  const empty = given.find((name) => values[name as keyof typeof values] === '');
  const count = positionals.length - 1;
  if (foreign !== undefined || empty !== undefined || count < spec.args[0] || count > spec.args[1]) {
    const problem =
      foreign !== undefined
        ? `credmap ${command} does not take --${foreign}.`
        : empty !== undefined
          ? `--${empty} needs a value.`
          : `Use it as: credmap ${spec.synopsis}`;
    console.error(`${problem}\n\n${usage}`);
    return 2;
  }
  const option = (name: string) => {
    const v = values[name as keyof typeof values];
    return typeof v === 'string' ? v : undefined;
  };
  try {
    const config = loadConfig(env);
    switch (command) {
      case 'serve': {
        const server = await start(config);
        const stop = async () => {
          await server.stop();
          process.exit(0);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
        return -1;
      }
      case 'migrate': {
        const store = await storeFor(config);
        await store.close();
        console.log(`The ${store.kind} database is up to date.`);
        return 0;
      }
      case 'check': {
        const studies = await readStudies(arg ?? config.QUESTIONNAIRES_DIR);
        for (const s of studies)
          console.log(
            `${s.study.slug}: ${s.questionnaires.map((q) => q.id).join(', ') || 'no questionnaires'}: OK`,
          );
        return 0;
      }
      case 'load': {
        const studies = await readStudies(arg ?? config.QUESTIONNAIRES_DIR);
        const store = await storeFor(config);
        try {
          await installStudies(store, studies);
        } finally {
          await store.close();
        }
        console.log(`Loaded ${studies.length} ${studies.length === 1 ? 'study' : 'studies'}.`);
        return 0;
      }
      case 'codebook': {
        const studies = await readStudies(config.QUESTIONNAIRES_DIR);
        const files = studies.find((s) => s.study.slug === arg);
        if (files === undefined) {
          console.error(`No study ${arg}; there are: ${studies.map((s) => s.study.slug).join(', ')}`);
          return 1;
        }
        process.stdout.write(codebookText(codebook(files)));
        return 0;
      }
      case 'user': {
        if (arg !== 'add' || option('email') === undefined || option('role') === undefined) {
          console.error(`credmap user add needs --email and --role.\n\n${usage}`);
          return 2;
        }
        const store = await storeFor(config);
        try {
          const result = await addUser(
            store,
            config.publicUrl,
            {
              email: option('email')!,
              role: option('role')!,
              ...(option('name') === undefined ? {} : { name: option('name')! }),
              ...(option('study') === undefined ? {} : { study: option('study')! }),
              languages:
                option('languages')
                  ?.split(',')
                  .map((l) => l.trim())
                  .filter(Boolean) ?? [],
            },
            new Date(),
          );
          const where = option('study') === undefined ? 'every study' : `study ${option('study')}`;
          console.log(
            `${result.created ? 'Created the account' : 'Updated the account'}: ${option('role')} in ${where}.`,
          );
          if (result.link !== undefined)
            console.log(`The password is set through this link (valid 7 days, once):\n  ${result.link}`);
          return 0;
        } finally {
          await store.close();
        }
      }
      case 'export': {
        const out = option('out');
        if (arg === undefined || out === undefined) {
          console.error(`credmap export needs a study and --out.\n\n${usage}`);
          return 2;
        }
        const store = await storeFor(config);
        try {
          const found = await new Catalog(store).study(arg);
          const row = await findStudy(store.db, arg);
          if (found === undefined || row === undefined) {
            console.error(`No study ${arg}.`);
            return 1;
          }
          const formats = (option('format') ?? '')
            .split(',')
            .map((f) => f.trim())
            .filter((f) => f !== '' && f !== 'csv');
          const unknown = formats.filter((f) => !(dataFormats as readonly string[]).includes(f));
          if (unknown.length > 0) {
            console.error(
              `Unknown export format ${unknown.join(', ')}: csv (always) and ${dataFormats.join(', ')}.`,
            );
            return 2;
          }
          const language = option('language') ?? found.study.fallbackLanguage;
          // Labels come from the study's texts: a language it is not written in would fall back without a word.
          if (!found.study.languages.includes(language)) {
            console.error(
              `The study ${arg} is not in the language ${language}: use one of ${found.study.languages.join(', ')}.`,
            );
            return 2;
          }
          // Progress on the terminal only: a log or a pipe gets the summary alone.
          const tty = process.stderr.isTTY === true;
          const summary = await writeExportPackage(store, {
            scope: { studyId: row.id },
            study: arg,
            title: resolveText(found.study.title, language, found.study.fallbackLanguage),
            questionnaires: found.questionnaires.map((q) => q.model.definition),
            language,
            dir: out,
            now: new Date(),
            formats: formats as DataFormat[],
            progress: ({ file, rows, of }) => {
              if (tty) process.stderr.write(`\r${file}: ${rows} of ${of} rows${rows === of ? '\n' : ''}`);
            },
          });
          await recordAudit(store.db, {
            accountId: null,
            actor: 'credmap export',
            studyId: row.id,
            action: 'export.package',
            detail: { respondents: summary.respondents, files: summary.files.join(' ') },
          });
          for (const d of summary.datasets)
            console.log(`${d.name}: ${d.rows} rows (${d.layout}), ${d.columns} columns.`);
          console.log(`Wrote ${summary.files.join(', ')} to ${out}.`);
          return 0;
        } finally {
          await store.close();
        }
      }
      case 'purge': {
        const store = await storeFor(config);
        try {
          const dryRun = values['dry-run'] === true;
          const purged = await purgeExpired(store, new Date(), { dryRun });
          for (const p of purged)
            console.log(
              `${p.study}/${p.questionnaire}: ${p.responses} responses, ${p.contacts} contacts ${dryRun ? 'would be deleted' : 'deleted'}`,
            );
          if (purged.length === 0) console.log('Nothing is past its retention period.');
          return 0;
        } finally {
          await store.close();
        }
      }
      case 'totals': {
        const store = await storeFor(config);
        try {
          await store.db.transaction().execute((trx) => rebuildRunningTotals(trx));
          const { n } = await store.db
            .selectFrom('running_total')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow();
          console.log(`Running totals counted again from the answers: ${Number(n)} totals.`);
          return 0;
        } finally {
          await store.close();
        }
      }
      case 'help':
        console.log(usage);
        return 0;
      default:
        console.error(`Unknown command: ${command}\n\n${usage}`);
        return 2;
    }
  } catch (error) {
    if (
      error instanceof ConfigError ||
      error instanceof StudyFilesError ||
      error instanceof DataDirLockedError ||
      error instanceof UserInputError
    ) {
      console.error(error.message);
      return 1;
    }
    const said = explained(error, env);
    if (said === undefined) throw error;
    console.error(said);
    return 1;
  }
}

/** Network failures on the way to a PostgreSQL server. */
const unreachable = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/**
 * What went wrong outside credmap, in a sentence instead of a stack trace: the database server
 * down or refusing the connection (SQLSTATE classes 08, 28, 3D and 57P: connection, authorization,
 * no such database, shutting down), the port taken, a folder or file that cannot be read or
 * written. Anything else is a fault of credmap's own and keeps its stack trace.
 */
function explained(error: unknown, env: NodeJS.ProcessEnv): string | undefined {
  const { code, syscall, path, port, address } = (error ?? {}) as Record<string, unknown>;
  // An address given several ways (localhost: ::1 and 127.0.0.1) fails with every one of them at once.
  const message = error instanceof Error && error.message !== '' ? error.message : String(code);
  // Read by loadConfig before anything could reach the database: a URL by now.
  const database = env.DATABASE_URL;
  if (
    database !== undefined &&
    database !== '' &&
    ((typeof code === 'string' && (unreachable.has(code) || /^(08|28|3D|57P)/.test(code))) ||
      /timeout exceeded when trying to connect|Connection terminated/.test(message))
  ) {
    // Where the server is, without the user name and password the URL may carry.
    const url = URL.canParse(database) ? new URL(database) : undefined;
    const where = url === undefined ? '' : ` at ${url.host}${url.pathname}`;
    return `credmap cannot use the PostgreSQL database${where}: ${message}. Check DATABASE_URL and that the server is running.`;
  }
  if (code === 'EADDRINUSE')
    return `Port ${String(port)} on ${String(address)} is taken by another program: stop it, or set PORT to another port.`;
  if (typeof syscall === 'string' && typeof path === 'string')
    // Node's words without the code and system call around them: "no such file or directory".
    return `${path}: ${message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/s, '')}.`;
  return undefined;
}
