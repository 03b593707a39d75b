import type { Hono } from 'hono';
import type { RegisterCodeList, Translate } from '../i18n/index.ts';
import { formatDateTime, registerCodeLabel, translator } from '../i18n/index.ts';
import { isEmailAddress } from '../mail/index.ts';
import type { EscoLanguage, MicrocredentialDraft, Provider } from '../register/index.ts';
import {
  annexICompleteness,
  createEntry,
  ESCO_ATTRIBUTION,
  escoSkills,
  harvestCandidates,
  IssuingError,
  importMicrocredentials,
  importProblemMessage,
  issueCredential,
  issuingGaps,
  likelyDuplicates,
  merge,
  providerSchema,
  publish,
  publishProblems,
  RegisterError,
  recordOf,
  reject,
  revokeCredential,
  saveProvider,
  saveWorkingCopy,
  searchEscoSkills,
  templateCsv,
  templateWorkbook,
  withdraw,
  withProvider,
} from '../register/index.ts';
import { elementNames, elementStatusNames } from '../respondent/index.ts';
import type { RegisterEntryRow, RegisterProviderRow } from '../store/index.ts';
import {
  addProviderMember,
  countEntriesByState,
  countPublished,
  ensureAccount,
  findAccountByEmail,
  findEntry,
  findProvider,
  issuedFor,
  listEntries,
  listProviders,
  listStudies,
  parseRowId,
  providerMembers,
  recordAudit,
  removeProviderMember,
} from '../store/index.ts';
import { isCurator, roleIn } from './access.ts';
import { createAccountLink } from './auth.routes.tsx';
import type { ConsoleForm } from './form.ts';
import { formIssues, readConsoleForm } from './form.ts';
import type { ConsoleContext, ConsoleEnv, ConsoleKit } from './kit.tsx';
import { studyTitle } from './kit.tsx';
import type { ConsoleTranslate } from './messages/index.ts';
import { ConsoleProblem } from './problem.ts';
import type { CodeLabel } from './register-form.tsx';
import { EntryForm, readEntryForm, textLanguages } from './register-form.tsx';
import { clipText } from './stored-text.ts';
import { maxUploadBytes } from './uploads.ts';
import type { ConsoleFrame, FieldIssue } from './views/layout.tsx';
import { ConsoleLayout, Csrf, Field, IssueSummary } from './views/layout.tsx';
import { sendConsolePage } from './views/send.ts';

/**
 * The register in the console. Curators (owners and researchers) review what the study, providers
 * and imports feed it: publish, reject with a note, merge likely duplicates, withdraw; they harvest
 * a study's consented descriptions, import files, keep the providers and who may speak for them.
 * A provider's accounts see only their provider: its entries, a form to describe a new one or
 * change one, each change waiting for review.
 */

const titleOf = (r: MicrocredentialDraft, lang: string) =>
  r.title?.[lang] ?? r.title?.en ?? Object.values(r.title ?? {})[0] ?? '—';

const providerName = (p: RegisterProviderRow, lang: string) => {
  const parsed = providerSchema.safeParse(p.record);
  return parsed.success ? (parsed.data.name[lang] ?? p.name) : p.name;
};

/** Codes in words, from the register's catalogue in the reader's language. */
const codeLabel =
  (t: Translate): CodeLabel =>
  (list, code) =>
    registerCodeLabel(t, list as RegisterCodeList, code);

export function registerRoutes(app: Hono<ConsoleEnv>, kit: ConsoleKit): void {
  const { store } = kit.options;
  const curator = { kind: 'register' } as const;
  const provider = { kind: 'provider' } as const;

  const registerFrame = (c: ConsoleContext, extra: ConsoleFrame['crumbs'] = []): ConsoleFrame => {
    const t = kit.t(c);
    return kit.frame(c, [
      { href: '/console/register', label: t('console.register.title') },
      ...(extra ?? []),
    ]);
  };
  const audit = async (
    c: ConsoleContext,
    action: string,
    detail: Record<string, unknown>,
    studyId: number | null = null,
  ) => {
    const p = kit.principalOf(c);
    await recordAudit(store.db, { accountId: p.account.id, actor: p.account.name, studyId, action, detail });
  };
  const entryOf = async (c: ConsoleContext): Promise<RegisterEntryRow> => {
    const row = await findEntry(store.db, c.req.param('entry') ?? '');
    if (row === undefined) throw ConsoleProblem.notFound();
    return row;
  };
  /** A provider's entry, reached through the provider's own pages. */
  const providerEntryOf = async (c: ConsoleContext): Promise<RegisterEntryRow> => {
    const row = await entryOf(c);
    if (row.provider_id !== c.req.param('provider') || row.state === 'merged')
      throw ConsoleProblem.notFound();
    return row;
  };
  const textLanguageOf = (c: ConsoleContext, form?: ConsoleForm) => {
    const asked = form?.value('textLanguage') || c.req.query('text') || kit.t(c).lang;
    return textLanguages.includes(asked) ? asked : 'en';
  };
  const stateName = (t: ConsoleTranslate, row: RegisterEntryRow) =>
    row.state === 'pending'
      ? t('console.register.state.pending')
      : row.state === 'rejected'
        ? t('console.register.state.rejected')
        : row.state === 'merged'
          ? t('console.register.state.merged')
          : row.published === null
            ? t('console.register.state.unpublished')
            : t('console.register.state.published');
  const originName = (t: ConsoleTranslate, row: RegisterEntryRow) =>
    ({
      study: t('console.register.origin.study'),
      provider: t('console.register.origin.provider'),
      import: t('console.register.origin.import'),
      console: t('console.register.origin.console'),
    })[row.origin];

  function EntryTable(props: {
    t: ConsoleTranslate;
    rows: readonly RegisterEntryRow[];
    href: (row: RegisterEntryRow) => string;
    caption: string;
    /** A link per row to award the entry, for a provider's own published entries. */
    issue?: (row: RegisterEntryRow) => string | undefined;
  }) {
    const { t } = props;
    if (props.rows.length === 0) return <p>{t('console.register.none')}</p>;
    return (
      <table class="table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('console.register.col.title')}</th>
            <th scope="col">{t('console.register.col.state')}</th>
            <th scope="col">{t('console.register.col.origin')}</th>
            <th scope="col">{t('console.register.col.completeness')}</th>
            <th scope="col">{t('console.register.col.changed')}</th>
            {props.issue !== undefined && <th scope="col">{t('console.register.issue.column')}</th>}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => {
            const record = recordOf(row);
            return (
              <tr>
                <td>
                  <a href={props.href(row)}>{titleOf(record, t.lang)}</a>
                </td>
                <td>{stateName(t, row)}</td>
                <td>{originName(t, row)}</td>
                <td>{Math.round(annexICompleteness(record).score * 100)} %</td>
                <td>{formatDateTime(t.lang, row.updated_at, 'UTC')}</td>
                {props.issue !== undefined && (
                  <td>
                    {props.issue(row) === undefined ? (
                      '—'
                    ) : (
                      <a href={props.issue(row)}>{t('console.register.issue.link')}</a>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    );
  }

  // --- Curators: overview and review queue ------------------------------------------------------

  kit.route(app, 'GET', '/console/register', curator, async (c) => {
    const t = kit.t(c);
    const principal = kit.principalOf(c);
    const counts = await countEntriesByState(store.db);
    const pending = await listEntries(store.db, { states: ['pending'], limit: 200 });
    const studies = (await listStudies(store.db)).filter((s) => {
      const m = roleIn(principal.memberships, s.id);
      return m?.role === 'owner' || m?.role === 'researcher';
    });
    const published = await countPublished(store.db);
    const notice = c.req.query('done');
    const title = t('console.register.title');
    return sendConsolePage(
      c,
      <ConsoleLayout frame={kit.frame(c)} title={title}>
        <h1>{title}</h1>
        {notice !== undefined && /^[a-z]+$/.test(notice) && (
          <p class="notice" role="status">
            {noticeText(t, notice, c.req.query('n'))}
          </p>
        )}
        <p>{t('console.register.intro')}</p>
        <p>
          {t('console.register.counts', {
            published,
            pending: counts.filter((x) => x.state === 'pending').reduce((s, x) => s + x.n, 0),
          })}{' '}
          <a href="/en/register">{t('console.register.publicLink')}</a>
        </p>
        <ul class="actions-list">
          <li>
            <a href="/console/register/new">{t('console.register.new')}</a>
          </li>
          <li>
            <a href="/console/register/import">{t('console.register.import.title')}</a>
          </li>
          <li>
            <a href="/console/register/providers">{t('console.register.providers.title')}</a>
          </li>
          <li>
            <a href="/console/register/entries">{t('console.register.all')}</a>
          </li>
        </ul>
        {studies.length > 0 && (
          <section aria-labelledby="harvest-heading">
            <h2 id="harvest-heading">{t('console.register.harvest.title')}</h2>
            <p>{t('console.register.harvest.intro')}</p>
            {studies.map((s) => (
              <form method="post" action="/console/register/harvest" class="inline-form">
                <Csrf value={kit.csrfFor(c)} />
                <input type="hidden" name="study" value={s.slug} />
                <button type="submit" class="button button-secondary">
                  {t('console.register.harvest.button', { study: studyTitle(s, t.lang) })}
                </button>
              </form>
            ))}
          </section>
        )}
        <h2>{t('console.register.queue')}</h2>
        <EntryTable
          t={t}
          rows={pending}
          caption={t('console.register.queue')}
          href={(r) => `/console/register/entries/${r.id}`}
        />
      </ConsoleLayout>,
    );
  });

  const noticeText = (t: ConsoleTranslate, notice: string, n: string | undefined) => {
    const count = Number(n ?? 0) || 0;
    switch (notice) {
      case 'harvested':
        return t('console.register.notice.harvested', { count });
      case 'imported':
        return t('console.register.notice.imported', { count });
      case 'published':
        return t('console.register.notice.published');
      case 'rejected':
        return t('console.register.notice.rejected');
      case 'withdrawn':
        return t('console.register.notice.withdrawn');
      case 'merged':
        return t('console.register.notice.merged');
      case 'submitted':
        return t('console.register.notice.submitted');
      default:
        return '';
    }
  };

  kit.route(app, 'GET', '/console/register/entries', curator, async (c) => {
    const t = kit.t(c);
    const rows = await listEntries(store.db, { limit: 1000 });
    const visible = rows.filter((r) => r.state !== 'merged');
    const title = t('console.register.all');
    return sendConsolePage(
      c,
      <ConsoleLayout frame={registerFrame(c)} title={title}>
        <h1>{title}</h1>
        <EntryTable t={t} rows={visible} caption={title} href={(r) => `/console/register/entries/${r.id}`} />
      </ConsoleLayout>,
    );
  });

  kit.route(app, 'POST', '/console/register/harvest', curator, async (c) => {
    const form = await readConsoleForm(c, kit);
    const principal = kit.principalOf(c);
    const study = (await listStudies(store.db)).find((s) => s.slug === form.value('study'));
    const role = study === undefined ? undefined : roleIn(principal.memberships, study.id)?.role;
    if (study === undefined || (role !== 'owner' && role !== 'researcher')) throw ConsoleProblem.notFound();
    const result = await harvestCandidates(store.db, study.id, kit.options.secret, kit.options.now());
    await audit(c, 'register.harvest', { found: result.found, added: result.added }, study.id);
    return kit.redirect(c, `/console/register?done=harvested&n=${result.added}`);
  });

  // --- Curators: one entry ------------------------------------------------------------------------

  const reviewPage = async (c: ConsoleContext, issues: FieldIssue[] = [], status: 200 | 422 = 200) => {
    const t = kit.t(c);
    const ti = translator(t.lang);
    const row = await entryOf(c);
    const record = recordOf(row);
    const completeness = annexICompleteness(record);
    const others = (await listEntries(store.db, { limit: 5000 }))
      .filter((o) => o.id !== row.id && o.state !== 'merged')
      .map((o) => ({ id: o.id, row: o, record: recordOf(o) }));
    const duplicates = likelyDuplicates(record, others);
    const problems = publishProblems(record);
    const provider = row.provider_id === null ? undefined : await findProvider(store.db, row.provider_id);
    const title = titleOf(record, t.lang);
    const csrf = kit.csrfFor(c);
    return sendConsolePage(
      c,
      <ConsoleLayout frame={registerFrame(c)} title={title} hasErrors={issues.length > 0}>
        <h1>{title}</h1>
        <IssueSummary t={t} issues={issues} />
        <dl class="facts">
          <dt>{t('console.register.col.state')}</dt>
          <dd>{stateName(t, row)}</dd>
          <dt>{t('console.register.col.origin')}</dt>
          <dd>{originName(t, row)}</dd>
          {provider !== undefined && (
            <>
              <dt>{t('console.register.provider')}</dt>
              <dd>
                <a href={`/console/provider/${provider.id}`}>{providerName(provider, t.lang)}</a>
              </dd>
            </>
          )}
          {row.published_at !== null && (
            <>
              <dt>{t('console.register.publishedAt')}</dt>
              <dd>
                {formatDateTime(t.lang, row.published_at, 'UTC')} ·{' '}
                <a href={`/${t.lang}/register/${row.id}`}>{t('console.register.publicPage')}</a>
              </dd>
            </>
          )}
          {row.review_note !== null && (
            <>
              <dt>{t('console.register.note')}</dt>
              <dd>{row.review_note}</dd>
            </>
          )}
          <dt>{t('console.register.col.completeness')}</dt>
          <dd>{Math.round(completeness.score * 100)} %</dd>
        </dl>
        <p>
          <a href={`/console/register/entries/${row.id}/edit`}>{t('console.register.edit')}</a>
        </p>
        <table class="table">
          <caption>{t('console.register.annex')}</caption>
          <thead>
            <tr>
              <th scope="col">{ti('verify.annex.number')}</th>
              <th scope="col">{ti('verify.annex.element')}</th>
              <th scope="col">{ti('verify.annex.result')}</th>
            </tr>
          </thead>
          <tbody>
            {completeness.elements.map((e) => (
              <tr>
                <td>{e.number}</td>
                <td>{ti(elementNames[e.element])}</td>
                <td>{ti(elementStatusNames[e.status])}</td>
              </tr>
            ))}
          </tbody>
        </table>

        {duplicates.length > 0 && (
          <section aria-labelledby="duplicates-heading">
            <h2 id="duplicates-heading">{t('console.register.duplicates')}</h2>
            <p>{t('console.register.duplicatesIntro')}</p>
            <ul>
              {duplicates.slice(0, 10).map((d) => (
                <li>
                  <a href={`/console/register/entries/${d.entry.id}`}>{titleOf(d.entry.record, t.lang)}</a> (
                  {stateName(t, d.entry.row)},{' '}
                  {t('console.register.alike', { percent: Math.round(d.likeness.title * 100) })})
                  <form
                    method="post"
                    action={`/console/register/entries/${row.id}/merge`}
                    class="inline-form"
                  >
                    <Csrf value={csrf} />
                    <input type="hidden" name="into" value={d.entry.id} />
                    <button type="submit" class="button button-secondary">
                      {t('console.register.mergeInto')}
                    </button>
                  </form>
                </li>
              ))}
            </ul>
          </section>
        )}

        {row.state !== 'merged' && (
          <section aria-labelledby="decide-heading">
            <h2 id="decide-heading">{t('console.register.decide')}</h2>
            {problems.length > 0 ? (
              <p>
                {t('console.register.cannotPublish', {
                  missing: problems.map((p) => problemName(t, p)).join(', '),
                })}
              </p>
            ) : (
              <form method="post" action={`/console/register/entries/${row.id}/publish`}>
                <Csrf value={csrf} />
                <button type="submit" class="button">
                  {t('console.register.publish')}
                </button>
              </form>
            )}
            <form method="post" action={`/console/register/entries/${row.id}/reject`}>
              <Csrf value={csrf} />
              <Field id="note" label={t('console.register.rejectNote')} />
              <button type="submit" class="button button-secondary">
                {t('console.register.reject')}
              </button>
            </form>
            {row.published !== null && (
              <form method="post" action={`/console/register/entries/${row.id}/withdraw`}>
                <Csrf value={csrf} />
                <button type="submit" class="button button-secondary">
                  {t('console.register.withdraw')}
                </button>
              </form>
            )}
            <form method="post" action={`/console/register/entries/${row.id}/merge`}>
              <Csrf value={csrf} />
              <Field
                id="into"
                label={t('console.register.mergeId')}
                hint={t('console.register.mergeIdHint')}
              />
              <button type="submit" class="button button-secondary">
                {t('console.register.mergeInto')}
              </button>
            </form>
          </section>
        )}
      </ConsoleLayout>,
      status,
    );
  };

  const problemName = (t: ConsoleTranslate, p: string) =>
    p === 'title'
      ? t('console.register.form.title')
      : p === 'awardingBody'
        ? t('console.register.form.bodyName')
        : p === 'issuerCountry'
          ? t('console.register.form.countries')
          : t('console.register.form.invalid');

  kit.route(app, 'GET', '/console/register/entries/:entry', curator, (c) => reviewPage(c));

  kit.route(app, 'POST', '/console/register/entries/:entry/publish', curator, async (c) => {
    await readConsoleForm(c, kit);
    const row = await entryOf(c);
    try {
      await publish(store.db, row.id, kit.options.now());
    } catch (e) {
      if (e instanceof RegisterError)
        return reviewPage(c, [{ field: '', message: kit.t(c)('console.register.form.invalid') }], 422);
      throw e;
    }
    await audit(c, 'register.publish', { entry: row.id });
    return kit.redirect(c, '/console/register?done=published');
  });

  kit.route(app, 'POST', '/console/register/entries/:entry/reject', curator, async (c) => {
    const form = await readConsoleForm(c, kit, { fieldIssues: true });
    const row = await entryOf(c);
    const unstorable = formIssues(form, kit.t(c), []);
    if (unstorable.length > 0) return reviewPage(c, unstorable, 422);
    const note = clipText(form.value('note'), 2000);
    await reject(store.db, row.id, note === '' ? null : note, kit.options.now());
    await audit(c, 'register.reject', { entry: row.id });
    return kit.redirect(c, '/console/register?done=rejected');
  });

  kit.route(app, 'POST', '/console/register/entries/:entry/withdraw', curator, async (c) => {
    await readConsoleForm(c, kit);
    const row = await entryOf(c);
    await withdraw(store.db, row.id, kit.options.now());
    await audit(c, 'register.withdraw', { entry: row.id });
    return kit.redirect(c, '/console/register?done=withdrawn');
  });

  kit.route(app, 'POST', '/console/register/entries/:entry/merge', curator, async (c) => {
    const form = await readConsoleForm(c, kit, { fieldIssues: true });
    const row = await entryOf(c);
    const unstorable = formIssues(form, kit.t(c), []);
    if (unstorable.length > 0) return reviewPage(c, unstorable, 422);
    const into = form.value('into');
    try {
      await merge(store.db, row.id, into, kit.options.now());
    } catch (e) {
      if (e instanceof RegisterError)
        return reviewPage(c, [{ field: 'into', message: kit.t(c)('console.register.mergeBad') }], 422);
      throw e;
    }
    await audit(c, 'register.merge', { entry: row.id, into });
    return kit.redirect(c, '/console/register?done=merged');
  });

  // --- The form: curators and providers -----------------------------------------------------------

  const formPage = (
    c: ConsoleContext,
    o: {
      frame: ConsoleFrame;
      title: string;
      action: string;
      record: MicrocredentialDraft;
      lang: string;
      issues?: readonly FieldIssue[];
      submit: string;
      secondary?: { label: string; intent: string };
    },
  ) => {
    const t = kit.t(c);
    const issues = o.issues ?? [];
    const path = new URL(c.req.url).pathname;
    return sendConsolePage(
      c,
      <ConsoleLayout frame={o.frame} title={o.title} hasErrors={issues.length > 0}>
        <h1>{o.title}</h1>
        <IssueSummary t={t} issues={issues} />
        <nav aria-label={t('console.register.form.languagesNav')}>
          <ul class="inline-list">
            {textLanguages.map((l) => (
              <li>
                {l === o.lang ? (
                  <span aria-current="true">{l.toUpperCase()}</span>
                ) : (
                  <a href={`${path}?text=${l}`} lang={l}>
                    {l.toUpperCase()}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </nav>
        <EntryForm
          t={t}
          ti={translator(t.lang)}
          codeLabel={codeLabel(translator(t.lang))}
          action={o.action}
          csrf={kit.csrfFor(c)}
          lang={o.lang}
          record={o.record}
          issues={issues}
          submit={o.submit}
          secondary={o.secondary}
        />
      </ConsoleLayout>,
      issues.length > 0 ? 422 : 200,
    );
  };

  kit.route(app, 'GET', '/console/register/new', curator, (c) => {
    const t = kit.t(c);
    return formPage(c, {
      frame: registerFrame(c),
      title: t('console.register.new'),
      action: '/console/register/new',
      record: {},
      lang: textLanguageOf(c),
      submit: t('console.register.form.save'),
    });
  });

  kit.route(app, 'POST', '/console/register/new', curator, async (c) => {
    const form = await readConsoleForm(c, kit, { fieldIssues: true });
    const t = kit.t(c);
    const lang = textLanguageOf(c, form);
    const read = readEntryForm(form, {}, lang, t);
    if (!read.ok)
      return formPage(c, {
        frame: registerFrame(c),
        title: t('console.register.new'),
        action: '/console/register/new',
        record: read.record,
        lang,
        issues: read.issues,
        submit: t('console.register.form.save'),
      });
    const { id } = await createEntry(store.db, {
      record: read.record,
      origin: 'console',
      now: kit.options.now(),
    });
    await audit(c, 'register.create', { entry: id });
    return kit.redirect(c, `/console/register/entries/${id}`);
  });

  kit.route(app, 'GET', '/console/register/entries/:entry/edit', curator, async (c) => {
    const t = kit.t(c);
    const row = await entryOf(c);
    return formPage(c, {
      frame: registerFrame(c, [
        { href: `/console/register/entries/${row.id}`, label: titleOf(recordOf(row), t.lang) },
      ]),
      title: t('console.register.edit'),
      action: `/console/register/entries/${row.id}/edit`,
      record: recordOf(row),
      lang: textLanguageOf(c),
      submit: t('console.register.form.save'),
    });
  });

  kit.route(app, 'POST', '/console/register/entries/:entry/edit', curator, async (c) => {
    const form = await readConsoleForm(c, kit, { fieldIssues: true });
    const t = kit.t(c);
    const row = await entryOf(c);
    const lang = textLanguageOf(c, form);
    const read = readEntryForm(form, recordOf(row), lang, t);
    if (!read.ok)
      return formPage(c, {
        frame: registerFrame(c),
        title: t('console.register.edit'),
        action: `/console/register/entries/${row.id}/edit`,
        record: read.record,
        lang,
        issues: read.issues,
        submit: t('console.register.form.save'),
      });
    // A curator's change is reviewed by the curator making it: it waits only if the entry did.
    await saveWorkingCopy(
      store.db,
      row.id,
      read.record,
      row.state === 'pending' ? 'pending' : 'current',
      kit.options.now(),
    );
    await audit(c, 'register.edit', { entry: row.id });
    return kit.redirect(c, `/console/register/entries/${row.id}`);
  });

  // --- Import -------------------------------------------------------------------------------------

  const importPage = async (c: ConsoleContext, issues: FieldIssue[] = []) => {
    const t = kit.t(c);
    const providers = await listProviders(store.db);
    const title = t('console.register.import.title');
    return sendConsolePage(
      c,
      <ConsoleLayout frame={registerFrame(c)} title={title} hasErrors={issues.length > 0}>
        <h1>{title}</h1>
        <IssueSummary t={t} issues={issues} />
        <p>{t('console.register.import.intro')}</p>
        <p>
          {t('console.register.import.template')} <a href="/console/register/import/template.xlsx">XLSX</a> ·{' '}
          <a href="/console/register/import/template.csv">CSV</a>
        </p>
        <form method="post" action="/console/register/import" enctype="multipart/form-data">
          <Csrf value={kit.csrfFor(c)} />
          <Field
            id="file"
            label={t('console.register.import.file')}
            hint={t('console.register.import.fileHint')}
          >
            <input
              id="file"
              name="file"
              type="file"
              accept=".csv,.xlsx,.json,.jsonld"
              aria-describedby="file-hint"
            />
          </Field>
          <Field
            id="language"
            label={t('console.register.import.language')}
            hint={t('console.register.import.languageHint')}
          >
            <select id="language" name="language" aria-describedby="language-hint">
              {textLanguages.map((l) => (
                <option value={l} selected={l === t.lang}>
                  {l.toUpperCase()}
                </option>
              ))}
            </select>
          </Field>
          <Field id="provider" label={t('console.register.import.provider')}>
            <select id="provider" name="provider">
              <option value="">{t('console.register.form.notGiven')}</option>
              {providers.map((p) => (
                <option value={p.id}>{providerName(p, t.lang)}</option>
              ))}
            </select>
          </Field>
          <div class="actions">
            <button type="submit" class="button">
              {t('console.register.import.submit')}
            </button>
          </div>
        </form>
      </ConsoleLayout>,
      issues.length > 0 ? 422 : 200,
    );
  };

  kit.route(app, 'GET', '/console/register/import', curator, (c) => importPage(c));

  kit.route(app, 'GET', '/console/register/import/template.csv', curator, (c) => {
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', 'attachment; filename="microcredentials.csv"');
    return c.body(templateCsv({ languages: [kit.t(c).lang] }));
  });

  kit.route(app, 'GET', '/console/register/import/template.xlsx', curator, async (c) => {
    const bytes = await templateWorkbook({ languages: [kit.t(c).lang] });
    c.header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    c.header('Content-Disposition', 'attachment; filename="microcredentials.xlsx"');
    return c.body(bytes as Uint8Array<ArrayBuffer>);
  });

  kit.route(app, 'POST', '/console/register/import', curator, async (c) => {
    const form = await readConsoleForm(c, kit);
    const t = kit.t(c);
    const file = form.files.file;
    if (file === undefined)
      return importPage(c, [{ field: 'file', message: t('console.register.import.noFile') }]);
    if (file.size > maxUploadBytes)
      return importPage(c, [{ field: 'file', message: t('console.register.import.tooLarge') }]);
    const name = file.name.toLowerCase();
    const format = name.endsWith('.xlsx')
      ? 'xlsx'
      : name.endsWith('.csv')
        ? 'csv'
        : /\.json(ld)?$/.test(name)
          ? 'json'
          : undefined;
    if (format === undefined)
      return importPage(c, [{ field: 'file', message: t('console.register.import.badType') }]);
    const providerId = form.value('provider');
    const owner = providerId === '' ? undefined : await findProvider(store.db, providerId);
    if (providerId !== '' && owner === undefined) throw ConsoleProblem.badRequest();
    const language = textLanguages.includes(form.value('language')) ? form.value('language') : 'en';
    const result = await importMicrocredentials(new Uint8Array(await file.arrayBuffer()), {
      format,
      language,
      ...(owner === undefined ? {} : { defaultIssuerCountries: [owner.country] }),
    });
    if (!result.ok) {
      const issues = result.problems.map((p) => ({ field: '', message: importProblemMessage(p, t.lang) }));
      if (result.moreProblems > 0)
        issues.push({
          field: '',
          message: t('console.register.import.more', { count: result.moreProblems }),
        });
      return importPage(c, issues);
    }
    const now = kit.options.now();
    await store.db.transaction().execute(async (trx) => {
      for (const r of result.records)
        await createEntry(trx, {
          record: r.record,
          origin: 'import',
          providerId: owner?.id,
          // A file imported again updates what still waits for review instead of adding it twice.
          sourceKey: r.record.id === undefined ? undefined : `import:${owner?.id ?? ''}:${r.record.id}`,
          now,
        });
    });
    await audit(c, 'register.import', {
      entries: result.records.length,
      format,
      provider: owner?.id ?? null,
    });
    return kit.redirect(c, `/console/register?done=imported&n=${result.records.length}`);
  });

  // --- Providers ----------------------------------------------------------------------------------

  const providersPage = async (
    c: ConsoleContext,
    issues: FieldIssue[] = [],
    values: Partial<ProviderValues> = {},
  ) => {
    const t = kit.t(c);
    const providers = await listProviders(store.db);
    const title = t('console.register.providers.title');
    return sendConsolePage(
      c,
      <ConsoleLayout frame={registerFrame(c)} title={title} hasErrors={issues.length > 0}>
        <h1>{title}</h1>
        <IssueSummary t={t} issues={issues} />
        {providers.length === 0 ? (
          <p>{t('console.register.providers.none')}</p>
        ) : (
          <ul>
            {providers.map((p) => (
              <li>
                <a href={`/console/provider/${p.id}`}>{providerName(p, t.lang)}</a> ({p.country})
              </li>
            ))}
          </ul>
        )}
        <h2>{t('console.register.providers.add')}</h2>
        <form method="post" action="/console/register/providers">
          <Csrf value={kit.csrfFor(c)} />
          <ProviderFields t={t} values={values} issues={issues} />
          <div class="actions">
            <button type="submit" class="button">
              {t('console.register.providers.add')}
            </button>
          </div>
        </form>
      </ConsoleLayout>,
      issues.length > 0 ? 422 : 200,
    );
  };

  kit.route(app, 'GET', '/console/register/providers', curator, (c) => providersPage(c));

  kit.route(app, 'POST', '/console/register/providers', curator, async (c) => {
    const form = await readConsoleForm(c, kit, { fieldIssues: true });
    const t = kit.t(c);
    const values = providerValues(form);
    const unstorable = formIssues(form, t, []);
    if (unstorable.length > 0) return providersPage(c, unstorable, values);
    const slug = values.name
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40);
    const id = `prov-${values.country.toLowerCase()}-${slug || 'provider'}`;
    const read = readProvider(values, { id, name: {} }, t);
    if (!read.ok) return providersPage(c, read.issues, values);
    if ((await findProvider(store.db, id)) !== undefined)
      return providersPage(c, [{ field: 'name', message: t('console.register.providers.exists') }], values);
    await saveProvider(store.db, read.record, kit.options.now());
    await audit(c, 'register.provider.add', { provider: id });
    return kit.redirect(c, `/console/provider/${id}`);
  });

  // --- A provider's own pages ---------------------------------------------------------------------

  const providerOf = async (c: ConsoleContext) => {
    const p = await findProvider(store.db, c.req.param('provider') ?? '');
    if (p === undefined) throw ConsoleProblem.notFound();
    return p;
  };
  const providerFrame = (c: ConsoleContext, p: RegisterProviderRow, extra: ConsoleFrame['crumbs'] = []) => {
    const t = kit.t(c);
    const curatorToo = isCurator(kit.principalOf(c).memberships);
    return kit.frame(c, [
      ...(curatorToo ? [{ href: '/console/register', label: t('console.register.title') }] : []),
      { href: `/console/provider/${p.id}`, label: providerName(p, t.lang) },
      ...(extra ?? []),
    ]);
  };

  const providerPage = async (
    c: ConsoleContext,
    issues: FieldIssue[] = [],
    link?: string,
    editValues?: ProviderValues,
  ) => {
    const t = kit.t(c);
    const p = await providerOf(c);
    const entries = (await listEntries(store.db, { providerIds: [p.id] })).filter(
      (r) => r.state !== 'merged',
    );
    const curatorToo = isCurator(kit.principalOf(c).memberships);
    const members = curatorToo ? await providerMembers(store.db, p.id) : [];
    const name = providerName(p, t.lang);
    const csrf = kit.csrfFor(c);
    return sendConsolePage(
      c,
      <ConsoleLayout frame={providerFrame(c, p)} title={name} hasErrors={issues.length > 0}>
        <h1>{name}</h1>
        <IssueSummary t={t} issues={issues} />
        {link !== undefined && (
          <p class="notice" role="status">
            {t('console.register.providers.link')} <code>{link}</code>
          </p>
        )}
        {c.req.query('done') === 'submitted' && (
          <p class="notice" role="status">
            {noticeText(t, 'submitted', undefined)}
          </p>
        )}
        <p>{t('console.register.providers.intro')}</p>
        <ul class="actions-list">
          <li>
            <a href={`/console/provider/${p.id}/new`}>{t('console.register.new')}</a>
          </li>
          <li>
            <a href={`/console/provider/${p.id}/issued`}>{t('console.register.issued.title')}</a>
          </li>
        </ul>
        <EntryTable
          t={t}
          rows={entries}
          caption={t('console.register.providers.entries')}
          href={(r) => `/console/provider/${p.id}/entries/${r.id}/edit`}
          issue={(r) =>
            r.published === null ? undefined : `/console/provider/${p.id}/entries/${r.id}/issue`
          }
        />
        {curatorToo && (
          <section aria-labelledby="record-heading">
            <h2 id="record-heading">{t('console.register.providers.record')}</h2>
            <form method="post" action={`/console/provider/${p.id}/record`}>
              <Csrf value={csrf} />
              <ProviderFields t={t} values={editValues ?? valuesOf(p, t.lang)} issues={issues} />
              <div class="actions">
                <button type="submit" class="button button-secondary">
                  {t('console.register.form.save')}
                </button>
              </div>
            </form>
          </section>
        )}
        {curatorToo && (
          <section aria-labelledby="members-heading">
            <h2 id="members-heading">{t('console.register.providers.members')}</h2>
            {members.length === 0 ? (
              <p>{t('console.register.providers.noMembers')}</p>
            ) : (
              <ul>
                {members.map((m) => (
                  <li>
                    {m.name} ({m.email})
                    <form
                      method="post"
                      action={`/console/provider/${p.id}/members/remove`}
                      class="inline-form"
                    >
                      <Csrf value={csrf} />
                      <input type="hidden" name="account" value={String(m.id)} />
                      <button type="submit" class="button button-secondary">
                        {t('console.register.providers.remove', { name: m.name })}
                      </button>
                    </form>
                  </li>
                ))}
              </ul>
            )}
            <form method="post" action={`/console/provider/${p.id}/members`}>
              <Csrf value={csrf} />
              <Field
                id="email"
                type="email"
                label={t('console.register.providers.email')}
                autocomplete="off"
                error={issues.find((i) => i.field === 'email')?.message}
              />
              <button type="submit" class="button button-secondary">
                {t('console.register.providers.addMember')}
              </button>
            </form>
          </section>
        )}
      </ConsoleLayout>,
      issues.length > 0 ? 422 : 200,
    );
  };

  kit.route(app, 'GET', '/console/provider/:provider', provider, (c) => providerPage(c));

  /** Only curators manage who speaks for a provider. */
  const curatorOnly = (c: ConsoleContext) => {
    if (!isCurator(kit.principalOf(c).memberships)) throw ConsoleProblem.forbidden();
  };

  kit.route(app, 'POST', '/console/provider/:provider/members', provider, async (c) => {
    const form = await readConsoleForm(c, kit, { fieldIssues: true });
    curatorOnly(c);
    const t = kit.t(c);
    const p = await providerOf(c);
    const email = form.value('email').toLowerCase();
    const issues = formIssues(
      form,
      t,
      isEmailAddress(email) ? [] : [{ field: 'email', message: t('console.register.providers.badEmail') }],
    );
    if (issues.length > 0) return providerPage(c, issues);
    const known = await findAccountByEmail(store.db, email);
    const account = known ?? (await ensureAccount(store.db, { email, name: email.split('@')[0]! })).account;
    await addProviderMember(store.db, account.id, p.id);
    await audit(c, 'register.provider.member', { provider: p.id, account: account.id });
    const link =
      account.password_hash === null
        ? await createAccountLink(store, kit.options.publicUrl, account.id, kit.options.now())
        : undefined;
    return providerPage(c, [], link);
  });

  kit.route(app, 'POST', '/console/provider/:provider/record', provider, async (c) => {
    const form = await readConsoleForm(c, kit, { fieldIssues: true });
    curatorOnly(c);
    const t = kit.t(c);
    const p = await providerOf(c);
    const values = providerValues(form);
    const unstorable = formIssues(form, t, []);
    if (unstorable.length > 0) return providerPage(c, unstorable, undefined, values);
    const base = providerSchema.safeParse(p.record);
    const read = readProvider(values, base.success ? base.data : { id: p.id, name: {} }, t);
    if (!read.ok) return providerPage(c, read.issues, undefined, values);
    await saveProvider(store.db, read.record, kit.options.now());
    await audit(c, 'register.provider.edit', { provider: p.id });
    return kit.redirect(c, `/console/provider/${p.id}`);
  });

  kit.route(app, 'POST', '/console/provider/:provider/members/remove', provider, async (c) => {
    const form = await readConsoleForm(c, kit);
    curatorOnly(c);
    const p = await providerOf(c);
    // The account comes from the page's own button: anything but an id there is a forged form.
    const account = parseRowId(form.value('account'));
    if (account === undefined) throw ConsoleProblem.badRequest();
    await removeProviderMember(store.db, account, p.id);
    await audit(c, 'register.provider.memberRemoved', { provider: p.id, account });
    return kit.redirect(c, `/console/provider/${p.id}`);
  });

  kit.route(app, 'GET', '/console/provider/:provider/new', provider, async (c) => {
    const t = kit.t(c);
    const p = await providerOf(c);
    return formPage(c, {
      frame: providerFrame(c, p),
      title: t('console.register.new'),
      action: `/console/provider/${p.id}/new`,
      record: {
        awardingBodies: [
          { name: (p.record as { name: Record<string, string> }).name, providerId: p.id, country: p.country },
        ],
        issuerCountries: [p.country],
      },
      lang: textLanguageOf(c),
      submit: t('console.register.form.submit'),
    });
  });

  kit.route(app, 'POST', '/console/provider/:provider/new', provider, async (c) => {
    const form = await readConsoleForm(c, kit, { fieldIssues: true });
    const t = kit.t(c);
    const p = await providerOf(c);
    const lang = textLanguageOf(c, form);
    const read = readEntryForm(form, {}, lang, t);
    if (!read.ok)
      return formPage(c, {
        frame: providerFrame(c, p),
        title: t('console.register.new'),
        action: `/console/provider/${p.id}/new`,
        record: read.record,
        lang,
        issues: read.issues,
        submit: t('console.register.form.submit'),
      });
    const { id } = await createEntry(store.db, {
      record: withProvider(read.record, p.id),
      origin: 'provider',
      providerId: p.id,
      now: kit.options.now(),
    });
    await audit(c, 'register.submit', { entry: id, provider: p.id });
    return kit.redirect(c, `/console/provider/${p.id}/entries/${id}/edit?done=submitted`);
  });

  kit.route(app, 'GET', '/console/provider/:provider/entries/:entry/edit', provider, async (c) => {
    const t = kit.t(c);
    const p = await providerOf(c);
    const row = await providerEntryOf(c);
    return formPage(c, {
      frame: providerFrame(c, p),
      title: `${titleOf(recordOf(row), t.lang)} (${stateName(t, row)})`,
      action: `/console/provider/${p.id}/entries/${row.id}/edit`,
      record: recordOf(row),
      lang: textLanguageOf(c),
      submit: t('console.register.form.submit'),
    });
  });

  kit.route(app, 'POST', '/console/provider/:provider/entries/:entry/edit', provider, async (c) => {
    const form = await readConsoleForm(c, kit, { fieldIssues: true });
    const t = kit.t(c);
    const p = await providerOf(c);
    const row = await providerEntryOf(c);
    const lang = textLanguageOf(c, form);
    const read = readEntryForm(form, recordOf(row), lang, t);
    if (!read.ok)
      return formPage(c, {
        frame: providerFrame(c, p),
        title: titleOf(recordOf(row), t.lang),
        action: `/console/provider/${p.id}/entries/${row.id}/edit`,
        record: read.record,
        lang,
        issues: read.issues,
        submit: t('console.register.form.submit'),
      });
    // Every change a provider makes waits for a curator; the published copy stays meanwhile.
    await saveWorkingCopy(store.db, row.id, withProvider(read.record, p.id), 'pending', kit.options.now());
    await audit(c, 'register.submit', { entry: row.id, provider: p.id });
    return kit.redirect(c, `/console/provider/${p.id}?done=submitted`);
  });
  // --- ESCO skills: the curated list, searchable, to copy addresses from into the form -------------

  kit.route(app, 'GET', '/console/register/esco', { kind: 'signedIn' }, (c) => {
    const t = kit.t(c);
    const q = (c.req.query('q') ?? '').slice(0, 100);
    const found = q.trim() === '' ? escoSkills : searchEscoSkills(q, t.lang as EscoLanguage, 200);
    const title = t('console.register.esco.title');
    return sendConsolePage(
      c,
      <ConsoleLayout frame={kit.frame(c)} title={title}>
        <h1>{title}</h1>
        <p>{t('console.register.esco.intro')}</p>
        <form method="get" action="/console/register/esco">
          <Field id="q" type="search" label={t('console.register.esco.search')} value={q} />
          <button type="submit" class="button button-secondary">
            {t('console.register.esco.submit')}
          </button>
        </form>
        <table class="table">
          <caption>{t('console.register.esco.count', { count: found.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('console.register.esco.label')}</th>
              <th scope="col">{t('console.register.esco.uri')}</th>
            </tr>
          </thead>
          <tbody>
            {found.map((s) => {
              const label = (s.label as Record<string, string | undefined>)[t.lang];
              return (
                <tr>
                  <td lang={label === undefined ? 'en' : t.lang}>{label ?? s.label.en}</td>
                  <td>
                    <code>{s.uri}</code>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <p class="meta">{ESCO_ATTRIBUTION}</p>
      </ConsoleLayout>,
    );
  });

  // --- Issuing and revoking credentials ----------------------------------------------------------

  const issuePage = async (c: ConsoleContext, issues: FieldIssue[] = [], status: 200 | 422 = 200) => {
    const t = kit.t(c);
    const p = await providerOf(c);
    const row = await providerEntryOf(c);
    const record = recordOf(row);
    const published = row.published === null ? undefined : recordOf({ id: row.id, record: row.published });
    const gaps = published === undefined ? [] : issuingGaps(published);
    const title = t('console.register.issue.title', { title: titleOf(published ?? record, t.lang) });
    return sendConsolePage(
      c,
      <ConsoleLayout frame={providerFrame(c, p)} title={title} hasErrors={issues.length > 0}>
        <h1>{title}</h1>
        <IssueSummary t={t} issues={issues} />
        {published === undefined ? (
          <p>{t('console.register.issue.notPublished')}</p>
        ) : gaps.length > 0 ? (
          <p>{t('console.register.issue.incomplete', { elements: gaps.join(', ') })}</p>
        ) : (
          <>
            <p>{t('console.register.issue.intro')}</p>
            <p>{t('console.register.issue.private')}</p>
            <form method="post" action={`/console/provider/${p.id}/entries/${row.id}/issue`}>
              <Csrf value={kit.csrfFor(c)} />
              <Field id="name" label={t('console.register.issue.name')} autocomplete="off" />
              <Field id="email" type="email" label={t('console.register.issue.email')} autocomplete="off" />
              <Field
                id="learnerId"
                label={t('console.register.issue.learnerId')}
                hint={t('console.register.issue.learnerIdHint')}
                autocomplete="off"
              />
              <div class="actions">
                <button type="submit" class="button">
                  {t('console.register.issue.submit')}
                </button>
              </div>
            </form>
          </>
        )}
      </ConsoleLayout>,
      status,
    );
  };

  kit.route(app, 'GET', '/console/provider/:provider/entries/:entry/issue', provider, (c) => issuePage(c));

  kit.route(app, 'POST', '/console/provider/:provider/entries/:entry/issue', provider, async (c) => {
    const form = await readConsoleForm(c, kit, { fieldIssues: true });
    const t = kit.t(c);
    const p = await providerOf(c);
    const row = await providerEntryOf(c);
    const name = clipText(form.value('name'), 200);
    const email = clipText(form.value('email').toLowerCase(), 254);
    const learnerId = clipText(form.value('learnerId'), 500);
    const issues: FieldIssue[] = [];
    if (name === '' && email === '' && learnerId === '')
      issues.push({ field: 'name', message: t('console.register.issue.noLearner') });
    if (email !== '' && !isEmailAddress(email))
      issues.push({ field: 'email', message: t('console.register.providers.badEmail') });
    if (learnerId !== '' && !/^(did:[a-z0-9]+:|https?:\/\/|urn:)\S+$/i.test(learnerId))
      issues.push({ field: 'learnerId', message: t('console.register.issue.badLearnerId') });
    const all = formIssues(form, t, issues);
    if (all.length > 0) return issuePage(c, all, 422);
    let issued: { id: string; credential: unknown };
    try {
      issued = await issueCredential(store.db, {
        entryId: row.id,
        providerId: p.id,
        learner: {
          ...(name === '' ? {} : { name }),
          ...(email === '' ? {} : { email }),
          ...(learnerId === '' ? {} : { id: learnerId }),
        },
        issuedBy: kit.principalOf(c).account.name,
        publicUrl: kit.options.publicUrl,
        language: t.lang,
        now: kit.options.now(),
      });
    } catch (e) {
      if (e instanceof IssuingError)
        return issuePage(c, [{ field: '', message: t('console.register.issue.refused') }], 422);
      throw e;
    }
    // The credential goes to the provider, never to the log or the database.
    await audit(c, 'register.issue', { entry: row.id, provider: p.id, credential: issued.id });
    c.header('Cache-Control', 'no-store');
    c.header('Content-Type', 'application/json; charset=utf-8');
    c.header(
      'Content-Disposition',
      `attachment; filename="credential-${issued.id.replace(/^urn:uuid:/, '')}.json"`,
    );
    return c.body(JSON.stringify(issued.credential, null, 2));
  });

  kit.route(app, 'GET', '/console/provider/:provider/issued', provider, async (c) => {
    const t = kit.t(c);
    const p = await providerOf(c);
    const entries = await listEntries(store.db, { providerIds: [p.id] });
    const rows = (
      await Promise.all(entries.map(async (e) => ({ entry: e, issued: await issuedFor(store.db, e.id) })))
    ).flatMap(({ entry, issued }) => issued.map((i) => ({ entry, issued: i })));
    const title = t('console.register.issued.title');
    const csrf = kit.csrfFor(c);
    return sendConsolePage(
      c,
      <ConsoleLayout frame={providerFrame(c, p)} title={title}>
        <h1>{title}</h1>
        {c.req.query('done') === 'revoked' && (
          <p class="notice" role="status">
            {t('console.register.issued.revokedNotice')}
          </p>
        )}
        <p>{t('console.register.issued.intro')}</p>
        {rows.length === 0 ? (
          <p>{t('console.register.none')}</p>
        ) : (
          <table class="table">
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('console.register.col.title')}</th>
                <th scope="col">{t('console.register.issued.id')}</th>
                <th scope="col">{t('console.register.issued.at')}</th>
                <th scope="col">{t('console.register.col.state')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ entry, issued }) => (
                <tr>
                  <td>{titleOf(recordOf(entry), t.lang)}</td>
                  <td>
                    <code>{issued.id}</code>
                  </td>
                  <td>{formatDateTime(t.lang, issued.issued_at, 'UTC')}</td>
                  <td>
                    {issued.revoked_at !== null ? (
                      t('console.register.issued.revoked', {
                        date: formatDateTime(t.lang, issued.revoked_at, 'UTC'),
                      })
                    ) : (
                      <form
                        method="post"
                        action={`/console/provider/${p.id}/issued/revoke`}
                        class="inline-form"
                      >
                        <Csrf value={csrf} />
                        <input type="hidden" name="credential" value={issued.id} />
                        <button type="submit" class="button button-secondary">
                          {t('console.register.issued.revoke')}
                        </button>
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </ConsoleLayout>,
    );
  });

  kit.route(app, 'POST', '/console/provider/:provider/issued/revoke', provider, async (c) => {
    const form = await readConsoleForm(c, kit);
    const p = await providerOf(c);
    const id = form.value('credential');
    try {
      await revokeCredential(store.db, id, p.id, kit.options.now());
    } catch (e) {
      if (e instanceof IssuingError) throw ConsoleProblem.notFound();
      throw e;
    }
    await audit(c, 'register.revoke', { provider: p.id, credential: id });
    return kit.redirect(c, `/console/provider/${p.id}/issued?done=revoked`);
  });
}

interface ProviderValues {
  readonly name: string;
  readonly country: string;
  readonly type: string;
  readonly homepage: string;
  readonly accreditation: string;
  readonly accreditedBy: string;
  readonly decisionUrl: string;
}

const providerValues = (form: ConsoleForm): ProviderValues => ({
  name: clipText(form.value('name'), 300),
  country: clipText(form.value('country').toUpperCase(), 10),
  type: form.value('type'),
  homepage: form.value('homepage'),
  accreditation: form.value('accreditation') || 'unknown',
  accreditedBy: clipText(form.value('accreditedBy'), 300),
  decisionUrl: form.value('decisionUrl'),
});

function valuesOf(p: RegisterProviderRow, lang: string): ProviderValues {
  const parsed = providerSchema.safeParse(p.record);
  const r = parsed.success ? parsed.data : undefined;
  return {
    name: r?.name[lang] ?? p.name,
    country: p.country,
    type: p.type,
    homepage: r?.homepage ?? '',
    accreditation: r?.accreditation.status ?? 'unknown',
    accreditedBy: r?.accreditation.by?.[lang] ?? Object.values(r?.accreditation.by ?? {})[0] ?? '',
    decisionUrl: r?.accreditation.decisionUrl ?? '',
  };
}

/** A provider's record from the form, its name and accrediting body in the console's language. */
function readProvider(
  v: ProviderValues,
  base: { id: string; name: Readonly<Record<string, string>> },
  t: ConsoleTranslate,
): { ok: true; record: Provider } | { ok: false; issues: FieldIssue[] } {
  const candidate = {
    ...base,
    id: base.id,
    name: { ...base.name, [t.lang]: v.name },
    country: v.country,
    type: v.type,
    accreditation: {
      status: v.accreditation,
      ...(v.accreditedBy === '' ? {} : { by: { [t.lang]: v.accreditedBy } }),
      ...(v.decisionUrl === '' ? {} : { decisionUrl: v.decisionUrl }),
    },
    ...(v.homepage === '' ? {} : { homepage: v.homepage }),
  };
  if (v.homepage === '') delete (candidate as { homepage?: string }).homepage;
  const parsed = providerSchema.safeParse(candidate);
  if (parsed.success && v.name !== '') return { ok: true, record: parsed.data };
  const fieldOf = (path: readonly PropertyKey[]) =>
    path[0] === 'accreditation'
      ? path[1] === 'decisionUrl'
        ? 'decisionUrl'
        : path[1] === 'by'
          ? 'accreditedBy'
          : 'accreditation'
      : String(path[0]);
  const fields = new Set(parsed.success ? [] : parsed.error.issues.map((i) => fieldOf(i.path)));
  if (v.name === '') fields.add('name');
  return {
    ok: false,
    issues: [...fields].map((field) => ({
      field: field === 'id' ? 'name' : field,
      message: t('console.register.form.invalid'),
    })),
  };
}

function ProviderFields(props: {
  t: ConsoleTranslate;
  values: Partial<ProviderValues>;
  issues: readonly FieldIssue[];
}) {
  const { t, values } = props;
  const error = (field: string) => props.issues.find((i) => i.field === field)?.message;
  const label = codeLabel(translator(t.lang));
  return (
    <>
      <Field
        id="name"
        label={t('console.register.providers.name')}
        value={values.name}
        error={error('name')}
      />
      <Field
        id="country"
        label={t('console.register.providers.country')}
        hint={t('console.register.form.countriesHint')}
        value={values.country}
        error={error('country')}
      />
      <Field id="type" label={t('console.register.form.providerType')} error={error('type')}>
        <select id="type" name="type">
          {providerSchema.shape.type.options.map((code) => (
            <option value={code} selected={values.type === code}>
              {label('providerType', code)}
            </option>
          ))}
        </select>
      </Field>
      <Field
        id="homepage"
        type="url"
        label={t('console.register.form.bodyHomepage')}
        value={values.homepage}
        error={error('homepage')}
      />
      <Field
        id="accreditation"
        label={t('console.register.providers.accreditation')}
        error={error('accreditation')}
      >
        <select id="accreditation" name="accreditation">
          {(['accredited', 'pending', 'not_accredited', 'unknown'] as const).map((code) => (
            <option value={code} selected={(values.accreditation ?? 'unknown') === code}>
              {
                {
                  accredited: t('console.register.providers.accredited'),
                  pending: t('console.register.providers.accreditationPending'),
                  not_accredited: t('console.register.providers.notAccredited'),
                  unknown: t('console.register.providers.accreditationUnknown'),
                }[code]
              }
            </option>
          ))}
        </select>
      </Field>
      <Field
        id="accreditedBy"
        label={t('console.register.providers.accreditedBy')}
        value={values.accreditedBy}
        error={error('accreditedBy')}
      />
      <Field
        id="decisionUrl"
        type="url"
        label={t('console.register.providers.decisionUrl')}
        value={values.decisionUrl}
        error={error('decisionUrl')}
      />
    </>
  );
}
