import type { Child } from 'hono/jsx';
import type { Translate } from '../../i18n/index.ts';
import { formatDateTime } from '../../i18n/index.ts';
import type { Check, VerificationReport } from '../../register/index.ts';
import { verdictOf } from '../../register/index.ts';
import { ErrorSummary, FormGuard, type ShownIssue } from './parts.tsx';
import type { CredentialFacts } from './verify-facts.tsx';
import { checkNames, codeMessage, statusNames } from './verify-messages.tsx';

/** The fields of the form, by name; `ErrorSummary` links to `f-{name}`. */
export const verifyFields = { text: 'credential', file: 'file', date: 'date' } as const;

export interface VerifyFormProps {
  readonly t: Translate;
  readonly action: string;
  readonly csrf: string;
  /** The validation date shown in the field, `YYYY-MM-DD`; after an error, what was typed. */
  readonly date: string;
  readonly maxMegabytes: number;
  readonly issues?: readonly ShownIssue[];
  /** The h1 of the page, when the form is the page; a result page gives the form an h2. */
  readonly headingLevel: 1 | 2;
}

function FieldError(props: { id: string; message: string | undefined; t: Translate }) {
  return props.message === undefined ? null : (
    <p class="error-message" id={props.id}>
      <span class="visually-hidden">{props.t('layout.errorPrefix')}</span> {props.message}
    </p>
  );
}

/**
 * A plain multipart form: it works without JavaScript and with the keyboard alone. The pasted text
 * is never put back into the textarea: it may hold the learner's personal data.
 */
export function VerifyForm(props: VerifyFormProps) {
  const { t } = props;
  const issues = props.issues ?? [];
  const errorOf = (field: string) => issues.find((i) => i.path === field)?.message;
  const describedBy = (field: string, hint: string) =>
    errorOf(field) === undefined ? hint : `${hint} ${field}-error`;
  const fieldClass = (field: string) => `field${errorOf(field) === undefined ? '' : ' field-error'}`;
  const Heading = props.headingLevel === 1 ? 'h1' : 'h2';
  return (
    <>
      <ErrorSummary issues={issues} t={t} />
      <form method="post" action={props.action} enctype="multipart/form-data" novalidate>
        <FormGuard csrf={props.csrf} />
        <Heading>{props.headingLevel === 1 ? t('verify.title') : t('verify.another')}</Heading>
        {props.headingLevel === 1 && <p>{t('verify.intro')}</p>}
        <div class={fieldClass(verifyFields.text)}>
          <label class="question" for="f-credential">
            {t('verify.text.label')}
          </label>
          <div class="hint" id="credential-hint">
            {t('verify.text.hint')}
          </div>
          <FieldError id="credential-error" message={errorOf(verifyFields.text)} t={t} />
          <textarea
            id="f-credential"
            name={verifyFields.text}
            rows={10}
            spellcheck={false}
            autocomplete="off"
            aria-describedby={describedBy(verifyFields.text, 'credential-hint')}
          />
        </div>
        <div class={fieldClass(verifyFields.file)}>
          <label class="question" for="f-file">
            {t('verify.file.label')}
          </label>
          <div class="hint" id="file-hint">
            {t('verify.file.hint', { megabytes: props.maxMegabytes })}
          </div>
          <FieldError id="file-error" message={errorOf(verifyFields.file)} t={t} />
          <input
            type="file"
            id="f-file"
            name={verifyFields.file}
            accept=".json,.jsonld,.jwt,.txt,application/json,application/ld+json,text/plain"
            aria-describedby={describedBy(verifyFields.file, 'file-hint')}
          />
        </div>
        <div class={fieldClass(verifyFields.date)}>
          <label class="question" for="f-date">
            {t('verify.date.label')}
          </label>
          <div class="hint" id="date-hint">
            {t('verify.date.hint')}
          </div>
          <FieldError id="date-error" message={errorOf(verifyFields.date)} t={t} />
          <input
            type="date"
            id="f-date"
            name={verifyFields.date}
            value={props.date}
            aria-describedby={describedBy(verifyFields.date, 'date-hint')}
          />
        </div>
        <button type="submit" class="button">
          {t('verify.submit')}
        </button>
      </form>
    </>
  );
}

export interface VerifyResultProps {
  readonly t: Translate;
  readonly lang: string;
  readonly report: VerificationReport;
  readonly facts: CredentialFacts;
  /**
   * The Annex I completeness block (Council Recommendation on micro-credentials, 2022/C 243/02):
   * rendered in its own section only when given, labelled by the block's `#annex-heading`
   * (see verify-annex.tsx).
   */
  readonly annex?: Child;
  /** The form to check another credential, below the result. */
  readonly form: Child;
}

const verdictKeys = {
  valid: ['verify.verdict.valid', 'verify.verdict.validBody'],
  invalid: ['verify.verdict.invalid', 'verify.verdict.invalidBody'],
  unknown: ['verify.verdict.unknown', 'verify.verdict.unknownBody'],
} as const;

/** What the check found: the verdict first, then the credential's facts, each check, and the limits. */
export function VerifyResult(props: VerifyResultProps) {
  const { t, report } = props;
  const verdict = verdictOf(report);
  const [verdictTitle, verdictBody] = verdictKeys[verdict];
  return (
    <>
      <h1>{t('verify.result.title')}</h1>
      <div class="note verdict" id="verdict" data-verdict={verdict} role="status">
        <h2>{t(verdictTitle)}</h2>
        <p>{t(verdictBody)}</p>
      </div>
      <Facts t={t} lang={props.lang} report={report} facts={props.facts} />
      <Checks t={t} lang={props.lang} report={report} />
      {props.annex !== undefined && (
        <section class="annex" id="annex" aria-labelledby="annex-heading">
          {props.annex}
        </section>
      )}
      <Limits t={t} report={report} />
      {props.form}
    </>
  );
}

const formatKeys = {
  'open-badges-3': 'verify.format.openBadges',
  'europass-elm-3': 'verify.format.europass',
  unknown: 'verify.format.unknown',
} as const;

function Facts(props: { t: Translate; lang: string; report: VerificationReport; facts: CredentialFacts }) {
  const { t, facts } = props;
  const when = (d: Date) => formatDateTime(props.lang, d, 'UTC');
  const rows: [string, string | undefined][] = [
    [t('verify.facts.format'), t(formatKeys[props.report.format])],
    [t('verify.facts.title'), facts.title],
    [t('verify.facts.achievement'), facts.achievement],
    [t('verify.facts.issuer'), facts.issuer],
    [t('verify.facts.issued'), facts.issued && when(facts.issued)],
    [t('verify.facts.validFrom'), facts.validFrom && when(facts.validFrom)],
    [t('verify.facts.validUntil'), facts.validUntil && when(facts.validUntil)],
  ];
  return (
    <section aria-labelledby="facts-heading">
      <h2 id="facts-heading">{t('verify.facts.heading')}</h2>
      <dl class="answers">
        {rows
          .filter((row): row is [string, string] => row[1] !== undefined)
          .map(([name, value]) => (
            <div class="answer-row">
              <dt>{name}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <p class="meta">{t('verify.facts.note')}</p>
    </section>
  );
}

function Checks(props: { t: Translate; lang: string; report: VerificationReport }) {
  const { t, report } = props;
  const at = new Date(report.validationTime);
  return (
    <section aria-labelledby="checks-heading">
      <h2 id="checks-heading">{t('verify.checks.heading')}</h2>
      {Number.isFinite(at.getTime()) && (
        <p>{t('verify.checks.at', { date: formatDateTime(props.lang, at, 'UTC') })}</p>
      )}
      <table class="table checks">
        <caption class="visually-hidden">{t('verify.checks.heading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('verify.checks.check')}</th>
            <th scope="col">{t('verify.checks.result')}</th>
            <th scope="col">{t('verify.checks.meaning')}</th>
          </tr>
        </thead>
        <tbody>
          {report.checks.map((check) => (
            <CheckRow t={t} check={check} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Detail values are codes, dates, key ids and URLs of the issuer's side, never the learner's data. */
function technical(check: Check): string {
  const detail = Object.entries(check.detail ?? {}).map(([k, v]) => `${k}: ${String(v).slice(0, 200)}`);
  return [check.code, ...detail].join('; ');
}

/** Key ids and URLs are long unbroken words: they may wrap after a slash, colon or hash on a narrow screen. */
function breakable(text: string) {
  return text.split(/(?<=[/:#;.])/).map((part, i) => (i === 0 ? part : [<wbr />, part]));
}

function CheckRow(props: { t: Translate; check: Check }) {
  const { t, check } = props;
  return (
    <tr data-check={check.id} data-status={check.status} data-code={check.code}>
      <th scope="row">{t(checkNames[check.id] ?? 'verify.check.unknown')}</th>
      <td>
        <strong>{t(statusNames[check.status] ?? 'verify.status.unknown')}</strong>
      </td>
      <td>
        {t(codeMessage(check.code, check.status))}
        <br />
        <span class="meta">
          {t('verify.details')}: <code>{breakable(technical(check))}</code>
        </span>
      </td>
    </tr>
  );
}

function Limits(props: { t: Translate; report: VerificationReport }) {
  const { t, report } = props;
  return (
    <section aria-labelledby="limits-heading">
      <h2 id="limits-heading">{t('verify.proves.heading')}</h2>
      <ul>
        <li>{t('verify.proves.seal')}</li>
        <li>{t('verify.proves.not')}</li>
        <li>{t('verify.proves.offline')}</li>
        {report.format === 'europass-elm-3' && <li>{t('verify.proves.timestamps')}</li>}
        <li>{t('verify.proves.stored')}</li>
      </ul>
    </section>
  );
}
