/** The HTTP application: sub-apps mounted, headers, limits, one error handler. */
export type { AppDeps } from './app.ts';
export { answerClientError, createApp } from './app.ts';
