import { Hono } from 'hono';
import { eraseRoutes } from './erase.routes.tsx';
import { respondentErrors } from './errors.tsx';
import { invitationRoutes } from './invitation.routes.tsx';
import type { RespondentOptions } from './kit.tsx';
import { respondentKit } from './kit.tsx';
import { questionnaireRoutes } from './questionnaire.routes.tsx';
import { registerRoutes } from './register.routes.tsx';
import { repeatRoutes } from './repeat.routes.tsx';
import { resultsRoutes } from './results.routes.tsx';
import { resumeRoutes } from './resume.routes.tsx';
import { studyRoutes } from './study.routes.tsx';
import { verifyRoutes } from './verify.routes.tsx';

export type { RespondentOptions } from './kit.tsx';

/** The respondent sub-app: every page a respondent meets, and its error pages. */
export function respondentRoutes(options: RespondentOptions): Hono {
  const app = new Hono();
  const kit = respondentKit(options);
  studyRoutes(app, kit);
  verifyRoutes(app, kit);
  registerRoutes(app, kit);
  eraseRoutes(app, kit);
  resultsRoutes(app, kit);
  // Before the question pages: `/r/{group}/{n}/remove` would otherwise read as a page named "remove".
  repeatRoutes(app, kit);
  invitationRoutes(app, kit);
  questionnaireRoutes(app, kit);
  resumeRoutes(app, kit);
  app.onError(respondentErrors(options));
  return app;
}
