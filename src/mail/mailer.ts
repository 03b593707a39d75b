import nodemailer from 'nodemailer';

export interface Message {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  /** Extra header lines, e.g. List-Unsubscribe (RFC 2369) and List-Unsubscribe-Post (RFC 8058). */
  readonly headers?: Readonly<Record<string, string>>;
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
      await transport.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.headers === undefined ? {} : { headers: { ...message.headers } }),
      });
    },
    close: () => transport.close(),
  };
}
