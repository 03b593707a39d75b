import { randomBytes } from 'node:crypto';
import { serve } from '@hono/node-server';
import pino from 'pino';
import type { Config } from './config.ts';
import { releaseJob, releaseJobKind, setupLinkIfNeeded } from './console/index.ts';
import { startWorker } from './distribution/index.ts';
import { answerClientError, createApp } from './http/index.ts';
import { createSmtpMailer } from './mail/index.ts';
import { Catalog } from './respondent/index.ts';
import type { Store } from './store/index.ts';
import { getOrCreateSetting, openStore, purgeAttempts } from './store/index.ts';
import { installStudies, readStudies } from './studies/index.ts';

/** Opens the database the configuration names (PostgreSQL, or the embedded one in DATA_DIR). */
export function storeFor(config: Config): Promise<Store> {
  return config.DATABASE_URL === undefined
    ? openStore({ dataDir: config.DATA_DIR })
    : openStore({ databaseUrl: config.DATABASE_URL });
}

/** The composition root: database, study files, application, server. Returns a stop function. */
export async function start(
  config: Config,
): Promise<{ stop: () => Promise<void>; port: number; setupLink: string | undefined }> {
  const logger = pino({ level: config.LOG_LEVEL, base: { service: 'credmap' } });
  const studies = await readStudies(config.QUESTIONNAIRES_DIR);
  const store = await storeFor(config);
  try {
    await installStudies(store, studies);
  } catch (error) {
    await store.close();
    throw error;
  }
  const secret = await getOrCreateSetting(store.db, 'secret', () => randomBytes(32).toString('base64url'));
  const mailer =
    config.SMTP_URL === undefined ? undefined : createSmtpMailer(config.SMTP_URL, config.MAIL_FROM);
  const app = createApp({
    store,
    logger,
    mailer,
    secret,
    publicUrl: config.publicUrl,
    bodyLimit: config.BODY_LIMIT,
  });

  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, () => resolve(s));
    s.once('error', reject);
  });
  server.on('clientError', answerClientError(config.publicUrl));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.PORT;
  // Not through the logger: the link is a secret for whoever started credmap, not for log files.
  // The address as served (a port of 0 means "any free port"), unless PUBLIC_URL names another.
  const servedAt =
    config.PUBLIC_URL === undefined ? config.publicUrl.replace(/:\d+$/, `:${port}`) : config.publicUrl;
  const setup = await setupLinkIfNeeded(store, servedAt, new Date());
  if (setup !== undefined)
    process.stderr.write(
      `\ncredmap has no accounts yet. Open this link within 7 days to create the first owner:\n  ${setup}\n\n`,
    );
  logger.info(
    { database: store.kind, studies: studies.map((s) => s.study.slug), url: `http://${config.HOST}:${port}` },
    'credmap is serving',
  );
  // Rate-limit windows name clients (by a keyed hash); none is kept longer than a day.
  const purge = setInterval(() => {
    purgeAttempts(store.db, new Date(Date.now() - 24 * 3600 * 1000)).catch((err: unknown) =>
      logger.warn({ err }, 'old rate-limit windows could not be removed'),
    );
  }, 3600 * 1000);
  purge.unref();
  // Invitations, reminders and other queued work: every process runs the queue; leases keep them apart.
  const worker = startWorker({
    store,
    mailer,
    secret,
    publicUrl: config.publicUrl,
    logger,
    now: () => new Date(),
    mailsPerMinute: config.MAIL_RATE,
    handlers: { [releaseJobKind]: releaseJob(store, new Catalog(store), () => new Date()) },
  });
  let stopped = false;
  return {
    port,
    setupLink: setup,
    async stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(purge);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await worker.stop();
      mailer?.close();
      await store.close();
      logger.info('credmap stopped');
    },
  };
}
