import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server on loopback that keeps what it receives. While `down` is set it refuses every
 * recipient with a temporary failure, as a mail server under maintenance does; the addresses in
 * `refused` it refuses for good (550 5.1.1), as a server that knows no such mailbox does; those in
 * `blocked` for a reason of the sender's (554 5.7.1, relaying denied), as a relay that does not
 * know the sending host does. Addresses it cannot parse it refuses with 501 by itself.
 */
export function smtpServer() {
  const received: { to: string[]; raw: string }[] = [];
  const state = { down: false, refused: new Set<string>(), blocked: new Set<string>() };
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (state.down) {
        const error = new Error('Service temporarily unavailable') as Error & { responseCode: number };
        error.responseCode = 451;
        callback(error);
      } else if (state.refused.has(address.address)) {
        // As real servers word it, with the address in the reply: what a log must not keep.
        const error = new Error(`5.1.1 <${address.address}>: No such user here`) as Error & {
          responseCode: number;
        };
        error.responseCode = 550;
        callback(error);
      } else if (state.blocked.has(address.address)) {
        const error = new Error(`5.7.1 <${address.address}>: Relay access denied`) as Error & {
          responseCode: number;
        };
        error.responseCode = 554;
        callback(error);
      } else callback();
    },
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => {
        raw += chunk.toString('utf8');
      });
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  return {
    received,
    state,
    listen: () =>
      new Promise<number>((resolve) => {
        server.listen(0, '127.0.0.1', () => resolve((server.server.address() as { port: number }).port));
      }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A received message's text with quoted-printable undone (soft breaks, =XX bytes read as UTF-8). */
export function bodyOf(raw: string): string {
  const joined = raw.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined[i] === '=' ? /^[0-9A-F]{2}/.exec(joined.slice(i + 1, i + 3)) : null;
    if (hex !== null) {
      bytes.push(Number.parseInt(hex[0], 16));
      i += 2;
    } else bytes.push(...Buffer.from(joined[i]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}
