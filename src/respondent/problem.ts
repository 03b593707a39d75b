import type { MessageKey, Params } from '../i18n/index.ts';

/**
 * A request that cannot go on, said to the respondent in their language: an HTTP status, a title
 * and a text. Thrown by handlers, rendered by the respondent app's error handler.
 */
export class PageProblem extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500 | 503,
    readonly titleKey: MessageKey,
    readonly bodyKey: MessageKey,
    readonly params: Params = {},
  ) {
    super(titleKey);
    this.name = 'PageProblem';
  }
}

export const problems = {
  notFound: () => new PageProblem(404, 'error.notFound.title', 'error.notFound.body'),
  badRequest: () => new PageProblem(400, 'error.badRequest.title', 'error.badRequest.body'),
  unsupportedBody: () => new PageProblem(415, 'error.badRequest.title', 'error.badRequest.body'),
  expired: () => new PageProblem(403, 'error.expired.title', 'error.expired.body'),
  completed: () => new PageProblem(409, 'error.completed.title', 'error.completed.body'),
  tooLarge: () => new PageProblem(413, 'error.tooLarge.title', 'error.tooLarge.body'),
  tooMany: (minutes: number) =>
    new PageProblem(429, 'error.tooMany.title', 'error.tooMany.body', { minutes }),
  unavailable: () => new PageProblem(503, 'error.unavailable.title', 'error.unavailable.body'),
};
