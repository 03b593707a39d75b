/** The study team's console (/console) and the account tools the command line shares with it. */
export type { Permission } from './access.ts';
export { grants, permissions, roles } from './access.ts';
export { setupLinkIfNeeded } from './auth.routes.tsx';
export { consoleRoutes } from './console.routes.tsx';
export type { ConsoleOptions, RouteRule } from './kit.tsx';
export { consoleTranslator, pickConsoleLanguage } from './messages/index.ts';
export { apiProblemReply, ConsoleProblem } from './problem.ts';
export { releaseJob, releaseJobKind } from './release.ts';
export { addUser, UserInputError } from './users.ts';
