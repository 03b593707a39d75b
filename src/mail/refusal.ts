/** What a failed send says in codes (nodemailer's error fields), without the server's reply text. */
export interface SmtpCodes {
  readonly code: unknown;
  readonly command: unknown;
  readonly responseCode: unknown;
  /** The reply's enhanced status code (RFC 3463), `5.1.1` say, when the server gave one. */
  readonly enhanced: string | undefined;
}

/** A failed send's codes only: a server's reply text often repeats the address, so it stays out of logs. */
export function smtpCodes(error: unknown): SmtpCodes {
  const { code, command, responseCode, response } = (error ?? {}) as Partial<SmtpCodes> & {
    response?: unknown;
  };
  const enhanced =
    typeof response === 'string'
      ? /^\d{3}[ -]([245]\.\d{1,3}\.\d{1,3})(?= |$)/.exec(response)?.[1]
      : undefined;
  return { code, command, responseCode, enhanced };
}

/**
 * The SMTP server refused the recipient's address for good: a 5xx reply to RCPT TO (RFC 5321,
 * section 4.2.1) whose enhanced status code says the address is at fault, class 5.1 (RFC 3463,
 * section 3.2: no such mailbox, bad syntax, no such domain). Nothing was sent, and sending again
 * would not help. Any other refusal is not held against the address: a 5.7 (relaying denied,
 * authentication required) is the sending side's setup, a 4xx or a lost connection the service's
 * failure, and a reply without an enhanced code cannot be told apart; all of them are tried again.
 */
export function addressRefused({ code, command, responseCode, enhanced }: SmtpCodes): boolean {
  return (
    code === 'EENVELOPE' &&
    command === 'RCPT TO' &&
    typeof responseCode === 'number' &&
    responseCode >= 500 &&
    responseCode < 600 &&
    enhanced?.startsWith('5.1.') === true
  );
}
