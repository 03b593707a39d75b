import { z } from 'zod';
import {
  createEntry,
  entryJson,
  issuingGaps,
  microcredentialDraftSchema,
  microcredentialSchema,
  PAGE_SIZE,
  parseSearch,
  publicEntry,
  saveWorkingCopy,
  search,
  statusListCredential,
  toElmLearningAchievementSpecification,
  toOpenBadgeAchievement,
  waitingTwin,
  withProvider,
} from '../register/index.ts';
import { findEntry, lockProvider, parseRowId, recordAudit } from '../store/index.ts';
import type { ApiEndpoint } from './api.routes.ts';
import type { ConsoleContext, ConsoleKit } from './kit.tsx';
import type { Actor } from './lifecycle.ts';
import { ConsoleProblem } from './problem.ts';

/**
 * The register over HTTP. Reading is public: the published entries, searched with the same
 * parameters as the public search page. Writing is for a provider's accounts (and curators): a new
 * description or a change to one of the provider's own, each waiting for review, never published
 * by the call itself.
 */

type Endpoint = (
  e: Omit<ApiEndpoint, 'status'> & { status?: 200 | 201 },
  handler: (c: ConsoleContext) => Promise<unknown>,
) => void;
type Body = <T extends z.ZodType>(c: ConsoleContext, schema: T) => Promise<z.infer<T>>;

const completenessSchema = z.object({
  score: z.number(),
  elements: z.array(
    z.object({
      element: z.string(),
      number: z.number().int(),
      mandatory: z.boolean(),
      status: z.enum(['present', 'missing', 'vague', 'notApplicable']),
      reason: z.string().optional(),
    }),
  ),
});

export const registerSchemas = {
  entry: z
    .object({
      id: z.string(),
      url: z.string(),
      published: z.iso.datetime(),
      record: microcredentialDraftSchema,
      completeness: completenessSchema,
    })
    .meta({ id: 'RegisterEntry' }),
  submission: z
    .object({ id: z.string(), state: z.enum(['pending', 'current', 'rejected', 'merged']) })
    .meta({ id: 'RegisterSubmission' }),
};

const publicAccess = { kind: 'public' } as const;
const providerAccess = { kind: 'provider' } as const;

export function registerApi(o: {
  endpoint: Endpoint;
  body: Body;
  actorOf: (c: ConsoleContext) => Actor;
  kit: ConsoleKit;
}) {
  const { endpoint, body, actorOf, kit } = o;
  const { store, publicUrl } = kit.options;
  const base = '/api/v1/register';

  endpoint(
    {
      method: 'GET',
      path: `${base}/entries`,
      summary:
        'Published microcredentials: the public search (q, country, eqf, field, workload, participation, assessment, quality, providerType, stackability, language, sort, page)',
      permission: undefined,
      access: publicAccess,
      response: z.object({
        total: z.number().int(),
        page: z.number().int(),
        pageSize: z.number().int(),
        ignored: z.array(z.string()),
        entries: z.array(registerSchemas.entry),
      }),
    },
    async (c) => {
      const req = parseSearch(new URL(c.req.url).searchParams);
      const found = await search(store.db, req, 'en', PAGE_SIZE, { facets: false });
      return {
        total: found.total,
        page: req.page,
        pageSize: PAGE_SIZE,
        ignored: req.dropped,
        entries: found.hits.map((h) =>
          entryJson({ id: h.id, record: h.record, publishedAt: h.publishedAt }, publicUrl),
        ),
      };
    },
  );

  endpoint(
    {
      method: 'GET',
      path: `${base}/entries/:entry`,
      summary: 'One published microcredential, with its Annex I completeness',
      permission: undefined,
      access: publicAccess,
      response: registerSchemas.entry,
    },
    async (c) => {
      const found = await publicEntry(store.db, c.req.param('entry') ?? '');
      if (found === undefined) throw ConsoleProblem.notFound();
      if ('redirect' in found) {
        // Merged: the entry it was merged into answers for it.
        const into = await publicEntry(store.db, found.redirect);
        if (into === undefined || 'redirect' in into) throw ConsoleProblem.notFound();
        return entryJson(into.entry, publicUrl);
      }
      return entryJson(found.entry, publicUrl);
    },
  );

  /** Formats a fully described entry can be given in; an incomplete one says what it lacks. */
  const fullEntry = async (c: ConsoleContext) => {
    const found = await publicEntry(store.db, c.req.param('entry') ?? '');
    if (found === undefined || 'redirect' in found) throw ConsoleProblem.notFound();
    const parsed = microcredentialSchema.safeParse(found.entry.record);
    if (!parsed.success)
      throw new ConsoleProblem(422, 'console.register.api.incomplete', {
        elements: issuingGaps(found.entry.record).join(', '),
      });
    return { record: parsed.data, url: `${publicUrl}/en/register/${found.entry.id}` };
  };

  const document = z.record(z.string(), z.unknown());

  endpoint(
    {
      method: 'GET',
      path: `${base}/entries/:entry/open-badges-achievement`,
      summary: 'A published microcredential as an Open Badges 3.0 Achievement (?lang= for its texts)',
      permission: undefined,
      access: publicAccess,
      response: document,
    },
    async (c) => {
      const { record, url } = await fullEntry(c);
      const lang = c.req.query('lang');
      return toOpenBadgeAchievement(record, {
        id: url,
        ...(lang !== undefined && /^[a-z]{2}$/.test(lang) ? { lang } : {}),
      });
    },
  );

  endpoint(
    {
      method: 'GET',
      path: `${base}/entries/:entry/elm-specification`,
      summary: 'A published microcredential as a Europass ELM v3 LearningAchievementSpecification (JSON-LD)',
      permission: undefined,
      access: publicAccess,
      response: document,
    },
    async (c) => {
      const { record, url } = await fullEntry(c);
      return toElmLearningAchievementSpecification(record, { id: url });
    },
  );

  endpoint(
    {
      method: 'GET',
      path: `${base}/status/:list`,
      summary: 'An awarding body’s revocation list: a signed W3C BitstringStatusListCredential',
      permission: undefined,
      access: publicAccess,
      response: document,
    },
    async (c) => {
      const id = parseRowId(c.req.param('list'));
      const credential =
        id === undefined ? undefined : await statusListCredential(store.db, id, publicUrl, kit.options.now());
      if (credential === undefined) throw ConsoleProblem.notFound();
      return credential;
    },
  );

  /** A submission names no id and no source: the register gives the id, and the provider is the caller's. */
  const submissionSchema = microcredentialDraftSchema.omit({ id: true, source: true });

  const ownEntry = async (c: ConsoleContext) => {
    const row = await findEntry(store.db, c.req.param('entry') ?? '');
    if (row === undefined || row.provider_id !== c.req.param('provider') || row.state === 'merged')
      throw ConsoleProblem.notFound();
    return row;
  };

  /**
   * A POST retried with the same body (its answer lost to a timeout) is the same submission: it gets
   * the entry the first made, in the same answer, and nothing is stored twice. This is decided by
   * content rather than by an Idempotency-Key header (draft-ietf-httpapi-idempotency-key-header), so
   * that it holds for clients that send none: an identical description of the same provider already
   * waiting for review is never a second one worth reviewing.
   */
  endpoint(
    {
      method: 'POST',
      path: `${base}/providers/:provider/entries`,
      summary:
        'Submit a new microcredential of the provider for review; the same description sent again while the first waits for review answers with the same entry',
      permission: undefined,
      access: providerAccess,
      body: submissionSchema,
      response: registerSchemas.submission,
      status: 201,
    },
    async (c) => {
      const providerId = c.req.param('provider')!;
      const record = withProvider(await body(c, submissionSchema), providerId);
      const id = await store.db.transaction().execute(async (trx) => {
        // The provider's submissions one at a time, so that a retry sent while the first is still
        // being stored finds it.
        await lockProvider(trx, providerId);
        const twin = await waitingTwin(trx, providerId, record);
        if (twin !== undefined) return twin;
        const created = await createEntry(trx, {
          record,
          origin: 'provider',
          providerId,
          now: kit.options.now(),
        });
        await recordAudit(trx, {
          ...actorOf(c),
          studyId: null,
          action: 'register.submit',
          detail: { entry: created.id, provider: providerId },
        });
        return created.id;
      });
      return { id, state: 'pending' };
    },
  );

  endpoint(
    {
      method: 'PUT',
      path: `${base}/providers/:provider/entries/:entry`,
      summary:
        'Replace the description of one of the provider’s microcredentials; the change waits for review',
      permission: undefined,
      access: providerAccess,
      body: submissionSchema,
      response: registerSchemas.submission,
    },
    async (c) => {
      const row = await ownEntry(c);
      const record = await body(c, submissionSchema);
      await saveWorkingCopy(
        store.db,
        row.id,
        withProvider(record, row.provider_id!),
        'pending',
        kit.options.now(),
      );
      await recordAudit(store.db, {
        ...actorOf(c),
        studyId: null,
        action: 'register.submit',
        detail: { entry: row.id, provider: row.provider_id },
      });
      return { id: row.id, state: 'pending' };
    },
  );
}
