import type { Hono } from 'hono';
import { formatDateTime, isUiLanguage, languageName, languageNames, uiLanguages } from '../i18n/index.ts';
import { isEmailAddress } from '../mail/index.ts';
import { scheduleAt } from '../respondent/index.ts';
import type { Role } from '../store/index.ts';
import {
  auditEvents,
  ensureAccount,
  findAccount,
  listQuestionnaires,
  listStudies,
  membersOf,
  parseRowId,
  providersOfAccount,
  recordAudit,
  removeMembership,
  responseCounts,
  setMembership,
} from '../store/index.ts';
import { grants, isCurator, roleIn, roles } from './access.ts';
import { createAccountLink } from './auth.routes.tsx';
import { formIssues, readConsoleForm } from './form.ts';
import type { ConsoleContext, ConsoleEnv, ConsoleKit } from './kit.tsx';
import { studyTitle } from './kit.tsx';
import { roleKey, statusKey } from './labels.ts';
import type { ConsoleTranslate } from './messages/index.ts';
import { ConsoleProblem } from './problem.ts';
import { clipText } from './stored-text.ts';
import type { FieldIssue } from './views/layout.tsx';
import { ConsoleLayout, Csrf, Field, IssueSummary, UploadForm } from './views/layout.tsx';
import { sendConsolePage } from './views/send.ts';

export const studyUrl = (slug: string) => `/console/s/${slug}`;
export const questionnaireUrl = (study: string, q: string) => `/console/s/${study}/q/${q}`;

export function studyRoutes(app: Hono<ConsoleEnv>, kit: ConsoleKit): void {
  const { options } = kit;
  const { store } = options;

  const when = (t: ConsoleTranslate, date: Date | null, zone: string) =>
    date === null ? t('console.schedule.none') : formatDateTime(t.lang, date, zone);

  kit.route(app, 'GET', '/console', { kind: 'signedIn' }, async (c) => {
    const principal = kit.principalOf(c);
    const t = kit.t(c);
    const visible = (await listStudies(store.db)).filter(
      (s) => roleIn(principal.memberships, s.id) !== undefined,
    );
    const providers = await providersOfAccount(store.db, principal.account.id);
    const curator = isCurator(principal.memberships);
    return sendConsolePage(
      c,
      <ConsoleLayout frame={kit.frame(c, [], false)} title={t('console.studies.title')}>
        <h1>{t('console.studies.title')}</h1>
        {(curator || providers.length > 0) && (
          <section aria-labelledby="register-heading">
            <h2 id="register-heading">{t('console.register.title')}</h2>
            <ul class="links">
              {curator && (
                <li>
                  <a href="/console/register">{t('console.register.home')}</a>
                </li>
              )}
              {providers.map((p) => (
                <li>
                  <a href={`/console/provider/${p.id}`}>{p.name}</a>
                </li>
              ))}
            </ul>
          </section>
        )}
        {visible.length === 0 && providers.length > 0 ? null : visible.length === 0 ? (
          <p>{t('console.studies.none')}</p>
        ) : (
          <ul class="links">
            {visible.map((s) => (
              <li>
                <a href={studyUrl(s.slug)}>{studyTitle(s, t.lang)}</a>{' '}
                <span class="meta">{t(roleKey[roleIn(principal.memberships, s.id)!.role])}</span>
              </li>
            ))}
          </ul>
        )}
      </ConsoleLayout>,
    );
  });

  kit.route(app, 'GET', '/console/s/:study', { kind: 'study', permission: 'study.view' }, async (c) => {
    const study = kit.studyOf(c);
    const membership = c.get('membership')!;
    const t = kit.t(c);
    const may = (p: (typeof grants)['owner'][number]) => grants[membership.role].includes(p);
    const now = options.now();
    const counts = await responseCounts(store.db, study.id);
    const rows = await listQuestionnaires(store.db, study.id);
    const title = studyTitle(study, t.lang);
    return sendConsolePage(
      c,
      <ConsoleLayout frame={kit.frame(c)} title={title}>
        <h1>{title}</h1>
        <p class="meta">
          {t('console.study.yourRole', { role: t(roleKey[membership.role]) })} ·{' '}
          {t('console.study.timeZone', { zone: study.time_zone })}
        </p>
        <h2>{t('console.study.questionnaires')}</h2>
        <table class="table">
          <caption class="visually-hidden">{t('console.study.questionnaires')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('console.study.questionnaire')}</th>
              <th scope="col">{t('console.study.status')}</th>
              <th scope="col">{t('console.schedule.opens')}</th>
              <th scope="col">{t('console.schedule.closes')}</th>
              <th scope="col" class="numeric">
                {t('console.study.started')}
              </th>
              <th scope="col" class="numeric">
                {t('console.study.completed')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((q) => {
              const n = counts.get(q.id) ?? { started: 0, completed: 0 };
              return (
                <tr>
                  <th scope="row">
                    {may('questionnaire.view') ? (
                      <a href={questionnaireUrl(study.slug, q.slug)}>{q.slug}</a>
                    ) : (
                      q.slug
                    )}
                  </th>
                  <td>{t(statusKey[scheduleAt(q, now)])}</td>
                  <td>{when(t, q.opens_at, study.time_zone)}</td>
                  <td>{when(t, q.closes_at, study.time_zone)}</td>
                  <td class="numeric">{n.started}</td>
                  <td class="numeric">{n.completed}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {may('questionnaire.edit') && (
          <UploadForm
            action={`${studyUrl(study.slug)}/questionnaires`}
            csrf={kit.csrfFor(c)}
            label={t('console.study.newQuestionnaire')}
            hint={t('console.study.newHint')}
            accept=".xlsx,.yaml,.yml,.json"
            submit={t('console.draft.uploadSubmit')}
          />
        )}
        <ul class="links">
          {may('members.manage') && (
            <li>
              <a href={`${studyUrl(study.slug)}/members`}>{t('console.members.title')}</a>
            </li>
          )}
          {may('results.view') && (
            <li>
              <a href={`${studyUrl(study.slug)}/results`}>{t('console.results.link')}</a>
            </li>
          )}
          {may('export.run') && (
            <li>
              <a href={`${studyUrl(study.slug)}/exports`}>{t('console.exports.link')}</a>
            </li>
          )}
          {may('monitor.view') && (
            <li>
              <a href={`${studyUrl(study.slug)}/monitor`}>{t('console.monitor.title')}</a>
            </li>
          )}
          {may('distribution.manage') && (
            <li>
              <a href={`${studyUrl(study.slug)}/distribution`}>{t('console.distribution.title')}</a>
            </li>
          )}
          {may('audit.view') && (
            <li>
              <a href={`${studyUrl(study.slug)}/audit`}>{t('console.audit.title')}</a>
            </li>
          )}
        </ul>
      </ConsoleLayout>,
    );
  });

  // Members

  const membersPage = async (
    c: ConsoleContext,
    state: { issues?: FieldIssue[]; link?: string | undefined; values?: Record<string, string> } = {},
    status: 200 | 422 = 200,
  ) => {
    const study = kit.studyOf(c);
    const t = kit.t(c);
    const members = await membersOf(store.db, study.id);
    const csrf = kit.csrfFor(c);
    const v = state.values ?? {};
    const err = (field: string) => state.issues?.find((i) => i.field === field)?.message;
    return sendConsolePage(
      c,
      <ConsoleLayout
        frame={kit.studyFrame(c, study)}
        title={t('console.members.title')}
        hasErrors={(state.issues?.length ?? 0) > 0}
      >
        <h1>{t('console.members.title')}</h1>
        <IssueSummary t={t} issues={state.issues ?? []} />
        {state.link !== undefined && (
          <div class="panel" role="status">
            <p>{t('console.members.linkCreated')}</p>
            <p class="code">{state.link}</p>
          </div>
        )}
        <table class="table">
          <caption class="visually-hidden">{t('console.members.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('console.account.name')}</th>
              <th scope="col">{t('console.login.email')}</th>
              <th scope="col">{t('console.members.role')}</th>
              <th scope="col">{t('console.members.languages')}</th>
              <th scope="col">{t('console.members.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr>
                <th scope="row">
                  {m.name}
                  {!m.active && <span class="meta"> ({t('console.members.pending')})</span>}
                </th>
                <td>{m.email}</td>
                <td>
                  {t(roleKey[m.role])}
                  {m.everyStudy && <span class="meta"> ({t('console.members.everyStudy')})</span>}
                </td>
                <td>{m.languages.map((l) => languageName(l)).join(', ')}</td>
                <td>
                  {!m.everyStudy && (
                    <form method="post" action={`${studyUrl(study.slug)}/members/${m.accountId}/remove`}>
                      <Csrf value={csrf} />
                      <button type="submit" class="button button-secondary">
                        {t('console.members.remove')}
                        <span class="visually-hidden"> {m.name}</span>
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2>{t('console.members.add')}</h2>
        <p>{t('console.members.addHint')}</p>
        <form method="post" action={`${studyUrl(study.slug)}/members`} novalidate>
          <Csrf value={csrf} />
          <Field
            id="name"
            label={t('console.account.name')}
            value={v.name}
            error={err('name')}
            autocomplete="off"
          />
          <Field
            id="email"
            label={t('console.login.email')}
            type="email"
            value={v.email}
            error={err('email')}
            autocomplete="off"
          />
          <Field id="role" label={t('console.members.role')} error={err('role')}>
            <select id="role" name="role">
              {roles.map((r) => (
                <option value={r} selected={v.role === r}>
                  {t(roleKey[r])}
                </option>
              ))}
            </select>
          </Field>
          <fieldset class="field">
            <legend>{t('console.members.languages')}</legend>
            <p class="hint">{t('console.members.languagesHint')}</p>
            <div class="choices choices-inline">
              {uiLanguages.map((l) => (
                <div class="choice">
                  <input type="checkbox" id={`lang-${l}`} name="languages" value={l} />
                  <label for={`lang-${l}`}>{languageNames[l]}</label>
                </div>
              ))}
            </div>
          </fieldset>
          <div class="actions">
            <button type="submit" class="button">
              {t('console.members.addSubmit')}
            </button>
          </div>
        </form>
      </ConsoleLayout>,
      status,
    );
  };

  kit.route(app, 'GET', '/console/s/:study/members', { kind: 'study', permission: 'members.manage' }, (c) =>
    membersPage(c),
  );

  kit.route(
    app,
    'POST',
    '/console/s/:study/members',
    { kind: 'study', permission: 'members.manage' },
    async (c) => {
      const form = await readConsoleForm(c, kit, { fieldIssues: true });
      const study = kit.studyOf(c);
      const t = kit.t(c);
      const principal = kit.principalOf(c);
      const name = clipText(form.value('name'), 200);
      const email = clipText(form.value('email').toLowerCase(), 320);
      const role = form.value('role') as Role;
      const languages = (form.fields.languages ?? []).filter(isUiLanguage);
      const issues: FieldIssue[] = [];
      if (name === '') issues.push({ field: 'name', message: t('console.account.nameMissing') });
      if (!isEmailAddress(email)) issues.push({ field: 'email', message: t('console.account.emailInvalid') });
      if (!(roles as readonly string[]).includes(role))
        issues.push({ field: 'role', message: t('console.members.roleInvalid') });
      if (role === 'translator' && languages.length === 0)
        issues.push({ field: 'lang-en', message: t('console.members.languagesMissing') });
      const all = formIssues(form, t, issues);
      if (all.length > 0) return membersPage(c, { issues: all, values: { name, email, role } }, 422);
      const now = options.now();
      const link = await store.db.transaction().execute(async (trx) => {
        const { account, created } = await ensureAccount(trx, { email, name, language: t.lang });
        await setMembership(trx, { accountId: account.id, studyId: study.id, role, languages });
        await recordAudit(trx, {
          accountId: principal.account.id,
          actor: principal.account.name,
          studyId: study.id,
          action: 'member.set',
          detail: { account: account.id, role, languages },
        });
        return created || account.password_hash === null ? account.id : undefined;
      });
      // A new person sets their own password through a link the owner passes on (or that is e-mailed).
      const url =
        link === undefined ? undefined : await createAccountLink(store, options.publicUrl, link, now);
      if (url !== undefined && options.mailer !== undefined) {
        await options.mailer
          .send({
            to: email,
            subject: t('console.members.mailSubject'),
            text: t('console.members.mailBody', { url, name }),
          })
          .catch((err: unknown) => options.logger.warn({ err }, 'the account link could not be e-mailed'));
      }
      return membersPage(c, { link: url });
    },
  );

  kit.route(
    app,
    'POST',
    '/console/s/:study/members/:account/remove',
    { kind: 'study', permission: 'members.manage' },
    async (c) => {
      await readConsoleForm(c, kit);
      const study = kit.studyOf(c);
      const principal = kit.principalOf(c);
      const accountId = parseRowId(c.req.param('account'));
      const account = accountId === undefined ? undefined : await findAccount(store.db, accountId);
      if (accountId === undefined || account === undefined) throw ConsoleProblem.notFound();
      const owners = (await membersOf(store.db, study.id)).filter(
        (m) => m.role === 'owner' && m.accountId !== accountId,
      );
      if (owners.length === 0) throw new ConsoleProblem(409, 'console.members.lastOwner');
      await store.db.transaction().execute(async (trx) => {
        await removeMembership(trx, accountId, study.id);
        await recordAudit(trx, {
          accountId: principal.account.id,
          actor: principal.account.name,
          studyId: study.id,
          action: 'member.remove',
          detail: { account: accountId },
        });
      });
      return kit.redirect(c, `${studyUrl(study.slug)}/members`);
    },
  );

  kit.route(app, 'GET', '/console/s/:study/audit', { kind: 'study', permission: 'audit.view' }, async (c) => {
    const study = kit.studyOf(c);
    const t = kit.t(c);
    const before = Number(c.req.query('before'));
    const events = await auditEvents(store.db, study.id, {
      limit: 100,
      before: Number.isSafeInteger(before) && before > 0 ? before : undefined,
    });
    return sendConsolePage(
      c,
      <ConsoleLayout frame={kit.studyFrame(c, study)} title={t('console.audit.title')}>
        <h1>{t('console.audit.title')}</h1>
        {events.length === 0 ? (
          <p>{t('console.audit.none')}</p>
        ) : (
          <table class="table">
            <caption class="visually-hidden">{t('console.audit.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('console.audit.when')}</th>
                <th scope="col">{t('console.audit.who')}</th>
                <th scope="col">{t('console.audit.what')}</th>
                <th scope="col">{t('console.audit.detail')}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr>
                  <td>{formatDateTime(t.lang, e.at, study.time_zone)}</td>
                  <td>{e.actor}</td>
                  <td>
                    <code>{e.action}</code>
                  </td>
                  <td>
                    <code class="detail">{JSON.stringify(e.detail)}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {events.length === 100 && (
          <p>
            <a href={`?before=${events[events.length - 1]!.id}`}>{t('console.audit.older')}</a>
          </p>
        )}
      </ConsoleLayout>,
    );
  });
}
