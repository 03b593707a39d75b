import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonObject } from '../../src/register/credentials/index.ts';
import {
  createEntry,
  exampleMicrocredential,
  IssuingError,
  issueCredential,
  ownStatusLists,
  publish,
  revokeCredential,
  saveProvider,
  statusListCredential,
  statusListUrl,
  verdictOf,
  verifyOpenBadge,
} from '../../src/register/index.ts';
import type { Store } from '../../src/store/index.ts';
import { findIssued } from '../../src/store/index.ts';
import { engines, freshStore } from '../support/database.ts';

const publicUrl = 'https://register.example.org';
const now = new Date('2026-11-23T10:00:00Z');
const learner = { name: 'Maija Meikäläinen', email: 'maija@example.org' };

async function provider(store: Store, id: string) {
  await saveProvider(
    store.db,
    {
      id,
      name: { de: 'Berufsschule Beispielstadt' },
      country: 'DE',
      type: 'public_vet',
      accreditation: { status: 'accredited' },
      homepage: 'https://bs-beispielstadt.example.org',
    },
    now,
  );
}

describe.each(engines())('credentials issued by the register on %s', (engine) => {
  let store: Store;
  let entry: string;
  /** The lists a verifier would fetch, as credmap serves them now. */
  const lists = async (credential: JsonObject) => {
    const url = (credential.credentialStatus as { statusListCredential: string }).statusListCredential;
    const listId = Number(url.split('/').pop());
    return new Map([[url, await statusListCredential(store.db, listId, publicUrl, now)]]);
  };
  const verify = async (credential: JsonObject) =>
    verifyOpenBadge(JSON.stringify(credential), { now, statusLists: await lists(credential) });

  beforeAll(async () => {
    store = await freshStore(engine);
    await provider(store, 'prov-de-0042');
    await provider(store, 'prov-de-other');
    const { id: _, ...record } = exampleMicrocredential;
    entry = (await createEntry(store.db, { record, origin: 'provider', providerId: 'prov-de-0042', now })).id;
    await publish(store.db, entry, now);
  });
  afterAll(async () => {
    await store?.close();
  });

  const issue = () =>
    issueCredential(store.db, {
      entryId: entry,
      providerId: 'prov-de-0042',
      learner,
      issuedBy: 'test',
      publicUrl,
      language: 'en',
      now,
    });

  it('serves an unchanged status list as it signed it for five minutes, and a changed one signed anew', async () => {
    const { id, credential } = await issue();
    const url = (credential.credentialStatus as { statusListCredential: string }).statusListCredential;
    const listId = Number(url.split('/').pop());
    const served = (at: Date) => statusListCredential(store.db, listId, publicUrl, at);
    const first = (await served(now))!;
    const later = new Date(now.getTime() + 4 * 60_000);
    expect(await served(later)).toEqual(first);
    const afterwards = (await served(new Date(now.getTime() + 5 * 60_000)))!;
    expect(afterwards.validFrom).toBe('2026-11-23T10:05:00.000Z');
    expect(afterwards.proof).not.toEqual(first.proof);
    await revokeCredential(store.db, id, 'prov-de-0042', later);
    const revoked = (await served(new Date(now.getTime() + 6 * 60_000)))!;
    expect(revoked.validFrom).toBe('2026-11-23T10:06:00.000Z');
    expect((revoked.credentialSubject as { encodedList: string }).encodedList).not.toBe(
      (afterwards.credentialSubject as { encodedList: string }).encodedList,
    );
  });

  it('issues a credential that credmap’s own verifier accepts, and revokes it through the list', async () => {
    const { id, credential } = await issue();
    expect(credential.id).toBe(id);
    const before = await verify(credential);
    expect(before.checks.find((c) => c.id === 'status')).toMatchObject({ status: 'ok' });
    expect(verdictOf(before)).toBe('valid');
    expect(JSON.stringify(credential)).not.toContain('maija@example.org');

    await revokeCredential(store.db, id, 'prov-de-0042', now);
    const after = await verify(credential);
    expect(after.checks.find((c) => c.id === 'status')).toMatchObject({ status: 'failed' });
    expect(verdictOf(after)).toBe('invalid');
    await expect(revokeCredential(store.db, id, 'prov-de-0042', now)).rejects.toMatchObject({
      code: 'alreadyRevoked',
    });
  });

  it('finds its own lists for the check page, and no list for a number no list can have', async () => {
    const { credential } = await issue();
    const own = (credential.credentialStatus as { statusListCredential: string }).statusListCredential;
    const pointing = (...urls: string[]) =>
      JSON.stringify({ ...credential, credentialStatus: urls.map((u) => ({ statusListCredential: u })) });
    expect([...(await ownStatusLists(store.db, pointing(own), publicUrl, now)).keys()]).toEqual([own]);
    const beyond = ['2147483648', '9007199254740991', '99999999999999999999', '0', '01', '1e3', '-1'].map(
      (n) => statusListUrl(publicUrl, 0).replace(/0$/, n),
    );
    expect(await ownStatusLists(store.db, pointing(...beyond), publicUrl, now)).toEqual(new Map());
    // However many lists a credential names, a few are looked up: its own list ninth is not reached.
    const many = Array.from({ length: 8 }, (_, i) => statusListUrl(publicUrl, 1_000_000 + i));
    expect(await ownStatusLists(store.db, pointing(...many, own), publicUrl, now)).toEqual(new Map());
    expect([
      ...(await ownStatusLists(store.db, pointing(...many.slice(1), own), publicUrl, now)).keys(),
    ]).toEqual([own]);
  });

  it('gives every credential its own place on the list, and revoking one leaves the others', async () => {
    const a = await issue();
    const b = await issue();
    const [ia, ib] = [await findIssued(store.db, a.id), await findIssued(store.db, b.id)];
    expect(ia!.list_id).toBe(ib!.list_id);
    expect(ia!.list_index).not.toBe(ib!.list_index);
    await revokeCredential(store.db, b.id, 'prov-de-0042', now);
    expect((await verify(a.credential)).checks.find((c) => c.id === 'status')).toMatchObject({
      status: 'ok',
    });
    expect((await verify(b.credential)).checks.find((c) => c.id === 'status')).toMatchObject({
      status: 'failed',
    });
  });

  it('signs with the awarding body’s own key: another body cannot revoke, a tampered credential fails', async () => {
    const { id, credential } = await issue();
    await expect(revokeCredential(store.db, id, 'prov-de-other', now)).rejects.toMatchObject({
      code: 'notFound',
    });
    const tampered = { ...credential, name: 'Something else' };
    expect(verdictOf(await verify(tampered))).toBe('invalid');
  });

  it('keeps nothing about the learner', async () => {
    await issue();
    const { rows } = await sql<{ t: string }>`
      select row_to_json(x)::text as t from (
        select * from register_issued) x
      union all select row_to_json(y)::text from (select * from register_entry) y`.execute(store.db);
    for (const row of rows) {
      expect(row.t).not.toContain('maija');
      expect(row.t).not.toContain('Meikäläinen');
    }
  });

  it('refuses an entry that is not published, not the provider’s, or not fully described', async () => {
    const { id: draft } = await createEntry(store.db, {
      record: { title: { en: 'Bare' }, issuerCountries: ['DE'], awardingBodies: [{ name: { de: 'X' } }] },
      origin: 'provider',
      providerId: 'prov-de-0042',
      now,
    });
    const attempt = (entryId: string, providerId = 'prov-de-0042') =>
      issueCredential(store.db, {
        entryId,
        providerId,
        learner,
        issuedBy: 'test',
        publicUrl,
        language: 'en',
        now,
      });
    await expect(attempt(draft)).rejects.toMatchObject({ code: 'notPublished' });
    await publish(store.db, draft, now);
    const incomplete = await attempt(draft).catch((e: unknown) => e);
    expect(incomplete).toBeInstanceOf(IssuingError);
    expect((incomplete as IssuingError).fields).toEqual(
      expect.arrayContaining(['learningOutcomes', 'workload']),
    );
    await expect(attempt(entry, 'prov-de-other')).rejects.toMatchObject({ code: 'notFound' });
    await expect(
      issueCredential(store.db, {
        entryId: entry,
        providerId: 'prov-de-0042',
        learner: {},
        issuedBy: 't',
        publicUrl,
        language: 'en',
        now,
      }),
    ).rejects.toMatchObject({ code: 'noLearner' });
  });
});
