import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { DefinitionIssue, ModuleDocument, Questionnaire, Study } from '../questionnaire/index.ts';
import { parseDefinition, parseStudy, resolveIncludes, zodIssues } from '../questionnaire/index.ts';
import type { Store } from '../store/index.ts';
import { ensureQuestionnaire, publishVersion, upsertStudy } from '../store/index.ts';
import { harmonisationConflicts } from './codebook.ts';

export interface StudyFiles {
  readonly study: Study;
  readonly questionnaires: readonly Questionnaire[];
}

export interface FileProblem extends DefinitionIssue {
  readonly file: string;
}

export class StudyFilesError extends Error {
  constructor(readonly problems: readonly FileProblem[]) {
    super(
      `The questionnaire files have problems:\n${problems.map((p) => `  ${p.file}: ${p.path}: ${p.code}${p.detail ? ` (${p.detail})` : ''}`).join('\n')}`,
    );
    this.name = 'StudyFilesError';
  }
}

/** A questionnaire or study file, JSON or YAML by its extension. */
async function readDocument(path: string): Promise<unknown> {
  const text = await readFile(path, 'utf8');
  return extname(path) === '.json'
    ? JSON.parse(text)
    : parseYaml(text, { maxAliasCount: 100, logLevel: 'error' });
}

const documentFile = (name: string) => /\.(ya?ml|json)$/.test(name);

/**
 * Reads every study under `root`: one folder per study with `study.yaml` and one file per
 * questionnaire. Every problem in every file is reported together.
 */
export async function readStudies(root: string): Promise<StudyFiles[]> {
  const problems: FileProblem[] = [];
  const studies: StudyFiles[] = [];
  const folders = (await readdir(root, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  for (const folder of folders) {
    const dir = join(root, folder);
    const names = (await readdir(dir)).filter(documentFile).sort();
    const studyName = names.find((n) => /^study\.(ya?ml|json)$/.test(n));
    if (studyName === undefined) continue;
    const report = (file: string, issues: readonly DefinitionIssue[]) =>
      problems.push(...issues.map((i) => ({ ...i, file: relative(process.cwd(), join(dir, file)) })));
    const parsedStudy = parseStudy(await readOrReport(join(dir, studyName), (i) => report(studyName, i)));
    if (!parsedStudy.ok) {
      report(studyName, parsedStudy.issues);
      continue;
    }
    const modules = await readModules(join(dir, 'modules'), (file, issues) =>
      report(join('modules', file), issues),
    );
    const questionnaires: Questionnaire[] = [];
    for (const name of names.filter((n) => n !== studyName)) {
      const included = resolveIncludes(await readOrReport(join(dir, name), (i) => report(name, i)), modules);
      if (!included.ok) {
        report(name, included.issues);
        continue;
      }
      const parsed = parseDefinition(included.document);
      if (!parsed.ok) {
        report(name, parsed.issues);
        continue;
      }
      const extra = parsed.questionnaire.languages.filter((l) => !parsedStudy.study.languages.includes(l));
      if (extra.length > 0)
        report(name, [{ path: 'languages', code: 'language.notInStudy', detail: extra.join(', ') }]);
      questionnaires.push(parsed.questionnaire);
    }
    const files = { study: parsedStudy.study, questionnaires };
    for (const c of harmonisationConflicts(files)) {
      report(studyName, [
        {
          path: c.variable,
          code: 'variable.notHarmonised',
          detail: `${c.questionnaires[0]} and ${c.questionnaires[1]} ask it differently`,
        },
      ]);
    }
    studies.push(files);
  }
  if (problems.length > 0) throw new StudyFilesError(problems);
  return studies;
}

const moduleSchema = z.object({
  module: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/),
  lists: z.record(z.string(), z.unknown()).optional(),
  pages: z.array(z.unknown()).min(1),
});

/** The shared modules of a study (`modules/*.yaml`), each checked for its outline only. */
async function readModules(
  dir: string,
  report: (file: string, issues: DefinitionIssue[]) => void,
): Promise<ModuleDocument[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter(documentFile).sort();
  } catch {
    return [];
  }
  const modules: ModuleDocument[] = [];
  for (const name of names) {
    const parsed = moduleSchema.safeParse(await readOrReport(join(dir, name), (i) => report(name, i)));
    if (parsed.success) modules.push(parsed.data as ModuleDocument);
    else report(name, zodIssues(parsed.error));
  }
  return modules;
}

async function readOrReport(path: string, report: (issues: DefinitionIssue[]) => void): Promise<unknown> {
  try {
    return await readDocument(path);
  } catch (error) {
    report([
      {
        path: '(file)',
        code: 'file.unreadable',
        detail: error instanceof Error ? error.message : String(error),
      },
    ]);
    return undefined;
  }
}

/** SHA-256 of a definition's canonical JSON (keys sorted), so reordered files are the same version. */
export function definitionHash(definition: unknown): string {
  return createHash('sha256').update(canonicalJson(definition)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Puts the studies in the database: the study texts, each questionnaire with its first schedule,
 * and a new published version wherever a definition changed. Existing versions are never touched.
 */
export async function installStudies(store: Store, studies: readonly StudyFiles[]): Promise<void> {
  await store.db.transaction().execute(async (trx) => {
    for (const { study, questionnaires } of studies) {
      const studyRow = await upsertStudy(trx, study.slug, study, study.timeZone);
      for (const q of questionnaires) {
        const row = await ensureQuestionnaire(trx, studyRow.id, q.id, {
          opensAt: q.fieldwork?.opens === undefined ? null : new Date(q.fieldwork.opens),
          closesAt: q.fieldwork?.closes === undefined ? null : new Date(q.fieldwork.closes),
        });
        await publishVersion(trx, row.id, q, definitionHash(q));
      }
    }
  });
}
