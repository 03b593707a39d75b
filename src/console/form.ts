import type { ConsoleContext, ConsoleKit } from './kit.tsx';
import { ConsoleProblem } from './problem.ts';

export interface ConsoleForm {
  /** Text fields; a field sent twice keeps its values in order. */
  readonly fields: Readonly<Record<string, readonly string[]>>;
  readonly files: Readonly<Record<string, File>>;
  value(name: string): string;
}

const maxFields = 200;

/**
 * A console form, after its CSRF token is checked: plain forms and uploads only; anything else is a
 * 4xx with a message, never a 500.
 */
export async function readConsoleForm(c: ConsoleContext, kit: ConsoleKit): Promise<ConsoleForm> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded' && type !== 'multipart/form-data')
    throw ConsoleProblem.unsupported();
  let body: Record<string, unknown>;
  try {
    body = await c.req.parseBody({ all: true });
  } catch {
    throw ConsoleProblem.badRequest();
  }
  // Without a prototype, a field named `constructor` or `__proto__` is a field like any other.
  const fields: Record<string, string[]> = Object.create(null);
  const files: Record<string, File> = Object.create(null);
  let count = 0;
  for (const [name, raw] of Object.entries(body)) {
    const list = Array.isArray(raw) ? raw : [raw];
    count += list.length;
    if (count > maxFields || name.length > 100) throw ConsoleProblem.badRequest();
    for (const v of list) {
      if (typeof v === 'string') {
        fields[name] = [...(fields[name] ?? []), v];
      } else if (v instanceof File && v.size > 0) {
        if (name in files) throw ConsoleProblem.badRequest();
        files[name] = v;
      }
    }
  }
  const csrf = fields._csrf;
  kit.checkCsrf(c, csrf?.length === 1 ? csrf[0] : undefined);
  return { fields, files, value: (name) => fields[name]?.[0]?.trim() ?? '' };
}
