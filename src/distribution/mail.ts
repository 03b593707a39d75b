import { formatDateTime, translator } from '../i18n/index.ts';
import type { Message } from '../mail/index.ts';
import type { LocalizedText } from '../questionnaire/index.ts';
import { resolveText, studySchema } from '../questionnaire/index.ts';
import type { ContactRow, Store } from '../store/index.ts';
import { findCurrentQuestionnaire, findVersion } from '../store/index.ts';
import { invitationPath, invitationToken, unsubscribePath } from './tokens.ts';

export type MailKind = 'invitation' | 'reminder';

/**
 * What to send a contact at `now`: the message; or why not now: the questionnaire is gone or has
 * no published version (`unpublished`), has closed (an invitation to it would lead nowhere), or
 * opens later (`opensAt`).
 */
export type ComposedMail =
  | { readonly ok: true; readonly message: Message }
  | { readonly ok: false; readonly reason: 'unpublished' | 'closed' }
  | { readonly ok: false; readonly reason: 'notOpen'; readonly opensAt: Date };

/**
 * An invitation or reminder in the contact's language: the questionnaire's title, who asks, how
 * long, until when, the personal link, the privacy statement and a working unsubscribe link.
 * Checked when sending, not when queued: the dates may have changed since.
 */
export async function composeMail(
  store: Store,
  options: { secret: string; publicUrl: string },
  contact: ContactRow,
  kind: MailKind,
  now: Date,
): Promise<ComposedMail> {
  const q = await store.db
    .selectFrom('questionnaire as q')
    .innerJoin('study as s', 's.id', 'q.study_id')
    .select(['q.slug', 's.slug as study'])
    .where('q.id', '=', contact.questionnaire_id)
    .executeTakeFirst();
  if (q === undefined) return { ok: false, reason: 'unpublished' };
  const current = await findCurrentQuestionnaire(store.db, q.study, q.slug);
  const version = current === undefined ? undefined : await findVersion(store.db, current.versionId);
  if (current === undefined || version === undefined) return { ok: false, reason: 'unpublished' };
  const { opens_at: opensAt, closes_at: closesAt } = current.questionnaire;
  if (closesAt !== null && closesAt <= now) return { ok: false, reason: 'closed' };
  if (opensAt !== null && opensAt > now) return { ok: false, reason: 'notOpen', opensAt };
  const definition = version.definition as {
    title: LocalizedText;
    fallbackLanguage: string;
    estimatedMinutes: number;
  };
  const study = studySchema.parse(current.study.definition);
  const lang = contact.language;
  const t = translator(lang);
  const text = (x: LocalizedText) => resolveText(x, lang, definition.fallbackLanguage);
  const token = invitationToken(options.secret, contact.token_salt);
  const unsubscribe = `${options.publicUrl}${unsubscribePath(lang, token)}`;
  const params = {
    title: text(definition.title),
    organisation: text(study.organisation),
    minutes: definition.estimatedMinutes,
    // A sentence of its own, left out when the questionnaire has no closing date.
    deadline:
      closesAt === null ? '' : t('mail.deadline', { closes: formatDateTime(lang, closesAt, study.timeZone) }),
    link: `${options.publicUrl}${invitationPath(lang, q.study, q.slug, token)}`,
    privacy: `${options.publicUrl}/${lang}/s/${q.study}/privacy`,
    unsubscribe,
  };
  const message: Message = {
    to: contact.email,
    subject: t(kind === 'invitation' ? 'mail.invitation.subject' : 'mail.reminder.subject', params),
    text: t(kind === 'invitation' ? 'mail.invitation.body' : 'mail.reminder.body', params),
    headers: {
      // The language the text is in (RFC 3282): a mail program can pass it on to a screen reader.
      'Content-Language': lang,
      'List-Unsubscribe': `<${unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'Auto-Submitted': 'auto-generated',
    },
  };
  return { ok: true, message };
}
