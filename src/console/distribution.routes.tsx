import type { Hono } from 'hono';
import QRCode from 'qrcode';
import type { ContactIssue } from '../distribution/index.ts';
import { addContacts, enqueueInvitations, readContactList } from '../distribution/index.ts';
import { formatDateTime, languageName } from '../i18n/index.ts';
import { resolveText } from '../questionnaire/index.ts';
import type { Catalog } from '../respondent/index.ts';
import type { MessageStatus, QuestionnaireRow, StudyRow } from '../store/index.ts';
import {
  contactCounts,
  findQuestionnaire,
  givenUpMails,
  listQuestionnaires,
  messageCounts,
  messageLog,
  recordAudit,
  reminderPlan,
  setReminderPlan,
} from '../store/index.ts';
import { readConsoleForm } from './form.ts';
import type { ConsoleContext, ConsoleEnv, ConsoleKit } from './kit.tsx';
import { contactIssueKey } from './labels.ts';
import type { ConsoleKey, ConsoleTranslate } from './messages/index.ts';
import { ConsoleProblem } from './problem.ts';
import { studyUrl } from './studies.routes.tsx';
import { maxUploadBytes, uploadTooLarge } from './uploads.ts';
import type { FieldIssue } from './views/layout.tsx';
import { ConsoleLayout, Csrf, IssueSummary, UploadForm } from './views/layout.tsx';
import { sendConsolePage } from './views/send.ts';

export const maxContacts = 100_000;

/** Open links with QR codes, contact lists, invitations, reminders, and what was sent. */
export function distributionRoutes(app: Hono<ConsoleEnv>, kit: ConsoleKit, catalog: Catalog): void {
  const { options } = kit;
  const { store } = options;
  const base = (study: StudyRow) => `${studyUrl(study.slug)}/distribution`;
  const openLink = (lang: string, study: string, q: string) => `${options.publicUrl}/${lang}/s/${study}/${q}`;

  /** The study's questionnaires that respondents can reach (they have a published version). */
  const instruments = async (study: StudyRow) => {
    const out: { row: QuestionnaireRow; languages: readonly string[]; title: string }[] = [];
    for (const row of await listQuestionnaires(store.db, study.id)) {
      const ref = await catalog.find(study.slug, row.slug);
      if (ref === undefined) continue;
      const def = ref.model.definition;
      out.push({
        row,
        languages: def.languages,
        title: resolveText(def.title, def.fallbackLanguage, def.fallbackLanguage),
      });
    }
    return out;
  };

  const page = async (
    c: ConsoleContext,
    state: { issues?: FieldIssue[]; notice?: string } = {},
    status: 200 | 422 = 200,
  ) => {
    const study = kit.studyOf(c);
    const t = kit.t(c);
    const csrf = kit.csrfFor(c);
    const list = await instruments(study);
    const rows = await Promise.all(
      list.map(async (i) => ({
        ...i,
        counts: await contactCounts(store.db, i.row.id),
        messages: await messageCounts(store.db, i.row.id),
        givenUp: await givenUpMails(store.db, i.row.id),
        plan: await reminderPlan(store.db, i.row.id),
      })),
    );
    /** Attempts that ended as `status`. */
    const n = (messages: { status: MessageStatus; n: number }[], status: MessageStatus) =>
      messages.filter((m) => m.status === status).reduce((a, m) => a + m.n, 0);
    return sendConsolePage(
      c,
      <ConsoleLayout
        frame={kit.studyFrame(c, study)}
        title={t('console.distribution.title')}
        hasErrors={(state.issues?.length ?? 0) > 0}
      >
        <h1>{t('console.distribution.title')}</h1>
        <IssueSummary t={t} issues={state.issues ?? []} />
        {state.notice !== undefined && (
          <div class="panel" role="status">
            <p>{state.notice}</p>
          </div>
        )}
        <h2>{t('console.distribution.openLinks')}</h2>
        <p>{t('console.distribution.openLinksHint')}</p>
        {rows.map((i) => (
          <section aria-labelledby={`open-${i.row.slug}`}>
            <h3 id={`open-${i.row.slug}`}>{i.title}</h3>
            <ul class="items">
              {i.languages.map((l) => (
                <li>
                  <span lang={l}>{languageName(l)}</span>: <code>{openLink(l, study.slug, i.row.slug)}</code>{' '}
                  <a href={`${base(study)}/qr/${i.row.slug}/${l}.svg`}>
                    {t('console.distribution.qr')}
                    <span class="visually-hidden">
                      {' '}
                      {i.title} {languageName(l)}
                    </span>
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ))}

        <h2>{t('console.distribution.invitations')}</h2>
        <table class="table">
          <caption class="visually-hidden">{t('console.distribution.invitations')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('console.study.questionnaire')}</th>
              <th scope="col" class="numeric">
                {t('console.distribution.contacts')}
              </th>
              <th scope="col" class="numeric">
                {t('console.distribution.invited')}
              </th>
              <th scope="col" class="numeric">
                {t('console.study.started')}
              </th>
              <th scope="col" class="numeric">
                {t('console.study.completed')}
              </th>
              <th scope="col" class="numeric">
                {t('console.distribution.unsubscribed')}
              </th>
              <th scope="col" class="numeric">
                {t('console.distribution.sent')}
              </th>
              <th scope="col" class="numeric">
                {t('console.distribution.failed')}
              </th>
              <th scope="col">{t('console.distribution.reminders')}</th>
              <th scope="col">{t('console.members.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((i) => (
              <tr>
                <th scope="row">{i.row.slug}</th>
                <td class="numeric">{i.counts.contacts}</td>
                <td class="numeric">{i.counts.invited}</td>
                <td class="numeric">{i.counts.started}</td>
                <td class="numeric">{i.counts.completed}</td>
                <td class="numeric">{i.counts.unsubscribed}</td>
                <td class="numeric">{n(i.messages, 'sent')}</td>
                <td class="numeric">
                  <a href={`${base(study)}/messages/${i.row.slug}`}>
                    {i.givenUp}
                    <span class="visually-hidden"> {t('console.distribution.log')}</span>
                  </a>
                </td>
                <td>
                  <form method="post" action={`${base(study)}/reminders/${i.row.slug}`} class="inline-form">
                    <Csrf value={csrf} />
                    <label for={`rem-${i.row.slug}`} class="visually-hidden">
                      {t('console.distribution.remindersLabel', { questionnaire: i.row.slug })}
                    </label>
                    <input
                      id={`rem-${i.row.slug}`}
                      name="days"
                      value={i.plan.join(', ')}
                      size={8}
                      inputmode="numeric"
                    />
                    <button type="submit" class="button button-secondary">
                      {t('console.distribution.remindersSave')}
                      <span class="visually-hidden"> {i.row.slug}</span>
                    </button>
                  </form>
                </td>
                <td>
                  <form method="post" action={`${base(study)}/invite/${i.row.slug}`}>
                    <Csrf value={csrf} />
                    <button type="submit" class="button">
                      {t('console.distribution.send')}
                      <span class="visually-hidden"> {i.row.slug}</span>
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p class="hint">{t('console.distribution.remindersHint')}</p>
        {options.mailer === undefined && <p class="note">{t('console.distribution.noSmtp')}</p>}

        <h2>{t('console.distribution.upload')}</h2>
        <p>{t('console.distribution.uploadHint')}</p>
        <UploadForm
          action={`${base(study)}/contacts`}
          csrf={kit.csrfFor(c)}
          label={t('console.distribution.file')}
          accept=".csv,.xlsx"
          submit={t('console.draft.uploadSubmit')}
        />
      </ConsoleLayout>,
      status,
    );
  };

  const audit = (c: ConsoleContext, study: StudyRow, action: string, detail: Record<string, unknown>) => {
    const p = kit.principalOf(c);
    return { accountId: p.account.id, actor: p.account.name, studyId: study.id, action, detail };
  };

  const rule = { kind: 'study', permission: 'distribution.manage' } as const;

  kit.route(app, 'GET', '/console/s/:study/distribution', rule, (c) => page(c));

  kit.route(app, 'GET', '/console/s/:study/distribution/qr/:q/:file', rule, async (c) => {
    const study = kit.studyOf(c);
    const m = /^([a-z]{2})\.svg$/.exec(c.req.param('file') ?? '');
    const ref = m === null ? undefined : await catalog.find(study.slug, c.req.param('q') ?? '');
    if (m === null || ref === undefined || !ref.model.definition.languages.includes(m[1]!))
      throw ConsoleProblem.notFound();
    const svg = await QRCode.toString(openLink(m[1]!, study.slug, ref.row.slug), {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 4,
    });
    c.header('Content-Type', 'image/svg+xml; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="${study.slug}-${ref.row.slug}-${m[1]}.svg"`);
    c.header('Cache-Control', 'no-store');
    return c.body(svg);
  });

  kit.route(app, 'POST', '/console/s/:study/distribution/contacts', rule, async (c) => {
    const form = await readConsoleForm(c, kit);
    const study = kit.studyOf(c);
    const t = kit.t(c);
    const file = form.files.file;
    if (file === undefined)
      return page(c, { issues: [{ field: 'file', message: t('console.draft.noFile') }] }, 422);
    if (file.size > maxUploadBytes)
      return page(c, { issues: [{ field: 'file', message: uploadTooLarge(t) }] }, 422);
    const list = await instruments(study);
    const read = await readContactList(new Uint8Array(await file.arrayBuffer()), {
      instruments: new Map(list.map((i) => [i.row.slug, i.languages])),
      maxRows: maxContacts,
    });
    if (!read.ok)
      return page(
        c,
        {
          issues: read.issues.slice(0, 100).map((i) => ({ field: 'file', message: contactIssueText(t, i) })),
        },
        422,
      );
    const bySlug = new Map(list.map((i) => [i.row.slug, i.row.id]));
    let added = 0;
    await store.db.transaction().execute(async (trx) => {
      added = await addContacts(trx, options.secret, bySlug, read.lines);
      await recordAudit(trx, audit(c, study, 'contacts.import', { rows: read.lines.length, added }));
    });
    return page(c, {
      notice: t('console.distribution.imported', { added, skipped: read.lines.length - added }),
    });
  });

  const questionnaireOf = async (c: ConsoleContext) => {
    const study = kit.studyOf(c);
    const q = await findQuestionnaire(store.db, study.id, c.req.param('q') ?? '');
    if (q === undefined) throw ConsoleProblem.notFound();
    return { study, q };
  };

  kit.route(app, 'POST', '/console/s/:study/distribution/invite/:q', rule, async (c) => {
    await readConsoleForm(c, kit);
    const { study, q } = await questionnaireOf(c);
    const t = kit.t(c);
    if ((await catalog.find(study.slug, q.slug)) === undefined) throw ConsoleProblem.notFound();
    const queued = await enqueueInvitations(store, q.id, options.now());
    if (queued === 'closed') return page(c, { notice: t('console.distribution.closed') });
    await recordAudit(store.db, audit(c, study, 'invitations.send', { questionnaire: q.slug, queued }));
    return page(c, { notice: t('console.distribution.queued', { count: queued }) });
  });

  kit.route(app, 'POST', '/console/s/:study/distribution/reminders/:q', rule, async (c) => {
    const form = await readConsoleForm(c, kit);
    const { study, q } = await questionnaireOf(c);
    const t = kit.t(c);
    const text = form.value('days');
    const days =
      text === ''
        ? []
        : text
            .split(/[\s,;]+/)
            .filter(Boolean)
            .map(Number);
    if (days.some((d) => !Number.isInteger(d) || d < 0 || d > 90) || days.length > 10)
      return page(
        c,
        { issues: [{ field: `rem-${q.slug}`, message: t('console.distribution.remindersInvalid') }] },
        422,
      );
    await store.db.transaction().execute(async (trx) => {
      await setReminderPlan(trx, q.id, days);
      await recordAudit(trx, audit(c, study, 'reminders.plan', { questionnaire: q.slug, daysBefore: days }));
    });
    return kit.redirect(c, base(study));
  });

  kit.route(app, 'GET', '/console/s/:study/distribution/messages/:q', rule, async (c) => {
    const { study, q } = await questionnaireOf(c);
    const t = kit.t(c);
    const log = await messageLog(store.db, q.id, 200);
    const title = t('console.distribution.logTitle', { questionnaire: q.slug });
    return sendConsolePage(
      c,
      <ConsoleLayout
        frame={kit.studyFrame(c, study, [{ href: base(study), label: t('console.distribution.title') }])}
        title={title}
      >
        <h1>{title}</h1>
        {log.length === 0 ? (
          <p>{t('console.distribution.logEmpty')}</p>
        ) : (
          <table class="table">
            <caption class="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('console.audit.when')}</th>
                <th scope="col">{t('console.login.email')}</th>
                <th scope="col">{t('console.distribution.kind')}</th>
                <th scope="col">{t('console.study.status')}</th>
                <th scope="col" class="numeric">
                  {t('console.distribution.attempt')}
                </th>
                <th scope="col">{t('console.audit.detail')}</th>
              </tr>
            </thead>
            <tbody>
              {log.map((m) => (
                <tr class={m.status === 'failed' || m.status === 'refused' ? 'attention' : undefined}>
                  <td>{formatDateTime(t.lang, m.at, study.time_zone)}</td>
                  <td>{m.email}</td>
                  <td>{mailKindText(t, m.kind)}</td>
                  <td>{t(statusKeys[m.status])}</td>
                  <td class="numeric">{m.attempt}</td>
                  <td>{m.error ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </ConsoleLayout>,
    );
  });
}

/** What became of an attempt at an e-mail, in words. */
const statusKeys: Readonly<Record<MessageStatus, ConsoleKey>> = {
  sent: 'console.distribution.status.sent',
  failed: 'console.distribution.status.failed',
  refused: 'console.distribution.status.refused',
  closed: 'console.distribution.status.closed',
  skipped: 'console.distribution.status.skipped',
};

/** A message's kind in the console's language; a kind this version does not know, as stored. */
function mailKindText(t: ConsoleTranslate, kind: string): string {
  if (kind === 'invitation') return t('console.distribution.kind.invitation');
  if (kind === 'reminder') return t('console.distribution.kind.reminder');
  return kind;
}

function contactIssueText(t: ConsoleTranslate, issue: ContactIssue): string {
  return t('console.distribution.issue', {
    row: issue.row,
    column: issue.column ?? '',
    message: t(contactIssueKey[issue.code], { detail: issue.detail ?? '' }),
  });
}
