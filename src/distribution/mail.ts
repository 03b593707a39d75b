import { formatDateTime, translator } from '../i18n/index.ts';
import type { Message } from '../mail/index.ts';
import type { LocalizedText } from '../questionnaire/index.ts';
import { resolveText, studySchema } from '../questionnaire/index.ts';
import type { ContactRow, Store } from '../store/index.ts';
import { findCurrentQuestionnaire, findVersion } from '../store/index.ts';
import { invitationPath, invitationToken, unsubscribePath } from './tokens.ts';

export type MailKind = 'invitation' | 'reminder';

/**
 * An invitation or reminder in the contact's language: the questionnaire's title, who asks, how
 * long, until when, the personal link, the privacy statement and a working unsubscribe link.
 */
export async function composeMail(
  store: Store,
  options: { secret: string; publicUrl: string },
  contact: ContactRow,
  kind: MailKind,
): Promise<Message | undefined> {
  const q = await store.db
    .selectFrom('questionnaire as q')
    .innerJoin('study as s', 's.id', 'q.study_id')
    .select(['q.slug', 's.slug as study'])
    .where('q.id', '=', contact.questionnaire_id)
    .executeTakeFirst();
  if (q === undefined) return undefined;
  const current = await findCurrentQuestionnaire(store.db, q.study, q.slug);
  const version = current === undefined ? undefined : await findVersion(store.db, current.versionId);
  if (current === undefined || version === undefined) return undefined;
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
    closes:
      current.questionnaire.closes_at === null
        ? '–'
        : formatDateTime(lang, current.questionnaire.closes_at, study.timeZone),
    link: `${options.publicUrl}${invitationPath(lang, q.study, q.slug, token)}`,
    privacy: `${options.publicUrl}/${lang}/s/${q.study}/privacy`,
    unsubscribe,
  };
  return {
    to: contact.email,
    subject: t(kind === 'invitation' ? 'mail.invitation.subject' : 'mail.reminder.subject', params),
    text: t(kind === 'invitation' ? 'mail.invitation.body' : 'mail.reminder.body', params),
    headers: {
      'List-Unsubscribe': `<${unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'Auto-Submitted': 'auto-generated',
    },
  };
}
