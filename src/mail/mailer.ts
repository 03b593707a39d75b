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

/**
 * A mailer over SMTP (smtp:// or smtps:// URL, credentials in the URL when the server needs them).
 * A send gives up within about two minutes (nodemailer waits up to ten for a silent server): well
 * inside the job queue's five-minute lease, so that no second worker takes up an e-mail that may
 * still be on its way, and sends it twice.
 */
export function createSmtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport({
    url,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
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
