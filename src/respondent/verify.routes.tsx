import type { Hono } from 'hono';
import type { Child } from 'hono/jsx';
import type { Translate } from '../i18n/index.ts';
import { isUiLanguage, todayIn, translator, uiLanguages } from '../i18n/index.ts';
import type { VerificationReport } from '../register/index.ts';
import { europassMaxBytes, ownStatusLists, verifyEuropass, verifyOpenBadge } from '../register/index.ts';
import type { Ctx, Kit } from './kit.tsx';
import { PageProblem, problems } from './problem.ts';
import { verifyUrl } from './urls.ts';
import { Layout } from './views/layout.tsx';
import type { ShownIssue } from './views/parts.tsx';
import { AnnexBlock, annexOf } from './views/verify-annex.tsx';
import { credentialFacts } from './views/verify-facts.tsx';
import { VerifyForm, VerifyResult, verifyFields } from './views/verify-page.tsx';

/**
 * "Check a digital credential": anyone pastes or uploads an Open Badges 3.0 credential or a Europass
 * digital credential and sees what an offline check finds. Nothing of the credential is stored or
 * logged: it is read, checked and shown back within the request.
 */

const maxMegabytes = Math.round(europassMaxBytes / (1024 * 1024));

/**
 * The one respondent route whose body may exceed a form's size: a sealed Europass file with embedded
 * images runs to 2 MB (src/http/app.ts applies this limit to it alone). The extra 64 KB is for the
 * multipart framing, the CSRF token and the date.
 */
export const verifyUpload = {
  path: /^\/[a-z]{2}\/verify\/?$/,
  maxBodyBytes: europassMaxBytes + 64 * 1024,
  tooLarge: () =>
    new PageProblem(413, 'verify.tooLarge.title', 'verify.tooLarge.body', { megabytes: maxMegabytes }),
};

/** Each check may canonicalise RDF or walk a certificate chain: a client gets a few dozen per ten minutes. */
const verifyLimit = { attempts: 30, windowSeconds: 10 * 60 };

interface CredentialForm {
  readonly csrf: string | undefined;
  readonly text: string;
  readonly file: File | undefined;
  readonly date: string;
}

const formNames = new Set(['_csrf', verifyFields.text, verifyFields.file, verifyFields.date]);

/**
 * The body of the form, field by field. Anything else (unknown fields, repeated fields, a file
 * where text belongs) is a forged form: 400, as on the other respondent forms.
 */
async function readCredentialForm(c: Ctx): Promise<CredentialForm> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'multipart/form-data' && type !== 'application/x-www-form-urlencoded')
    throw problems.unsupportedBody();
  let body: Record<string, unknown>;
  try {
    body = await c.req.parseBody({ all: true });
  } catch {
    throw problems.badRequest();
  }
  const fields: Record<string, string | File> = {};
  for (const [name, value] of Object.entries(body)) {
    if (!formNames.has(name) || Array.isArray(value)) throw problems.badRequest();
    fields[name] = value as string | File;
  }
  const { _csrf: csrf, [verifyFields.file]: file } = fields;
  const text = fields[verifyFields.text] ?? '';
  const date = fields[verifyFields.date] ?? '';
  if (
    typeof text !== 'string' ||
    typeof date !== 'string' ||
    (csrf !== undefined && typeof csrf !== 'string')
  )
    throw problems.badRequest();
  // A form sent without a file still has the part, with an empty name and no bytes.
  const chosen = typeof file === 'object' && file !== null && (file.size > 0 || file.name !== '');
  return { csrf, text, file: chosen ? (file as File) : undefined, date: date.trim() };
}

/** The most of a date field that is shown back: a date, however written, is far shorter. */
const maxDateLength = 40;

/** `YYYY-MM-DD` naming a real day between 1900 and 2999, or undefined. */
function parseIsoDate(value: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m === null || Number(m[1]) < 1900 || Number(m[1]) > 2999) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isFinite(date.getTime()) && date.toISOString().slice(0, 10) === value ? value : undefined;
}

/**
 * The moment the checks are judged at: now when the date is today, else midday UTC of that day, so
 * that the day chosen is the day meant in every European time zone.
 */
function validationTimeOf(date: string, now: Date): Date {
  return date === todayIn('UTC', now) ? now : new Date(`${date}T12:00:00Z`);
}

/** A file's bytes as text; undefined when they are not UTF-8 (a leading byte-order mark is dropped). */
async function fileText(file: File): Promise<string | undefined> {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return undefined;
  }
}

type ReadOutcome = { ok: true; text: string; date: string } | { ok: false; issues: ShownIssue[] };

/** The credential text and the validation date, or what is wrong with the form. */
async function readCredential(form: CredentialForm, t: Translate, today: string): Promise<ReadOutcome> {
  const issues: ShownIssue[] = [];
  const date = form.date === '' ? today : parseIsoDate(form.date);
  if (date === undefined) issues.push({ path: verifyFields.date, message: t('verify.error.date') });
  const pasted = form.text.trim() !== '';
  let text = form.text;
  if (pasted && form.file !== undefined) {
    issues.unshift({ path: verifyFields.text, message: t('verify.error.both') });
  } else if (form.file !== undefined) {
    const read = await fileText(form.file);
    if (read === undefined) issues.unshift({ path: verifyFields.file, message: t('verify.error.notUtf8') });
    else if (read.trim() === '')
      issues.unshift({ path: verifyFields.file, message: t('verify.error.emptyFile') });
    else text = read;
  } else if (!pasted) {
    issues.unshift({ path: verifyFields.text, message: t('verify.error.empty') });
  }
  return issues.length > 0 || date === undefined ? { ok: false, issues } : { ok: true, text, date };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Which verifier reads the input. A JWS JSON serialization (a `payload` beside `signatures` or
 * `signature`) is the envelope the EDCI seals Europass credentials in, and an ELM credential is
 * typed EuropeanDigitalCredential or uses the EDC context; everything else, a compact JWS
 * included, goes to the Open Badges verifier, which says so when it is neither.
 */
export function looksLikeEuropass(text: string): boolean {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return false;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return false;
  }
  if (!isObject(value)) return false;
  if ('payload' in value && ('signatures' in value || 'signature' in value)) return true;
  const types = [value.type].flat();
  const contexts = [value['@context']].flat();
  return (
    types.includes('EuropeanDigitalCredential') ||
    contexts.some((x) => typeof x === 'string' && x.startsWith('http://data.europa.eu/snb/model/context/'))
  );
}

async function checkCredential(
  text: string,
  at: Date,
  statusLists: () => Promise<ReadonlyMap<string, unknown>>,
): Promise<VerificationReport> {
  const europass = looksLikeEuropass(text);
  // Read before the verifier runs, and outside its guard: a database that cannot answer is the
  // service's failure (the 503 page), not something wrong with the credential.
  const lists = europass ? new Map<string, unknown>() : await statusLists();
  try {
    return europass
      ? await verifyEuropass(text, { validationTime: at })
      : await verifyOpenBadge(text, { now: at, statusLists: lists });
  } catch {
    // The verifiers are built not to throw. Should a library do so all the same, nothing is
    // logged: the error could quote the credential, and with it the learner's personal data.
    return {
      format: 'unknown',
      securing: 'none',
      checks: [{ id: 'format', status: 'unknown', code: 'format.internalError' }],
      validationTime: at.toISOString(),
    };
  }
}

/**
 * Annex I completeness (the information elements of Council Recommendation 2022/C 243/02) of the
 * credential the verifier could read, in its own section of the result page; none when nothing
 * could be read as a credential.
 */
function annexBlock(report: VerificationReport, t: Translate): Child | undefined {
  const completeness = annexOf(report);
  return completeness === undefined ? undefined : <AnnexBlock t={t} completeness={completeness} />;
}

export function verifyRoutes(app: Hono, kit: Kit): void {
  const { options, render } = kit;

  const languageOf = (c: Ctx) => {
    const lang = c.req.param('lang') ?? '';
    if (!isUiLanguage(lang)) throw problems.notFound();
    return { lang, t: translator(lang) };
  };

  const frame = (c: Ctx, lang: string, t: Translate, title: string, body: Child, hasErrors = false) => (
    <Layout
      lang={lang}
      t={t}
      title={title}
      hasErrors={hasErrors}
      path={new URL(c.req.url).pathname}
      languages={uiLanguages}
      assets={options.assets}
    >
      {body}
    </Layout>
  );

  const formPage = (c: Ctx, issues: readonly ShownIssue[] = [], date?: string) => {
    const { lang, t } = languageOf(c);
    const form = (
      <VerifyForm
        t={t}
        action={verifyUrl(lang)}
        csrf={kit.csrfFor(c)}
        date={date ?? todayIn('UTC', options.now())}
        maxMegabytes={maxMegabytes}
        issues={issues}
        headingLevel={1}
      />
    );
    const hasErrors = issues.length > 0;
    return render(c, frame(c, lang, t, t('verify.title'), form, hasErrors), hasErrors ? 422 : 200);
  };

  app.get('/:lang{[a-z]{2}}/verify', (c) => formPage(c));

  app.post('/:lang{[a-z]{2}}/verify', async (c) => {
    const { lang, t } = languageOf(c);
    const now = options.now();
    // Before the body is read: a multipart body of thousands of parts takes the better part of a
    // second to take apart, which a client past its limit is not given.
    await kit.limited(c, 'verify', verifyLimit, now);
    const form = await readCredentialForm(c);
    kit.checkCsrf(c, form.csrf);
    const today = todayIn('UTC', now);
    const read = await readCredential(form, t, today);
    // The pasted text is never sent back: it may hold the learner's personal data. The date comes
    // back as it was typed, so that a wrong one can be corrected rather than typed again.
    if (!read.ok) {
      const typed = form.date === '' ? today : form.date.slice(0, maxDateLength);
      return formPage(c, read.issues, typed);
    }
    // Lists this register serves are read from its own database; no other list is fetched.
    const report = await checkCredential(read.text, validationTimeOf(read.date, now), () =>
      ownStatusLists(options.store.db, read.text, options.publicUrl, now),
    );
    const annex = annexBlock(report, t);
    const another = (
      <VerifyForm
        t={t}
        action={verifyUrl(lang)}
        csrf={kit.csrfFor(c)}
        date={read.date}
        maxMegabytes={maxMegabytes}
        headingLevel={2}
      />
    );
    const result = (
      <VerifyResult
        t={t}
        lang={lang}
        report={report}
        facts={credentialFacts(report, lang)}
        form={another}
        {...(annex === undefined ? {} : { annex })}
      />
    );
    return render(c, frame(c, lang, t, t('verify.result.title'), result));
  });
}
