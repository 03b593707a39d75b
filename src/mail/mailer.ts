import nodemailer from 'nodemailer';

export interface Message {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

/** Sends e-mail. Addresses are never logged: the caller passes them straight through. */
export interface Mailer {
  send(message: Message): Promise<void>;
  close(): void;
}

/** A mailer over SMTP (smtp:// or smtps:// URL, credentials in the URL when the server needs them). */
export function createSmtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    async send(message) {
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
    close: () => transport.close(),
  };
}
