import type { Context } from 'hono';
import type { ConsoleKey } from './messages/index.ts';
import { consoleTranslator, pickConsoleLanguage } from './messages/index.ts';

/** A console request that cannot go on: a status and a message key, rendered by the console's onError. */
export class ConsoleProblem extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503,
    readonly key: ConsoleKey,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(key);
    this.name = 'ConsoleProblem';
  }

  static notFound = () => new ConsoleProblem(404, 'console.problem.notFound');
  static forbidden = () => new ConsoleProblem(403, 'console.problem.forbidden');
  static unauthorized = () => new ConsoleProblem(401, 'console.problem.unauthorized');
  static expired = () => new ConsoleProblem(403, 'console.problem.expired');
  static badRequest = () => new ConsoleProblem(400, 'console.problem.badRequest');
  static unsupported = () => new ConsoleProblem(415, 'console.problem.badRequest');
  /** A request body over the limit, `max` in MB. */
  static tooLarge = (max: number) => new ConsoleProblem(413, 'console.problem.tooLarge', { max });
  /** The service cannot answer now (its database, say); the client may try again. */
  static unavailable = () => new ConsoleProblem(503, 'console.problem.unavailable');
}

/**
 * A problem as the API says it: `{ error, message }` in the account's language, or before sign-in
 * in the one the client asks for.
 */
export function apiProblemReply(c: Context, problem: ConsoleProblem, accountLanguage?: string): Response {
  const t = consoleTranslator(accountLanguage ?? pickConsoleLanguage(c.req.header('accept-language')));
  if (problem.status === 401) c.header('WWW-Authenticate', 'Bearer realm="credmap"');
  if (problem.status === 503) c.header('Retry-After', '30');
  return c.json(
    { error: problem.key.replace(/^console\./, ''), message: t(problem.key, problem.params) },
    problem.status,
  );
}
