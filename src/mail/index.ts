/** E-mail over SMTP. */
export type { Mailer, Message } from './mailer.ts';
export { createSmtpMailer } from './mailer.ts';
