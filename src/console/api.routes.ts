import type { Hono } from 'hono';
import { z } from 'zod';
import { addContacts, checkContactTable, enqueueInvitations } from '../distribution/index.ts';
import { parseDefinition, resolveText, studySchema, zodMessagesIn } from '../questionnaire/index.ts';
import type { Catalog } from '../respondent/index.ts';
import { scheduleAt } from '../respondent/index.ts';
import type { QuestionnaireRow, StudyRow } from '../store/index.ts';
import {
  contactCounts,
  findDraft,
  findQuestionnaire,
  findVersionByNumber,
  listQuestionnaires,
  listStudies,
  listVersions,
  parseRowId,
  recordAudit,
  responseCounts,
} from '../store/index.ts';
import type { Permission } from './access.ts';
import { roleIn } from './access.ts';
import type { Access, ConsoleContext, ConsoleEnv, ConsoleKit } from './kit.tsx';
import { contactIssueKey } from './labels.ts';
import type { Actor } from './lifecycle.ts';
import {
  changeSchedule,
  closeNow,
  definitionIssueApiText,
  definitionIssueText,
  idIssueTexts,
  inScheduleRange,
  publishDraft,
  publishProblemText,
  scheduleYears,
} from './lifecycle.ts';
import { consoleTranslator, pickConsoleLanguage } from './messages/index.ts';
import { ConsoleProblem } from './problem.ts';
import { registerApi } from './register-api.ts';
import { jsonInputProblem, rootPath } from './stored-text.ts';
import { draftOrLatest, languageReport, saveDraftWithSources } from './translation-state.ts';

/** Problems a 422 lists at most; the rest are counted. */
const SHOWN_PROBLEMS = 20;

/**
 * The REST API under /api/v1: what the console does, for scripts. Bearer tokens (made on the
 * account page) carry their account's roles; every endpoint has the same rule as its console page.
 * Request and response bodies are Zod schemas, and the OpenAPI 3.1 document is made from them.
 */

const isoInstant = z.iso.datetime({ offset: true });
const status = z.enum(['notOpen', 'open', 'closed']);
const roleSchema = z.enum(['owner', 'researcher', 'analyst', 'translator', 'viewer']);

export const apiSchemas = {
  error: z
    .object({ error: z.string(), message: z.string(), problems: z.array(z.string()).optional() })
    .meta({ id: 'Error' }),
  study: z
    .object({ slug: z.string(), title: z.string(), timeZone: z.string(), role: roleSchema })
    .meta({ id: 'Study' }),
  questionnaire: z
    .object({
      slug: z.string(),
      status,
      opens: isoInstant.nullable(),
      closes: isoInstant.nullable(),
      version: z.number().int().nullable(),
      hasDraft: z.boolean(),
      started: z.number().int(),
      completed: z.number().int(),
    })
    .meta({ id: 'Questionnaire' }),
  version: z
    .object({
      number: z.number().int(),
      published: isoInstant,
      hash: z.string(),
      responses: z.number().int(),
    })
    .meta({ id: 'Version' }),
  language: z
    .object({
      language: z.string(),
      source: z.boolean(),
      complete: z.number().int(),
      missing: z.number().int(),
      outdated: z.number().int(),
    })
    .meta({ id: 'LanguageStatus' }),
  // Request bodies name every field they take: a field not known (`Country` for `country`, say) is
  // refused, not dropped without a word.
  schedule: z
    .strictObject({ opens: isoInstant.nullable(), closes: isoInstant.nullable() })
    .meta({ id: 'Schedule' }),
  contact: z
    .strictObject({
      email: z.string().max(254),
      language: z.string().max(10),
      instrument: z.string().max(64),
      country: z.string().max(10).optional(),
    })
    .meta({ id: 'Contact' }),
  monitor: z
    .object({
      instruments: z.array(
        z.object({
          slug: z.string(),
          opens: isoInstant.nullable(),
          closes: isoInstant.nullable(),
          started: z.number().int(),
          completed: z.number().int(),
          partial: z.number().int(),
          invited: z.number().int(),
          invitedCompleted: z.number().int(),
          medianSeconds: z.number().nullable(),
          excluded: z.number().int(),
        }),
      ),
      breakdown: z.array(
        z.object({
          level: z.enum(['cross', 'targetGroup', 'country', 'language']),
          targetGroup: z.string().nullable(),
          country: z.string().nullable(),
          language: z.string().nullable(),
          started: z.number().int(),
          completed: z.number().int(),
        }),
      ),
      perDay: z.array(
        z.object({ day: z.iso.date(), started: z.number().int(), completed: z.number().int() }),
      ),
    })
    .meta({ id: 'Monitor' }),
  distribution: z
    .object({
      contacts: z.number().int(),
      invited: z.number().int(),
      started: z.number().int(),
      completed: z.number().int(),
      unsubscribed: z.number().int(),
    })
    .meta({ id: 'Distribution' }),
};

export interface ApiEndpoint {
  readonly method: 'GET' | 'POST' | 'PUT';
  readonly path: string;
  readonly summary: string;
  readonly permission: Permission | undefined;
  /** Who may call it, when it is not a permission in a study (the register's endpoints). */
  readonly access?: Access | undefined;
  readonly body?: z.ZodType | undefined;
  readonly response: z.ZodType;
  readonly status: 200 | 201;
}

export const apiEndpoints: ApiEndpoint[] = [];

const iso = (d: Date | null) => (d === null ? null : d.toISOString());

/**
 * Whether a Content-Type names JSON: `application/json` (RFC 8259, section 11) or a type with the
 * `+json` structured syntax suffix (RFC 6839, section 3.1). JSON between systems is UTF-8 (RFC 8259,
 * section 8.1): a charset that says otherwise is refused, as the body would be read as UTF-8 all
 * the same and a Latin-1 "é" stored as U+FFFD.
 */
function isJsonMediaType(header: string | undefined): boolean {
  const [type = '', ...parameters] = (header ?? '').split(';').map((p) => p.trim().toLowerCase());
  const charset = parameters.find((p) => p.startsWith('charset='))?.slice('charset='.length);
  if (charset !== undefined && !['utf-8', '"utf-8"', 'utf8'].includes(charset)) return false;
  return type === 'application/json' || /^application\/[a-z0-9!#$&^_.-]+\+json$/.test(type);
}

export function apiRoutes(app: Hono<ConsoleEnv>, kit: ConsoleKit, catalog: Catalog): void {
  const { options } = kit;
  const { store } = options;

  const endpoint = (
    e: Omit<ApiEndpoint, 'status'> & { status?: 200 | 201 },
    handler: (c: ConsoleContext) => Promise<unknown>,
  ) => {
    if (!apiEndpoints.some((x) => x.method === e.method && x.path === e.path))
      apiEndpoints.push({ ...e, status: e.status ?? 200 });
    const access: Access =
      e.access ??
      (e.permission === undefined
        ? ({ kind: 'signedIn' } as const)
        : ({ kind: 'study', permission: e.permission } as const));
    kit.route(app, e.method, e.path, access, async (c) => {
      const result = await handler(c);
      c.header('Cache-Control', 'no-store');
      return c.json(result, e.status ?? 200);
    });
  };

  const body = async <T extends z.ZodType>(c: ConsoleContext, schema: T): Promise<z.infer<T>> => {
    if (!isJsonMediaType(c.req.header('content-type'))) throw new ConsoleProblem(415, 'console.api.notJson');
    let raw: unknown;
    try {
      // Bytes that are not UTF-8 are refused, not replaced by U+FFFD and stored so.
      raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await c.req.arrayBuffer()));
    } catch {
      throw new ConsoleProblem(400, 'console.api.badJson');
    }
    // Before the schema (and everything after it) walks the body, which a deep one would overflow.
    const problem = jsonInputProblem(raw);
    if (problem?.code === 'tooDeep')
      throw new ConsoleProblem(422, 'console.api.tooDeep', { max: problem.max });
    if (problem?.code === 'unstorable')
      throw new ConsoleProblem(422, 'console.api.unstorable', { path: problem.path || rootPath });
    const parsed = schema.safeParse(raw, zodMessagesIn(kit.t(c).lang));
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join('.') || rootPath}: ${i.message}`);
      // A body wrong in thousands of places gets the first problems and how many more, not a reply
      // larger than itself; "and 1 more" would say less than the one problem.
      if (problems.length > SHOWN_PROBLEMS + 1)
        throw new ConsoleProblem(422, 'console.api.invalidMore', {
          problems: problems.slice(0, SHOWN_PROBLEMS).join('; '),
          more: problems.length - SHOWN_PROBLEMS,
        });
      throw new ConsoleProblem(422, 'console.api.invalid', { problems: problems.join('; ') });
    }
    return parsed.data;
  };

  const actorOf = (c: ConsoleContext): Actor => {
    const p = kit.principalOf(c);
    return { accountId: p.account.id, actor: `${p.account.name} (API)` };
  };
  const questionnaireOf = async (c: ConsoleContext): Promise<{ study: StudyRow; q: QuestionnaireRow }> => {
    const study = kit.studyOf(c);
    const q = await findQuestionnaire(store.db, study.id, c.req.param('q') ?? '');
    if (q === undefined) throw ConsoleProblem.notFound();
    return { study, q };
  };
  const questionnaireJson = async (study: StudyRow, q: QuestionnaireRow) => {
    const counts = (await responseCounts(store.db, study.id)).get(q.id) ?? { started: 0, completed: 0 };
    const versions = await listVersions(store.db, q.id);
    return {
      slug: q.slug,
      status: scheduleAt(q, options.now()),
      opens: iso(q.opens_at),
      closes: iso(q.closes_at),
      version: versions[0]?.number ?? null,
      hasDraft: (await findDraft(store.db, q.id)) !== undefined,
      ...counts,
    };
  };

  const base = '/api/v1/studies/:study';
  const q = `${base}/questionnaires/:q`;

  endpoint(
    {
      method: 'GET',
      path: '/api/v1/studies',
      summary: 'The studies your account has a role in',
      permission: undefined,
      response: z.array(apiSchemas.study),
    },
    async (c) => {
      const p = kit.principalOf(c);
      return (await listStudies(store.db)).flatMap((s) => {
        const m = roleIn(p.memberships, s.id);
        if (m === undefined) return [];
        const def = studySchema.parse(s.definition);
        return [
          {
            slug: s.slug,
            // In the account's language, as the console shows it.
            title: resolveText(def.title, p.account.language, def.fallbackLanguage),
            timeZone: s.time_zone,
            role: m.role,
          },
        ];
      });
    },
  );

  endpoint(
    {
      method: 'GET',
      path: `${base}/questionnaires`,
      summary: "A study's questionnaires, with schedule and counts",
      permission: 'study.view',
      response: z.array(apiSchemas.questionnaire),
    },
    async (c) => {
      const study = kit.studyOf(c);
      return Promise.all(
        (await listQuestionnaires(store.db, study.id)).map((row) => questionnaireJson(study, row)),
      );
    },
  );

  endpoint(
    {
      method: 'GET',
      path: q,
      summary: 'One questionnaire',
      permission: 'study.view',
      response: apiSchemas.questionnaire,
    },
    async (c) => {
      const { study, q: row } = await questionnaireOf(c);
      return questionnaireJson(study, row);
    },
  );

  endpoint(
    {
      method: 'PUT',
      path: `${q}/schedule`,
      summary: 'Set opening and closing (ISO 8601 with offset, or null)',
      permission: 'study.schedule',
      body: apiSchemas.schedule,
      response: apiSchemas.questionnaire,
    },
    async (c) => {
      const input = await body(c, apiSchemas.schedule);
      const { study, q: row } = await questionnaireOf(c);
      const opensAt = input.opens === null ? null : new Date(input.opens);
      const closesAt = input.closes === null ? null : new Date(input.closes);
      // An ISO 8601 instant begins with its four-digit year, as written with its offset.
      const outOfRange = (written: string | null, d: Date | null) =>
        written !== null && d !== null && !inScheduleRange(d, Number(written.slice(0, 4)));
      if (outOfRange(input.opens, opensAt) || outOfRange(input.closes, closesAt))
        throw new ConsoleProblem(422, 'console.schedule.outOfRange', scheduleYears);
      if (opensAt !== null && closesAt !== null && closesAt <= opensAt)
        throw new ConsoleProblem(422, 'console.schedule.closesBeforeOpens');
      await changeSchedule(store, { study, q: row, actor: actorOf(c) }, { opensAt, closesAt });
      return questionnaireJson(study, (await findQuestionnaire(store.db, study.id, row.slug))!);
    },
  );

  endpoint(
    {
      method: 'POST',
      path: `${q}/close`,
      summary: 'Close now',
      permission: 'study.schedule',
      response: apiSchemas.questionnaire,
    },
    async (c) => {
      const { study, q: row } = await questionnaireOf(c);
      await closeNow(store, { study, q: row, actor: actorOf(c) }, options.now());
      return questionnaireJson(study, (await findQuestionnaire(store.db, study.id, row.slug))!);
    },
  );

  endpoint(
    {
      method: 'GET',
      path: `${q}/versions`,
      summary: 'Published versions, newest first',
      permission: 'questionnaire.view',
      response: z.array(apiSchemas.version),
    },
    async (c) => {
      const { q: row } = await questionnaireOf(c);
      return (await listVersions(store.db, row.id)).map((v) => ({
        number: v.number,
        published: v.published_at.toISOString(),
        hash: v.hash,
        responses: v.responses,
      }));
    },
  );

  endpoint(
    {
      method: 'GET',
      path: `${q}/versions/:n`,
      summary: "A version's definition",
      permission: 'questionnaire.view',
      response: z.record(z.string(), z.unknown()),
    },
    async (c) => {
      const { q: row } = await questionnaireOf(c);
      const n = parseRowId(c.req.param('n'));
      const version = n === undefined ? undefined : await findVersionByNumber(store.db, row.id, n);
      if (version === undefined) throw ConsoleProblem.notFound();
      return version.definition;
    },
  );

  endpoint(
    {
      method: 'PUT',
      path: `${q}/draft`,
      summary: 'Replace the draft with a definition (JSON); the problems it has are returned',
      permission: 'questionnaire.edit',
      body: z.record(z.string(), z.unknown()),
      response: z.object({ valid: z.boolean(), problems: z.array(z.string()) }),
    },
    async (c) => {
      const definition = await body(c, z.record(z.string(), z.unknown()));
      const { study, q: row } = await questionnaireOf(c);
      // An id that is not a text is the definition's own problem, said as the parser says it.
      if (typeof definition.id !== 'string') {
        const idIssues = idIssueTexts(definition, kit.t(c), definitionIssueApiText);
        if (idIssues.length === 0) throw new ConsoleProblem(422, 'console.draft.badId');
        throw new ConsoleProblem(422, 'console.api.invalid', { problems: idIssues.join('; ') });
      }
      if (definition.id !== row.slug)
        throw new ConsoleProblem(422, 'console.draft.otherId', {
          id: definition.id,
          expected: row.slug,
        });
      if (JSON.stringify(definition).includes('"include":'))
        throw new ConsoleProblem(422, 'console.draft.includes');
      await store.db.transaction().execute(async (trx) => {
        await saveDraftWithSources(trx, row.id, definition, actorOf(c).actor, options.now());
        await recordAudit(trx, {
          ...actorOf(c),
          studyId: study.id,
          action: 'draft.upload',
          detail: { questionnaire: row.slug, format: 'api' },
        });
      });
      const parsed = parseDefinition(definition, kit.t(c).lang);
      // As `credmap check` prints them: a script reads the path and the code.
      return {
        valid: parsed.ok,
        problems: parsed.ok ? [] : parsed.issues.map(definitionIssueText),
      };
    },
  );

  endpoint(
    {
      method: 'POST',
      path: `${q}/publish`,
      summary: 'Publish the draft as a new version (refused, with every problem, if it is not ready)',
      permission: 'questionnaire.publish',
      response: z.object({ version: z.number().int() }),
      status: 201,
    },
    async (c) => {
      const { study, q: row } = await questionnaireOf(c);
      const result = await publishDraft(store, catalog, options.logger, {
        study,
        q: row,
        actor: actorOf(c),
        language: kit.t(c).lang,
      });
      if (!result.ok)
        throw new ConsoleProblem(422, 'console.api.notPublished', {
          problems: result.problems
            .slice(0, 100)
            .map((p) => publishProblemText(kit.t(c), p, definitionIssueApiText))
            .join('; '),
        });
      return { version: result.version };
    },
  );

  endpoint(
    {
      method: 'GET',
      path: `${q}/languages`,
      summary: 'Each language: complete, missing and outdated texts',
      permission: 'translation.view',
      response: z.array(apiSchemas.language),
    },
    async (c) => {
      const { q: row } = await questionnaireOf(c);
      const current = await draftOrLatest(store, row.id);
      if (current === undefined) return [];
      return languageReport(current.definition, await current.sources()).map((l) => ({
        language: l.language,
        source: l.isSource,
        complete: l.complete,
        missing: l.missing,
        outdated: l.outdated,
      }));
    },
  );

  endpoint(
    {
      method: 'GET',
      path: `${q}/distribution`,
      summary: 'Contacts, invitations, completions, unsubscriptions',
      permission: 'distribution.manage',
      response: apiSchemas.distribution,
    },
    async (c) => {
      const { q: row } = await questionnaireOf(c);
      return contactCounts(store.db, row.id);
    },
  );

  endpoint(
    {
      method: 'POST',
      path: `${base}/contacts`,
      summary: 'Add contacts (all or none: every problem is returned by row)',
      permission: 'distribution.manage',
      body: z.array(apiSchemas.contact).max(100_000),
      response: z.object({ added: z.number().int(), alreadyListed: z.number().int() }),
      status: 201,
    },
    async (c) => {
      const contacts = await body(c, z.array(apiSchemas.contact).max(100_000));
      const study = kit.studyOf(c);
      const instruments = new Map<string, readonly string[]>();
      const ids = new Map<string, number>();
      for (const row of await listQuestionnaires(store.db, study.id)) {
        const ref = await catalog.find(study.slug, row.slug);
        if (ref === undefined) continue;
        instruments.set(row.slug, ref.model.definition.languages);
        ids.set(row.slug, row.id);
      }
      const table = [
        ['email', 'language', 'instrument', 'country'],
        ...contacts.map((x) => [x.email, x.language, x.instrument, x.country ?? '']),
      ];
      const checked = checkContactTable(table, { instruments, maxRows: 100_000 });
      if (!checked.ok) {
        const t = kit.t(c);
        throw new ConsoleProblem(422, 'console.api.invalid', {
          // Rows as the caller counts them: the first contact is 0, the header being row 1 of the
          // table (a duplicate names its first row the same way). The code, then what it means.
          problems: checked.issues
            .map((i) => {
              const detail = i.code === 'contacts.duplicate' ? `[${Number(i.detail) - 2}]` : (i.detail ?? '');
              // An empty list is the whole body's problem, not its first contact's.
              const at =
                i.code === 'contacts.empty'
                  ? rootPath
                  : `[${i.row - 2}]${i.column === undefined ? '' : `.${i.column}`}`;
              return `${at}: ${i.code} (${t(contactIssueKey[i.code], { detail })})`;
            })
            .join('; '),
        });
      }
      let added = 0;
      await store.db.transaction().execute(async (trx) => {
        added = await addContacts(trx, options.secret, ids, checked.lines);
        await recordAudit(trx, {
          ...actorOf(c),
          studyId: study.id,
          action: 'contacts.import',
          detail: { rows: checked.lines.length, added },
        });
      });
      return { added, alreadyListed: checked.lines.length - added };
    },
  );

  endpoint(
    {
      method: 'POST',
      path: `${q}/invitations`,
      summary:
        'Queue an invitation for every contact not yet invited, or one given up earlier; 409 once the questionnaire has closed',
      permission: 'distribution.manage',
      response: z.object({ queued: z.number().int() }),
    },
    async (c) => {
      const { study, q: row } = await questionnaireOf(c);
      const queued = await enqueueInvitations(store, row.id, options.now());
      if (queued === 'closed') throw new ConsoleProblem(409, 'console.distribution.closed');
      await recordAudit(store.db, {
        ...actorOf(c),
        studyId: study.id,
        action: 'invitations.send',
        detail: { questionnaire: row.slug, queued },
      });
      return { queued };
    },
  );

  registerApi({ endpoint, body, actorOf, kit });

  // A method an address does not take is refused with the methods it does take (RFC 9110, sections
  // 15.5.6 and 10.2.1), and OPTIONS lists them (section 9.3.7). GET brings HEAD (section 9.3.2).
  // Registered after every endpoint, so that it answers only what none of them took.
  for (const path of new Set(apiEndpoints.map((e) => e.path))) {
    const methods: string[] = apiEndpoints.filter((e) => e.path === path).map((e) => e.method);
    if (methods.includes('GET')) methods.push('HEAD');
    const allow = [...methods, 'OPTIONS'].join(', ');
    app.all(path, (c) => {
      c.header('Allow', allow);
      c.header('Cache-Control', 'no-store');
      if (c.req.method === 'OPTIONS') return c.body(null, 204);
      const t = consoleTranslator(
        c.get('principal')?.account.language ?? pickConsoleLanguage(c.req.header('accept-language')),
      );
      return c.json(
        {
          error: 'api.methodNotAllowed',
          message: t('console.api.methodNotAllowed', { method: c.req.method, allowed: allow }),
        },
        405,
      );
    });
  }
}

/** The OpenAPI 3.1 description of the API, from the endpoints' Zod schemas. */
export function openApiDocument(publicUrl: string): Record<string, unknown> {
  const schema = (s: z.ZodType) => {
    const { $schema: _, ...rest } = z.toJSONSchema(s, { unrepresentable: 'any' }) as Record<string, unknown>;
    return rest;
  };
  const paths: Record<string, Record<string, unknown>> = {};
  for (const e of apiEndpoints) {
    const path = e.path.replace(/:([A-Za-z]+)/g, '{$1}');
    const parameters = [...e.path.matchAll(/:([A-Za-z]+)/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    const error = {
      description: 'Problem',
      content: { 'application/json': { schema: schema(apiSchemas.error) } },
    };
    paths[path] ??= {};
    paths[path]![e.method.toLowerCase()] = {
      summary: e.summary,
      ...(e.permission !== undefined
        ? { description: `Needs the permission ${e.permission} in the study.` }
        : e.access?.kind === 'public'
          ? { description: 'Public: no token needed.' }
          : e.access?.kind === 'provider'
            ? { description: 'Needs an account that speaks for the provider, or a curator of the register.' }
            : {}),
      ...(parameters.length === 0 ? {} : { parameters }),
      ...(e.body === undefined
        ? {}
        : { requestBody: { required: true, content: { 'application/json': { schema: schema(e.body) } } } }),
      responses: {
        [String(e.status)]: {
          description: 'Done',
          content: { 'application/json': { schema: schema(e.response) } },
        },
        '401': error,
        '403': error,
        '404': error,
        ...(e.body === undefined ? {} : { '415': error }),
        '422': error,
      },
      ...(e.access?.kind === 'public' ? {} : { security: [{ token: [] }] }),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'credmap API',
      version: '1',
      description:
        'Studies, questionnaires, versions, translations and distribution, with the roles of the token’s account; the public register of microcredentials, and providers’ submissions to it.',
    },
    servers: [{ url: publicUrl }],
    components: {
      securitySchemes: {
        token: { type: 'http', scheme: 'bearer', description: 'An API token from /console/account' },
      },
    },
    paths,
  };
}
