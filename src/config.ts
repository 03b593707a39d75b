import { z } from 'zod';

/**
 * The environment, parsed once at start. A bad value stops credmap with every problem listed,
 * instead of failing later in the middle of a request.
 */
const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** The embedded database's folder, used when DATABASE_URL is not set. */
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' })
    .optional(),
  /** The questionnaires loaded (and opened) at start. */
  QUESTIONNAIRES_DIR: z.string().min(1).default('./questionnaires'),
  /** The address respondents reach credmap at, for links in e-mails. */
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** smtp:// or smtps:// URL of the mail server; e-mails are not offered when unset. */
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
  MAIL_FROM: z.string().min(3).default('credmap <no-reply@localhost>'),
  /** Invitation and reminder e-mails per minute, across every process sharing the database. */
  MAIL_RATE: z.coerce.number().int().min(1).max(10_000).default(60),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Largest request body accepted, in bytes. */
  BODY_LIMIT: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50_000_000)
    .default(256 * 1024),
});

export type Config = Readonly<z.infer<typeof configSchema> & { publicUrl: string }>;

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `credmap cannot start, the configuration has problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

/** Reads the configuration from an environment (process.env by default); empty values count as unset. */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const c = parsed.data;
  const publicUrl = (
    c.PUBLIC_URL ?? `http://${c.HOST.includes(':') ? `[${c.HOST}]` : c.HOST}:${c.PORT}`
  ).replace(/\/$/, '');
  return Object.freeze({ ...c, publicUrl });
}
