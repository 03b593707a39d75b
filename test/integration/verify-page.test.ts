import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator, uiLanguages } from '../../src/i18n/index.ts';
import type { JsonObject } from '../../src/register/credentials/index.ts';
import { generateIssuerKey, loadIssuerKey, signCredential } from '../../src/register/credentials/index.ts';
import {
  createEntry,
  exampleMicrocredential,
  issueCredential,
  publish,
  saveProvider,
} from '../../src/register/index.ts';
import { codeMessage } from '../../src/respondent/views/verify-messages.tsx';
import type { Reply, TestApp } from '../support/app.ts';
import { Browser, testApp } from '../support/app.ts';
import { vector } from '../support/vectors.ts';

/** Credentials written by others (see ../shared/vectors/README.md): read in place, never copied. */
const read = (...path: string[]) => readFileSync(vector(...path), 'utf8');
const simple = read('ob3-1edtech-validator', 'simple.json');
const simpleJwt = read('ob3-1edtech-validator', 'simple.jwt');
const revoked = read('ob3-1edtech-validator', 'bit-string-list_credential-status-revoked.json');
const europass = read('edc-elm3', 'mc-annex1-signed.jsonld');

/** The learner in the Europass sample, as the credential has her: none of it may reach the page. */
const learner = ['Andromeda', 'Ana Andromeda', 'ana.andromeda', '1999-10-01', 'nationalID'];

const en = translator('en');

type Field = string | { bytes: Uint8Array<ArrayBuffer> | string; name: string };

/**
 * Posts the form as a browser does (multipart/form-data), with the CSRF cookie and token the
 * last page gave `browser`, unless `_csrf` is given.
 */
async function send(
  t: TestApp,
  browser: Browser,
  path: string,
  fields: Record<string, Field>,
): Promise<Reply> {
  const form = new FormData();
  if (!('_csrf' in fields)) form.append('_csrf', browser.csrf());
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value === 'string') form.append(name, value);
    else form.append(name, new Blob([value.bytes]), value.name);
  }
  const cookie = `cm_csrf=${browser.cookie('cm_csrf') ?? ''}`;
  const res = await t.app.request(`http://127.0.0.1:3000${path}`, {
    method: 'POST',
    body: form,
    headers: { cookie },
  });
  // Technical details may break after any slash or colon (<wbr>): without the breaks, a search for
  // a word in the page cannot miss it.
  const html = (await res.text()).replaceAll('<wbr/>', '');
  return { status: res.status, location: res.headers.get('location'), html, headers: res.headers };
}

/** Each check row as `id:status:code`, in page order. */
function checksOf(html: string): string[] {
  return [...html.matchAll(/data-check="([^"]+)" data-status="([^"]+)" data-code="([^"]+)"/g)].map(
    (m) => `${m[1]}:${m[2]}:${m[3]}`,
  );
}

const verdictOf = (html: string) => /data-verdict="([a-z]+)"/.exec(html)?.[1];
const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];

describe('the "check a credential" page', () => {
  let t: TestApp;
  let b: Browser;
  const logged: string[] = [];

  beforeAll(async () => {
    t = await testApp('pglite', { log: { write: (line) => logged.push(line) } });
    b = new Browser(t.app);
  });
  afterAll(async () => {
    await t?.close();
  });

  /** Opens the form first, as a person does, then sends it. */
  const check = async (fields: Record<string, Field>, lang = 'en') => {
    const page = await b.get(`/${lang}/verify`);
    expect(page.status).toBe(200);
    return send(t, b, `/${lang}/verify`, fields);
  };

  it('shows the form with a textarea, a file input, a date (today) and a CSRF token', async () => {
    const page = await b.get('/en/verify');
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.html).toContain('enctype="multipart/form-data"');
    expect(page.html).toMatch(/<textarea[^>]+name="credential"/);
    expect(page.html).toMatch(/<input[^>]+type="file"[^>]+name="file"/);
    // The test app's clock is 2026-11-23.
    expect(page.html).toMatch(/<input[^>]+type="date"[^>]+name="date"[^>]+value="2026-11-23"/);
    expect(page.html).toContain(en('verify.date.hint'));
    expect(page.html).toContain('name="_csrf"');
  });

  it('shows every check of simple.json and says it could not be fully checked', async () => {
    const reply = await check({ credential: simple, date: '' });
    expect(reply.status).toBe(200);
    expect(checksOf(reply.html)).toEqual([
      'format:ok:format.openBadges3',
      'schema:ok:schema.valid',
      'signature:ok:signature.verified',
      // The key is named by a URL fragment of the issuer: nothing offline confirms it is theirs.
      'issuer:unknown:issuer.keyUnconfirmed',
      'validity:ok:validity.current',
      'status:skipped:status.none',
    ]);
    expect(verdictOf(reply.html)).toBe('unknown');
    expect(reply.html).toContain(en('verify.verdict.unknown'));
    expect(reply.html).not.toContain(`<h2>${en('verify.verdict.valid')}</h2>`);
    for (const key of ['verify.code.signature.ok', 'verify.code.issuer.unconfirmed'] as const)
      expect(reply.html).toContain(en(key));
    // The facts: title, issuer, dates; never the subject's identifier.
    expect(reply.html).toContain('Teamwork Badge');
    expect(reply.html).toContain('Example Corp');
    expect(reply.html).toContain('January 1, 2010');
    expect(reply.html).not.toContain('did:example:ebfeb1f712ebc6f1c276e12ec21');
    expect(reply.html).toContain(en('verify.proves.not'));
  });

  it('cannot confirm the status of the revoked credential offline, and never calls it valid', async () => {
    // The vector's status list lives online; the page fetches nothing, so revocation is unknown.
    const reply = await check({ credential: revoked, date: '' });
    expect(reply.status).toBe(200);
    expect(checksOf(reply.html)).toContain('status:unknown:status.listUnreachable');
    expect(verdictOf(reply.html)).toBe('unknown');
    expect(reply.html).toContain(en('verify.code.status.listUnreachable'));
    expect(reply.html).not.toContain('learner:6896f98f');
  });

  it('finds a tampered credential not valid', async () => {
    const tampered = simple.replace('"Teamwork Badge"', '"Leadership Badge"');
    const reply = await check({ credential: tampered, date: '' });
    expect(reply.status).toBe(200);
    expect(checksOf(reply.html)).toContain('signature:failed:signature.badProof');
    expect(verdictOf(reply.html)).toBe('invalid');
    expect(reply.html).toContain(en('verify.verdict.invalid'));
  });

  it('reads an uploaded compact JWS', async () => {
    const reply = await check({ credential: '', file: { bytes: simpleJwt, name: 'simple.jwt' }, date: '' });
    expect(reply.status).toBe(200);
    // The token names no key (neither kid nor jwk): its signature cannot pass.
    expect(checksOf(reply.html)).toContain('signature:failed:signature.jwtNoKey');
    expect(verdictOf(reply.html)).toBe('invalid');
  });

  it('checks the Europass sample on 2024-01-01: seal and certificate ok, nothing of the learner shown', async () => {
    const reply = await check({
      credential: '',
      file: { bytes: europass, name: 'mc.jsonld' },
      date: '2024-01-01',
    });
    expect(reply.status).toBe(200);
    const checks = checksOf(reply.html);
    expect(checks).toContain('signature:ok:signature.valid');
    expect(checks).toContain('certificate:ok:certificate.valid');
    expect(checks).toContain('issuer:ok:issuer.match');
    // No trusted list and stale OCSP offline: never "valid".
    expect(checks).toContain('certificate:unknown:certificate.noTrustAnchor');
    expect(verdictOf(reply.html)).toBe('unknown');
    expect(reply.html).toContain(en('verify.format.europass'));
    expect(reply.html).toContain('ORGANIZACION TEST');
    expect(reply.html).toContain('Digital micro-credential creation');
    expect(reply.html).toContain(en('verify.proves.timestamps'));
    for (const text of learner) expect(reply.html).not.toContain(text);
  });

  it('finds the Europass seal certificate expired at today’s date', async () => {
    const reply = await check({ credential: europass, date: '' });
    expect(reply.status).toBe(200);
    const checks = checksOf(reply.html);
    expect(checks).toContain('signature:ok:signature.valid');
    expect(checks).toContain('certificate:failed:certificate.expired');
    expect(verdictOf(reply.html)).toBe('invalid');
    expect(reply.html).toContain(en('verify.code.certificate.expired'));
    for (const text of learner) expect(reply.html).not.toContain(text);
  });

  it('answers garbage with a result page (200) whose format check failed', async () => {
    // The form was filled in correctly; what was checked is not a credential. That is a result.
    const reply = await check({ credential: 'not a credential at all', date: '' });
    expect(reply.status).toBe(200);
    expect(checksOf(reply.html)[0]).toBe('format:failed:format.unrecognised');
    expect(verdictOf(reply.html)).toBe('invalid');
    expect(reply.html).toContain(en('verify.code.format.unreadable'));
  });

  it('re-shows the form with an error summary (422) when nothing was given', async () => {
    const reply = await check({ credential: '  ', date: '' });
    expect(reply.status).toBe(422);
    expect(titleOf(reply.html)).toMatch(/^Error: /);
    expect(reply.html).toContain('class="error-summary"');
    expect(reply.html).toContain(`href="#f-credential">${en('verify.error.empty')}`);
    expect(reply.html).toMatch(/<textarea[^>]+name="credential"/);
  });

  it('refuses both a text and a file, a file that is not UTF-8, and an impossible date (422)', async () => {
    const both = await check({ credential: simple, file: { bytes: simple, name: 'simple.json' }, date: '' });
    expect(both.status).toBe(422);
    expect(both.html).toContain(en('verify.error.both'));
    // The pasted credential is never echoed back.
    expect(both.html).not.toContain('Teamwork Badge');

    const latin1 = new Uint8Array([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]); // {"n":"é"} in Latin-1
    const binary = await check({ file: { bytes: latin1, name: 'latin1.json' }, date: '' });
    expect(binary.status).toBe(422);
    expect(binary.html).toContain(`href="#f-file">${en('verify.error.notUtf8')}`);

    const date = await check({ credential: simple, date: '2023-02-30' });
    expect(date.status).toBe(422);
    expect(date.html).toContain(`href="#f-date">${en('verify.error.date')}`);
  });

  it.each(['31.12.2025', '2025-02-30', '<b>"x"</b>'])(
    'keeps the date %s as typed when it is refused, and not the credential',
    async (typed) => {
      const reply = await check({ credential: simple, date: typed });
      expect(reply.status).toBe(422);
      expect(reply.html).toContain(`href="#f-date">${en('verify.error.date')}`);
      const escaped = typed
        .replaceAll('&', '&amp;')
        .replaceAll('<', '&lt;')
        .replaceAll('>', '&gt;')
        .replaceAll('"', '&quot;');
      const input = /<input[^>]+type="date"[^>]+name="date"[^>]+value="([^"]*)"/.exec(reply.html);
      expect(input?.[1]).toBe(escaped);
      // Not today's date (the test app's clock), and nothing of the pasted credential.
      expect(reply.html).not.toContain('value="2026-11-23"');
      expect(reply.html).not.toContain('Teamwork Badge');
    },
  );

  it('refuses a body over 2 MB with a 413 page in the reader’s language', async () => {
    await b.get('/fr/verify');
    const reply = await send(t, b, '/fr/verify', { credential: 'x'.repeat(3 * 1024 * 1024), date: '' });
    expect(reply.status).toBe(413);
    expect(reply.html).toContain('<html lang="fr">');
    expect(reply.html).toContain(translator('fr')('verify.tooLarge.title'));
    expect(reply.html).toContain(`<a href="/fr/verify">${translator('fr')('error.start.verify')}</a>`);
  });

  it('leads back to the form from its error pages, not to the questionnaires', async () => {
    await b.get('/de/verify');
    const de = translator('de');
    const link = `<a href="/de/verify">${de('error.start.verify')}</a>`;
    const forged = await send(t, b, '/de/verify', { _csrf: 'forged', credential: simple });
    expect(forged.status).toBe(403);
    expect(forged.html).toContain(link);
    const missing = await b.get('/de/verify/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.html).toContain(link);
    expect(missing.html).toContain(de('error.notFound.bodyLink'));
    for (const page of [forged, missing]) expect(page.html).not.toContain(de('error.start'));
  });

  it('takes a credential of almost 2 MB, above the limit of other public forms', async () => {
    const padded = simple.replace(
      '"name": "Teamwork Badge"',
      `"name": "Teamwork Badge", "x": "${'y'.repeat(1_900_000)}"`,
    );
    const reply = await check({ credential: '', file: { bytes: padded, name: 'big.json' }, date: '' });
    expect(reply.status).toBe(200);
    // Open Badges credentials above 1 MB are refused by the verifier itself, and the page says so.
    expect(checksOf(reply.html)[0]).toBe('format:failed:format.tooLarge');
  });

  it('treats forged posts as the other respondent forms do', async () => {
    await b.get('/en/verify');
    expect((await send(t, b, '/en/verify', { _csrf: 'forged', credential: simple })).status).toBe(403);
    expect((await send(t, b, '/en/verify', { credential: simple, extra: 'x' })).status).toBe(400);
    expect((await send(t, b, '/en/verify', { credential: { bytes: 'x', name: 'a.txt' } })).status).toBe(400);
    const json = await b.post('/en/verify', {}, { contentType: 'application/json', body: '{}' });
    expect(json.status).toBe(415);
    expect((await b.get('/xx/verify')).status).toBe(404);
  });

  it('logs nothing of the credential', () => {
    const log = logged.join('\n');
    expect(log).toContain('/en/verify');
    for (const text of [...learner, 'Teamwork', 'ORGANIZACION']) expect(log).not.toContain(text);
  });
});

/** Each Annex I element row as `number:status`, in page order. */
function annexOf(html: string): string[] {
  return [...html.matchAll(/data-element="[^"]+" data-number="(\d+)" data-status="([^"]+)"/g)].map(
    (m) => `${m[1]}:${m[2]}`,
  );
}

/** The text of one element's row, tags dropped. */
function annexRow(html: string, element: string): string {
  const row = new RegExp(`<tr data-element="${element}"[^>]*>(.*?)</tr>`, 's').exec(html)?.[1] ?? '';
  return row.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

describe('the Annex I completeness block', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp('pglite');
  });
  afterAll(async () => {
    await t?.close();
  });

  const check = async (fields: Record<string, Field>, lang: string) => {
    const b = new Browser(t.app);
    expect((await b.get(`/${lang}/verify`)).status).toBe(200);
    const reply = await send(t, b, `/${lang}/verify`, fields);
    expect(reply.status).toBe(200);
    return reply;
  };
  const europassOn2024 = { credential: '', file: { bytes: europass, name: 'mc.jsonld' }, date: '2024-01-01' };

  it.each(['en', 'de'])(
    '%s: the signed Europass sample has 9 of 10, quality assurance missing',
    async (lang) => {
      const tr = translator(lang);
      const reply = await check(europassOn2024, lang);
      expect(reply.html).toContain('<section class="annex" id="annex" aria-labelledby="annex-heading">');
      expect(reply.html).toContain(`<h2 id="annex-heading">${tr('verify.annex.heading')}</h2>`);
      expect(reply.html).toContain(tr('verify.annex.about'));
      expect(reply.html).toContain(tr('verify.annex.score', { present: 9, total: 10 }));
      expect(annexOf(reply.html)).toEqual([
        '1:notApplicable',
        ...[2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => `${n}:present`),
        '11:missing',
        ...[12, 13, 14, 15].map((n) => `${n}:present`),
        '16:missing',
      ]);
      const qa = annexRow(reply.html, 'qualityAssurance');
      for (const key of [
        'verify.annex.element.qualityAssurance',
        'verify.annex.mandatory',
        'verify.annex.status.missing',
        'verify.annex.reason.absent',
      ] as const)
        expect(qa).toContain(tr(key));
      expect(annexRow(reply.html, 'furtherInformation')).toContain(tr('verify.annex.optional'));
      // Element 1 is not assessed: the page says it shows no personal data, and shows none.
      expect(annexRow(reply.html, 'learner')).toContain(tr('verify.annex.reason.learner'));
      for (const text of learner) expect(reply.html).not.toContain(text);
    },
  );

  it('shows the block for an Open Badge, with the vague outcomes worded', async () => {
    const reply = await check({ credential: simple, date: '2024-01-01' }, 'en');
    expect(reply.html).toContain('id="annex"');
    expect(reply.html).toContain(en('verify.annex.score', { present: 3, total: 10 }));
    expect(annexOf(reply.html)).toHaveLength(16);
    expect(annexOf(reply.html)).toContain('6:vague');
    const outcomes = annexRow(reply.html, 'learningOutcomes');
    expect(outcomes).toContain(en('verify.annex.status.vague'));
    expect(outcomes).toContain(en('verify.annex.reason.outcomesTooShort'));
    expect(reply.html).not.toContain('did:example:ebfeb1f712ebc6f1c276e12ec21');
  });

  it('shows no block when nothing could be read as a credential', async () => {
    const reply = await check({ credential: 'not a credential at all', date: '' }, 'en');
    expect(verdictOf(reply.html)).toBe('invalid');
    expect(reply.html).not.toContain('id="annex"');
    expect(reply.html).not.toContain(en('verify.annex.heading'));
    expect(annexOf(reply.html)).toEqual([]);
  });
});

describe('the page in every language', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp('pglite');
  });
  afterAll(async () => {
    await t?.close();
  });

  it.each(uiLanguages)('%s: form, result and the link from the home page', async (lang) => {
    const tr = translator(lang);
    const b = new Browser(t.app);
    const home = await b.get(`/${lang}`);
    expect(home.html).toContain(`<a href="/${lang}/verify">${tr('home.verify')}</a>`);

    const form = await b.get(`/${lang}/verify`);
    expect(form.html).toContain(`<html lang="${lang}">`);
    expect(titleOf(form.html)).toBe(tr('verify.title'));

    const result = await send(t, b, `/${lang}/verify`, { credential: simple, date: '2024-01-01' });
    expect(result.status).toBe(200);
    expect(result.html).toContain(`<html lang="${lang}">`);
    expect(titleOf(result.html)).toBe(tr('verify.result.title'));
    expect(result.html).toContain(tr('verify.verdict.unknown'));

    const empty = await send(t, b, `/${lang}/verify`, { credential: '', date: '' });
    expect(empty.status).toBe(422);
    expect(titleOf(empty.html)).toBe(`${tr('layout.errorPrefix')} ${tr('verify.title')}`);
  });
});

describe('rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp('pglite');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers 429 after 30 checks from one client in ten minutes', async () => {
    const b = new Browser(t.app);
    await b.get('/en/verify');
    for (let i = 0; i < 30; i++)
      expect((await send(t, b, '/en/verify', { credential: 'x', date: '' })).status).toBe(200);
    const refused = await send(t, b, '/en/verify', { credential: 'x', date: '' });
    expect(refused.status).toBe(429);
    expect(refused.html).toContain(en('error.tooMany.title'));
    // The limit's window: ten minutes.
    expect(refused.headers.get('retry-after')).toBe('600');
    expect(refused.html).toContain(`<a href="/en/verify">${en('error.start.verify')}</a>`);
    expect(refused.html).not.toContain(en('error.start'));
    // Past the limit, a body is not even read: a forged one of thousands of parts is refused alike.
    const boundary = 'x'.repeat(16);
    const parts = Array.from(
      { length: 5000 },
      (_, i) => `--${boundary}\r\ncontent-disposition: form-data; name="f${i}"\r\n\r\nv\r\n`,
    );
    const forged = await t.app.request('http://127.0.0.1:3000/en/verify', {
      method: 'POST',
      body: `${parts.join('')}--${boundary}--\r\n`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(forged.status).toBe(429);
    t.clock.now = new Date(t.clock.now.getTime() + 11 * 60 * 1000);
    expect((await send(t, b, '/en/verify', { credential: 'x', date: '' })).status).toBe(200);
  });
});

describe('status lists of the register', () => {
  let t: TestApp;
  let entry: string;
  beforeAll(async () => {
    t = await testApp('pglite');
    await saveProvider(
      t.store.db,
      {
        id: 'prov-de-0042',
        name: { de: 'Berufsschule Beispielstadt' },
        country: 'DE',
        type: 'public_vet',
        accreditation: { status: 'accredited' },
      },
      t.clock.now,
    );
    const { id: _, ...record } = exampleMicrocredential;
    const now = t.clock.now;
    const providerId = 'prov-de-0042';
    entry = (await createEntry(t.store.db, { record, origin: 'provider', providerId, now })).id;
    await publish(t.store.db, entry, t.clock.now);
  });
  afterAll(async () => {
    await t?.close();
  });

  /** A credential the register issues, with its place on the register's own status list. */
  const issued = async () =>
    (
      await issueCredential(t.store.db, {
        entryId: entry,
        providerId: 'prov-de-0042',
        learner: { name: 'Learner One', email: 'learner@example.org' },
        issuedBy: 'test',
        publicUrl: 'http://127.0.0.1:3000',
        language: 'en',
        now: t.clock.now,
      })
    ).credential;

  const check = async (credential: unknown) => {
    const b = new Browser(t.app);
    expect((await b.get('/en/verify')).status).toBe(200);
    return send(t, b, '/en/verify', { credential: JSON.stringify(credential), date: '' });
  };

  it('reads the register’s list for a credential the register issued', async () => {
    const reply = await check(await issued());
    expect(checksOf(reply.html)).toContain('status:ok:status.current');
    expect(verdictOf(reply.html)).toBe('valid');
  });

  it('does not let the register’s list vouch for a credential someone else signed', async () => {
    // Someone copies a genuine credential, names themselves as issuer and signs it with their own
    // key: its status entry still points at the register's list, whose bit for it is clear.
    const { proof: _, ...copied } = await issued();
    const key = await loadIssuerKey(await generateIssuerKey());
    const forged = await signCredential(
      { ...copied, issuer: { ...(copied.issuer as JsonObject), id: key.did } },
      key,
    );
    const reply = await check(forged);
    expect(reply.status).toBe(200);
    expect(checksOf(reply.html)).toContain('signature:ok:signature.verified');
    expect(checksOf(reply.html)).toContain('status:unknown:status.listIssuerMismatch');
    expect(verdictOf(reply.html)).not.toBe('valid');
    expect(reply.html).toContain(en('verify.code.status.listIssuerMismatch'));
    expect(reply.html).not.toContain(en('verify.code.status.current'));
  });
});

describe('words for every result code', () => {
  /** The codes the verifiers can emit, as their sources spell them. */
  const emitted = (): string[] => {
    const dir = 'src/register/verify';
    const files = [
      ...readdirSync(dir).map((f) => join(dir, f)),
      ...readdirSync(join(dir, 'europass')).map((f) => join(dir, 'europass', f)),
    ].filter((f) => /\.ts$/.test(f) && !f.endsWith('.test.ts'));
    const source = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    const quoted = [
      ...source.matchAll(
        /'((?:format|schema|signature|certificate|issuer|validity|status|context)\.[a-zA-Z]+)'/g,
      ),
    ];
    // Built codes: certificate.chain{Reason} and {id}.notRun / {id}.error.
    const built = [
      'certificate.chainSignature',
      'certificate.chainIssuerNotCa',
      'certificate.chainIssuerPeriod',
    ];
    const perCheck = ['schema', 'signature', 'issuer', 'validity', 'status'].flatMap((id) => [
      `${id}.notRun`,
      `${id}.error`,
    ]);
    // Property paths a schema message names, not codes.
    const notCodes = new Set(['issuer.legalName', 'issuer.location']);
    return [...new Set([...quoted.map((m) => m[1]!), ...built, ...perCheck])].filter((c) => !notCodes.has(c));
  };

  it('has its own words for each, in every language, and a fallback per status for new ones', () => {
    const codes = emitted();
    expect(codes.length).toBeGreaterThan(90);
    for (const code of codes) expect(codeMessage(code, 'unknown'), code).not.toMatch(/^verify\.fallback\./);
    expect(codeMessage('signature.somethingNew', 'failed')).toBe('verify.fallback.failed');
    for (const lang of uiLanguages) {
      const tr = translator(lang);
      for (const code of codes)
        expect(tr(codeMessage(code, 'ok')).length, `${lang} ${code}`).toBeGreaterThan(10);
    }
  });
});
