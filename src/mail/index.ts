/** E-mail over SMTP. */
export { isEmailAddress } from './address.ts';
export type { Mailer, Message } from './mailer.ts';
export { createSmtpMailer } from './mailer.ts';
export type { SmtpCodes } from './refusal.ts';
export { addressRefused, smtpCodes } from './refusal.ts';
