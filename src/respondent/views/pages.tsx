import type { Translate } from '../../i18n/index.ts';
import type { Question } from '../../questionnaire/index.ts';
import { labelOf } from '../../questionnaire/index.ts';
import type { QuestionnaireUrls } from '../urls.ts';
import type { Assets } from './layout.tsx';
import { Layout, Paragraphs } from './layout.tsx';
import type { ShownIssue } from './parts.tsx';
import { BackLink, ErrorSummary, FormGuard } from './parts.tsx';
import type { FieldContext } from './questions.tsx';
import { CodeField, invalid, QuestionView } from './questions.tsx';

/** What every questionnaire page shares: language, words, where it is, what it is part of. */
export interface PageFrame {
  readonly lang: string;
  readonly t: Translate;
  readonly assets: Assets;
  /** This page's path, with `?from=check` when it has it: the language switcher keeps the way back. */
  readonly path: string;
  readonly languages: readonly string[];
  /** The questionnaire's title, shown in the header and the browser tab. */
  readonly heading: string;
  readonly privacyUrl: string;
  readonly contactEmail: string;
}

function Frame(props: { frame: PageFrame; title: string; hasErrors?: boolean; children?: unknown }) {
  const { frame } = props;
  return (
    <Layout
      lang={frame.lang}
      t={frame.t}
      title={props.title}
      hasErrors={props.hasErrors ?? false}
      path={frame.path}
      languages={frame.languages}
      heading={frame.heading}
      footer={{ privacy: frame.privacyUrl, contact: frame.contactEmail }}
      assets={frame.assets}
    >
      {props.children as never}
    </Layout>
  );
}

export interface LandingProps {
  readonly frame: PageFrame;
  readonly urls: QuestionnaireUrls;
  readonly title: string;
  readonly audience: string;
  readonly description: string;
  readonly minutes: number;
  readonly closes: string | undefined;
  readonly confidentiality: string;
  readonly note: string | undefined;
  readonly contactName: string;
  readonly startUrl: string;
  /** The respondent has a response in progress here. */
  readonly continueUrl?: string;
  /** The respondent has completed, with this receipt. */
  readonly receipt?: string;
  readonly csrf: string;
}

export function LandingPage(p: LandingProps) {
  const { t } = p.frame;
  return (
    <Frame frame={p.frame} title={p.title}>
      <h1>{p.title}</h1>
      {p.receipt !== undefined && (
        <div class="notice" role="status">
          <p>{t('landing.completed', { receipt: p.receipt })}</p>
          <form method="post" action={p.urls.restart()}>
            <FormGuard csrf={p.csrf} />
            <button type="submit" class="button button-secondary">
              {t('landing.startAgain')}
            </button>
          </form>
        </div>
      )}
      <h2>{t('landing.audience')}</h2>
      <Paragraphs text={p.audience} />
      <h2>{t('landing.about')}</h2>
      <Paragraphs text={p.description} />
      <p>
        <strong>{t('landing.time', { minutes: p.minutes })}</strong>
        {p.closes !== undefined && <> {t('landing.closes', { date: p.closes })}</>}
      </p>
      <h2>{t('landing.confidential')}</h2>
      <Paragraphs text={p.confidentiality} />
      <p>{t('landing.saving')}</p>
      {p.note !== undefined && (
        <div class="note">
          <Paragraphs text={p.note} />
        </div>
      )}
      {p.receipt === undefined && (
        <p class="actions">
          {p.continueUrl !== undefined ? (
            <a class="button" href={p.continueUrl}>
              {t('landing.continue')}
            </a>
          ) : (
            <a class="button button-start" href={p.startUrl}>
              {t('landing.start')}
            </a>
          )}
        </p>
      )}
      <ul class="links">
        <li>
          <a href={p.urls.resume()}>{t('landing.resume')}</a>
        </li>
        <li>
          <a href={p.frame.privacyUrl}>{t('landing.privacy')}</a>
        </li>
      </ul>
      <p>{t('landing.contact', { name: p.contactName, email: p.frame.contactEmail })}</p>
    </Frame>
  );
}

export interface QuestionPageProps {
  readonly frame: PageFrame;
  /** The page heading when it holds several questions. */
  readonly title: string | undefined;
  readonly questions: readonly { q: Question; required: boolean }[];
  readonly ctx: Omit<FieldContext, 'isHeading' | 'required'>;
  readonly issues: readonly ShownIssue[];
  readonly action: string;
  readonly backUrl: string | undefined;
  readonly progress: { current: number; total: number };
  readonly csrf: string;
  readonly renderedAt: number;
  /** A page of a repeat item: the item it belongs to, as the form carries it (`_item`). */
  readonly item?: string | undefined;
  /** Text heading an item of a repeat group ("Microcredential 2: Data literacy"). */
  readonly caption?: string;
}

export function QuestionPage(p: QuestionPageProps) {
  const { t } = p.frame;
  const answerable = p.questions.filter(({ q }) => q.type !== 'info' && q.type !== 'calculate');
  const shown = p.questions.filter(({ q }) => q.type !== 'calculate');
  // One question and no page title: its label is the page's h1 (and its title).
  const single =
    p.title === undefined && answerable.length === 1 && shown.length === 1 ? answerable[0] : undefined;
  const onlyInfo = p.title === undefined && answerable.length === 0 && shown.length === 1;
  const title =
    p.title ?? (single !== undefined || onlyInfo ? p.ctx.text(labelOf(shown[0]!.q)) : p.frame.heading);
  return (
    <Frame frame={p.frame} title={title} hasErrors={p.issues.length > 0}>
      <BackLink href={p.backUrl} t={t} />
      <ErrorSummary issues={p.issues} t={t} />
      <p class="progress">{t('page.progress', p.progress)}</p>
      {p.caption !== undefined && <p class="caption">{p.caption}</p>}
      <form method="post" action={p.action} novalidate>
        <FormGuard csrf={p.csrf} renderedAt={p.renderedAt} honeypotLabel={p.frame.t('page.honeypot')} />
        {p.item !== undefined && <input type="hidden" name="_item" value={p.item} />}
        {single === undefined && !onlyInfo && <h1>{title}</h1>}
        {shown.map(({ q, required }) => (
          <QuestionView q={q} ctx={{ ...p.ctx, isHeading: single?.q === q || onlyInfo, required }} />
        ))}
        <div class="actions">
          <button type="submit" class="button" name="_action" value="continue">
            {t('page.continue')}
          </button>
          <button type="submit" class="button button-secondary" name="_action" value="save">
            {t('page.save')}
          </button>
        </div>
      </form>
    </Frame>
  );
}

export interface SummaryProps {
  readonly frame: PageFrame;
  readonly urls: QuestionnaireUrls;
  readonly groupId: string;
  readonly title: string;
  readonly question: string;
  readonly items: readonly { label: string; changeUrl: string; removeUrl: string }[];
  readonly canAdd: boolean;
  readonly max: number;
  readonly issues: readonly ShownIssue[];
  readonly backUrl: string | undefined;
  readonly csrf: string;
  readonly renderedAt: number;
}

/** A repeat group's items, with change and remove, and "add another?". */
export function SummaryPage(p: SummaryProps) {
  const { t } = p.frame;
  const error = p.issues[0]?.message;
  return (
    <Frame frame={p.frame} title={p.title} hasErrors={p.issues.length > 0}>
      <BackLink href={p.backUrl} t={t} />
      <ErrorSummary issues={p.issues} t={t} />
      <h1>{p.title}</h1>
      {p.items.length === 0 ? (
        <p>{t('repeat.none')}</p>
      ) : (
        <ol class="items">
          {p.items.map((item) => (
            <li>
              <span class="item-label">{item.label}</span>
              <span class="item-actions">
                <a href={item.changeUrl}>
                  {t('repeat.change')}
                  <span class="visually-hidden"> {item.label}</span>
                </a>
                <a href={item.removeUrl}>
                  {t('repeat.remove')}
                  <span class="visually-hidden"> {item.label}</span>
                </a>
              </span>
            </li>
          ))}
        </ol>
      )}
      <form method="post" action={p.urls.summary(p.groupId)} novalidate>
        <FormGuard csrf={p.csrf} renderedAt={p.renderedAt} honeypotLabel={p.frame.t('page.honeypot')} />
        {p.canAdd ? (
          <div class={`field${error !== undefined ? ' field-error' : ''}`}>
            <fieldset aria-describedby={error !== undefined ? 'addAnother-error' : undefined}>
              <legend class="question">{p.question}</legend>
              {error !== undefined && (
                <p class="error-message" id="addAnother-error">
                  <span class="visually-hidden">{t('layout.errorPrefix')}</span> {error}
                </p>
              )}
              <div class="choices choices-inline">
                {(
                  [
                    ['f-addAnother', 'yes', t('repeat.yes')],
                    ['f-addAnother--1', 'no', t('repeat.no')],
                  ] as const
                ).map(([id, value, label]) => (
                  <div class="choice">
                    <input
                      type="radio"
                      id={id}
                      name="addAnother"
                      value={value}
                      aria-invalid={invalid(error)}
                    />
                    <label for={id}>{label}</label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
        ) : (
          <p>{t('repeat.max', { max: p.max })}</p>
        )}
        <div class="actions">
          <button type="submit" class="button">
            {t('page.continue')}
          </button>
        </div>
      </form>
    </Frame>
  );
}

export function RemovePage(p: {
  frame: PageFrame;
  item: string;
  /** The item's key, so that the item removed is this one even if others moved meanwhile. */
  itemKey: string | undefined;
  action: string;
  cancelUrl: string;
  csrf: string;
}) {
  const { t } = p.frame;
  const title = t('repeat.remove.title', { item: p.item });
  return (
    <Frame frame={p.frame} title={title}>
      <BackLink href={p.cancelUrl} t={t} />
      <h1>{title}</h1>
      <form method="post" action={p.action}>
        <FormGuard csrf={p.csrf} />
        {p.itemKey !== undefined && <input type="hidden" name="_item" value={p.itemKey} />}
        <div class="actions">
          <button type="submit" class="button button-warning">
            {t('repeat.remove.confirm')}
          </button>
          <a class="button button-secondary" href={p.cancelUrl}>
            {t('repeat.remove.cancel')}
          </a>
        </div>
      </form>
    </Frame>
  );
}

export interface CheckSection {
  readonly heading: string | undefined;
  readonly rows: readonly { label: string; answer: string; changeUrl: string }[];
}

export function CheckPage(p: {
  frame: PageFrame;
  sections: readonly CheckSection[];
  action: string;
  backUrl: string | undefined;
  csrf: string;
  renderedAt: number;
}) {
  const { t } = p.frame;
  return (
    <Frame frame={p.frame} title={t('check.title')}>
      <BackLink href={p.backUrl} t={t} />
      <h1>{t('check.title')}</h1>
      {p.sections.map((section) => (
        <section>
          {section.heading !== undefined && <h2>{section.heading}</h2>}
          <dl class="answers">
            {section.rows.map((row) => (
              <div class="answer-row">
                <dt>{row.label}</dt>
                <dd class="answer">{row.answer === '' ? t('check.notAnswered') : row.answer}</dd>
                <dd class="change">
                  <a href={row.changeUrl}>
                    {t('check.change')}
                    <span class="visually-hidden"> {row.label}</span>
                  </a>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <h2>{t('check.send.title')}</h2>
      <p>{t('check.send.body')}</p>
      <form method="post" action={p.action}>
        <FormGuard csrf={p.csrf} renderedAt={p.renderedAt} honeypotLabel={p.frame.t('page.honeypot')} />
        <button type="submit" class="button">
          {t('check.send')}
        </button>
      </form>
    </Frame>
  );
}

export function DonePage(p: { frame: PageFrame; receipt: string; eraseUrl: string }) {
  const { t } = p.frame;
  return (
    <Frame frame={p.frame} title={t('done.title')}>
      <div class="panel" role="status">
        <h1>{t('done.title')}</h1>
        <p>
          {t('done.receipt')}
          <br />
          <strong class="code">{p.receipt}</strong>
        </p>
      </div>
      <p>{t('done.receiptHint')}</p>
      <h2>{t('done.next.title')}</h2>
      <p>{t('done.next.body')}</p>
      <p>
        <a href={p.eraseUrl}>{t('done.erase')}</a>
      </p>
    </Frame>
  );
}

export interface SaveProps {
  readonly frame: PageFrame;
  readonly code: string;
  readonly until: string | undefined;
  readonly continueUrl: string;
  /** The e-mail form, when e-mail can be sent. */
  readonly emailAction: string | undefined;
  readonly emailSent: boolean;
  readonly issues: readonly ShownIssue[];
  readonly email: string;
  readonly csrf: string;
}

export function SavePage(p: SaveProps) {
  const { t } = p.frame;
  const error = p.issues[0]?.message;
  return (
    <Frame frame={p.frame} title={t('save.title')} hasErrors={p.issues.length > 0}>
      <ErrorSummary issues={p.issues} t={t} />
      <h1>{t('save.title')}</h1>
      {p.emailSent && (
        <div class="notice" role="status">
          <p>{t('save.email.sent')}</p>
        </div>
      )}
      <h2>{t('save.code')}</h2>
      <p class="code resume-code">{p.code}</p>
      <p>{t('save.codeHint')}</p>
      {p.until !== undefined && <p>{t('save.until', { date: p.until })}</p>}
      <p>
        <a class="button" href={p.continueUrl}>
          {t('save.continue')}
        </a>
      </p>
      {p.emailAction !== undefined && (
        <form method="post" action={p.emailAction} novalidate>
          <FormGuard csrf={p.csrf} />
          <h2>{t('save.email.title')}</h2>
          <div class={`field${error !== undefined ? ' field-error' : ''}`}>
            <label class="question" for="f-email">
              {t('save.email.label')}
            </label>
            <div class="hint" id="email-hint">
              {t('save.email.hint')}
            </div>
            {error !== undefined && (
              <p class="error-message" id="email-error">
                <span class="visually-hidden">{t('layout.errorPrefix')}</span> {error}
              </p>
            )}
            <input
              type="email"
              id="f-email"
              name="email"
              value={p.email}
              autocomplete="email"
              spellcheck={false}
              aria-describedby={error !== undefined ? 'email-hint email-error' : 'email-hint'}
              aria-invalid={invalid(error)}
            />
          </div>
          <button type="submit" class="button button-secondary">
            {t('save.email.send')}
          </button>
        </form>
      )}
    </Frame>
  );
}

export function ResumePage(p: {
  frame: PageFrame;
  action: string;
  code: string;
  issues: readonly ShownIssue[];
  csrf: string;
  backUrl: string;
}) {
  const { t } = p.frame;
  const error = p.issues[0]?.message;
  return (
    <Frame frame={p.frame} title={t('resume.title')} hasErrors={p.issues.length > 0}>
      <BackLink href={p.backUrl} t={t} />
      <ErrorSummary issues={p.issues} t={t} />
      <form method="post" action={p.action} novalidate>
        <FormGuard csrf={p.csrf} />
        <CodeField
          label={
            <h1 class="question">
              <label for="f-code">{t('resume.title')}</label>
            </h1>
          }
          hint={t('resume.hint')}
          value={p.code}
          error={error}
          t={t}
        />
        <button type="submit" class="button">
          {t('resume.submit')}
        </button>
      </form>
    </Frame>
  );
}

/** Not open yet, closed, declined, and every error: a heading, a text and a way on. */
export function MessagePage(p: {
  frame: PageFrame;
  title: string;
  body: string;
  link?: { href: string; text: string };
}) {
  return (
    <Frame frame={p.frame} title={p.title}>
      <h1>{p.title}</h1>
      <Paragraphs text={p.body} />
      {p.link !== undefined && (
        <p>
          <a href={p.link.href}>{p.link.text}</a>
        </p>
      )}
    </Frame>
  );
}
