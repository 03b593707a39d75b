/** The HTTP application: sub-apps mounted, headers, limits, one error handler. */
export type { AppDeps } from './app.ts';
export { createApp } from './app.ts';
