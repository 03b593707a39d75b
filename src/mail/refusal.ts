/** What a failed send says in codes (nodemailer's error fields), without the server's reply text. */
export interface SmtpCodes {
  readonly code: unknown;
  readonly command: unknown;
  readonly responseCode: unknown;
}

/** A failed send's codes only: a server's reply text often repeats the address, so it stays out of logs. */
export function smtpCodes(error: unknown): SmtpCodes {
  const { code, command, responseCode } = (error ?? {}) as Partial<SmtpCodes>;
  return { code, command, responseCode };
}

/**
 * The SMTP server refused the recipient for good: a 5xx reply to RCPT TO (RFC 5321, 4.2.1 and
 * 4.2.3: bad syntax, no such mailbox, relaying denied). Nothing was sent, and sending again would
 * not help. A temporary refusal (4xx) or a server that cannot be reached is a failure of the
 * service, not of the address.
 */
export function addressRefused({ code, command, responseCode }: SmtpCodes): boolean {
  return (
    code === 'EENVELOPE' &&
    command === 'RCPT TO' &&
    typeof responseCode === 'number' &&
    responseCode >= 500 &&
    responseCode < 600
  );
}
