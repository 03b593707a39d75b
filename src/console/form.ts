import { isStorableText } from '../store/index.ts';
import type { ConsoleContext, ConsoleKit } from './kit.tsx';
import type { ConsoleTranslate } from './messages/index.ts';
import { ConsoleProblem } from './problem.ts';
import type { FieldIssue } from './views/layout.tsx';

export interface ConsoleForm {
  /** Text fields; a field sent twice keeps its values in order. */
  readonly fields: Readonly<Record<string, readonly string[]>>;
  readonly files: Readonly<Record<string, File>>;
  value(name: string): string;
  /**
   * The fields whose text the database cannot store (a NUL): always empty unless the form was read
   * with `{ fieldIssues: true }`, whose route shows them with formIssues.
   */
  readonly unstorable: readonly string[];
}

const maxFields = 200;

/**
 * A console form, after its CSRF token is checked: plain forms and uploads only; anything else is a
 * 4xx with a message, never a 500.
 *
 * A field whose text cannot be stored refuses the form with a 422 that names the field, before the
 * route reads it; a route whose page shows errors beside its fields asks for them instead
 * (`fieldIssues`) and must return the page with formIssues before it writes anything.
 */
export async function readConsoleForm(
  c: ConsoleContext,
  kit: ConsoleKit,
  options: { readonly fieldIssues?: boolean } = {},
): Promise<ConsoleForm> {
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
  const unstorable: string[] = [];
  let count = 0;
  for (const [name, raw] of Object.entries(body)) {
    const list = Array.isArray(raw) ? raw : [raw];
    count += list.length;
    // No form of the console has such a name: it was made by hand.
    if (count > maxFields || name.length > 100 || !isStorableText(name)) throw ConsoleProblem.badRequest();
    for (const v of list) {
      if (typeof v === 'string') {
        fields[name] = [...(fields[name] ?? []), v];
        if (!isStorableText(v) && !unstorable.includes(name)) unstorable.push(name);
      } else if (v instanceof File && v.size > 0) {
        if (name in files) throw ConsoleProblem.badRequest();
        files[name] = v;
      }
    }
  }
  const csrf = fields._csrf;
  kit.checkCsrf(c, csrf?.length === 1 ? csrf[0] : undefined);
  if (unstorable.length > 0 && options.fieldIssues !== true)
    throw new ConsoleProblem(422, 'console.form.unstorable', { field: unstorable[0]! });
  return { fields, files, value: (name) => fields[name]?.[0]?.trim() ?? '', unstorable };
}

/**
 * A form's field errors: the route's own, and before them one on each field whose text cannot be
 * stored (which says more than the route's check of the same field could: the character is
 * invisible). `fieldOf` maps a field's name to the element its error is shown by, '' for none.
 */
export function formIssues(
  form: ConsoleForm,
  t: ConsoleTranslate,
  own: readonly FieldIssue[],
  fieldOf: (name: string) => string = (name) => name,
): FieldIssue[] {
  const first = form.unstorable.map((name) => ({
    field: fieldOf(name),
    message: t('console.form.unstorableField'),
  }));
  return [...first, ...own.filter((i) => !first.some((u) => u.field === i.field))];
}
