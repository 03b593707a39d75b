import { Hono } from 'hono';
import type { Catalog } from '../respondent/index.ts';
import { accountRoutes } from './account.routes.tsx';
import { apiRoutes, openApiDocument } from './api.routes.ts';
import { authRoutes } from './auth.routes.tsx';
import { distributionRoutes } from './distribution.routes.tsx';
import { exportsRoutes } from './exports.routes.tsx';
import type { ConsoleEnv, ConsoleOptions, RouteRule } from './kit.tsx';
import { consoleKit } from './kit.tsx';
import { consoleTranslator, pickConsoleLanguage } from './messages/index.ts';
import { monitorRoutes } from './monitor.routes.tsx';
import { apiProblemReply, ConsoleProblem } from './problem.ts';
import { questionnaireRoutes } from './questionnaire.routes.tsx';
import { registerRoutes } from './register.routes.tsx';
import { resultsRoutes } from './results.routes.tsx';
import { studyRoutes } from './studies.routes.tsx';
import { translationRoutes } from './translation.routes.tsx';
import { ConsoleLayout } from './views/layout.tsx';
import { sendConsolePage } from './views/send.ts';
import { weightsRoutes } from './weights.routes.tsx';

/** The study team's console under /console, with the rule every route was registered with. */
export function consoleRoutes(options: ConsoleOptions & { catalog: Catalog }): {
  app: Hono<ConsoleEnv>;
  rules: readonly RouteRule[];
} {
  const app = new Hono<ConsoleEnv>();
  const kit = consoleKit(options);
  app.use('*', kit.loadPrincipal);
  authRoutes(app, kit);
  accountRoutes(app, kit);
  studyRoutes(app, kit);
  questionnaireRoutes(app, kit, options.catalog);
  translationRoutes(app, kit);
  monitorRoutes(app, kit);
  distributionRoutes(app, kit, options.catalog);
  resultsRoutes(app, kit, options.catalog);
  weightsRoutes(app, kit, options.catalog);
  exportsRoutes(app, kit, options.catalog);
  registerRoutes(app, kit);
  apiRoutes(app, kit, options.catalog);
  kit.route(app, 'GET', '/api/openapi.json', { kind: 'public' }, (c) => {
    c.header('Cache-Control', 'public, max-age=300');
    return c.json(openApiDocument(options.publicUrl));
  });

  app.onError((error, c) => {
    if (!(error instanceof ConsoleProblem)) throw error;
    const principal = c.get('principal');
    if (new URL(c.req.url).pathname.startsWith('/api/'))
      return apiProblemReply(c, error, principal?.account.language);
    const t = consoleTranslator(
      principal?.account.language ?? pickConsoleLanguage(c.req.header('accept-language')),
    );
    return sendConsolePage(
      c,
      <ConsoleLayout
        frame={{
          t,
          lang: t.lang,
          assets: options.assets,
          csrf: kit.csrfFor(c),
          who: principal?.account.name,
        }}
        title={t('console.problem.title')}
        hasErrors
      >
        <h1>{t('console.problem.title')}</h1>
        <p>{t(error.key, error.params)}</p>
        <p>
          <a href="/console">{t('console.problem.back')}</a>
        </p>
      </ConsoleLayout>,
      error.status,
    );
  });
  return { app, rules: kit.rules };
}
