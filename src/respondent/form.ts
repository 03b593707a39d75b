import type { Context } from 'hono';
import type { FormInput } from '../questionnaire/index.ts';
import { itemKeyPattern } from './codes.ts';
import { problems } from './problem.ts';

/** Fields every respondent form carries besides the answers. */
export interface SystemFields {
  readonly csrf: string | undefined;
  readonly renderedAt: number | undefined;
  readonly action: string | undefined;
  /** The field people never see came back filled in: likely a robot. */
  readonly honeypot: boolean;
  /** The repeat item a page of an item belongs to, if the form says (`_item`). */
  readonly item: ItemField | undefined;
}

/**
 * A page of a repeat item carries the item's key, and the first page of an item not yet stored a
 * new key marked as such: `_item=KEY` or `_item=new:KEY`.
 */
export interface ItemField {
  readonly key: string;
  readonly creates: boolean;
}

const itemFieldName = '_item';
const newItemPrefix = 'new:';

export function itemFieldValue(field: ItemField): string {
  return field.creates ? `${newItemPrefix}${field.key}` : field.key;
}

function itemField(value: string | undefined): ItemField | undefined {
  if (value === undefined) return undefined;
  const creates = value.startsWith(newItemPrefix);
  const key = creates ? value.slice(newItemPrefix.length) : value;
  if (!itemKeyPattern.test(key)) throw problems.badRequest();
  return { key, creates };
}

/** `_hp` is the honeypot: hidden from people and assistive technology, filled in only by robots. */
export const honeypotName = '_hp';
const systemNames = new Set(['_csrf', '_ts', '_action', honeypotName, itemFieldName]);
const maxFields = 500;

/**
 * The body of a respondent form, as field name -> values. Anything but a plain form (a file, JSON,
 * a wrong content type, too many fields) is refused with a 4xx, never a 500.
 */
export async function readForm(c: Context): Promise<{ form: FormInput; system: SystemFields }> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded' && type !== 'multipart/form-data')
    throw problems.unsupportedBody();
  let body: Record<string, unknown>;
  try {
    body = type === 'multipart/form-data' ? await c.req.parseBody({ all: true }) : await urlEncoded(c);
  } catch {
    throw problems.badRequest();
  }
  // Without a prototype, a field named `constructor` or `__proto__` is a field like any other (and
  // one no question sends, so the page refuses it as forged).
  const form: Record<string, string[]> = Object.create(null);
  const system: Record<string, string> = Object.create(null);
  let count = 0;
  for (const [name, raw] of Object.entries(body)) {
    const list = Array.isArray(raw) ? raw : [raw];
    count += list.length;
    if (count > maxFields || name.length > 200) throw problems.badRequest();
    if (!list.every((v): v is string => typeof v === 'string')) throw problems.badRequest();
    if (systemNames.has(name)) {
      if (list.length !== 1) throw problems.badRequest();
      system[name] = list[0]!;
    } else form[name] = list;
  }
  const ts = Number(system._ts);
  return {
    form,
    system: {
      csrf: system._csrf,
      renderedAt: Number.isFinite(ts) ? ts : undefined,
      action: system._action,
      honeypot: (system[honeypotName] ?? '') !== '',
      item: itemField(system[itemFieldName]),
    },
  };
}

/**
 * A URL-encoded body (what every respondent form sends), read as the URL standard reads it. Decoded
 * here rather than as form data, which would build a form data object only to be read back.
 */
async function urlEncoded(c: Context): Promise<Record<string, string[]>> {
  const fields: Record<string, string[]> = Object.create(null);
  for (const [name, value] of new URLSearchParams(await c.req.text())) {
    const list = fields[name];
    if (list === undefined) fields[name] = [value];
    else list.push(value);
  }
  return fields;
}

/** Seconds on a page, from when it was shown to when it was sent; capped, never negative. */
export function secondsSince(renderedAt: number | undefined, now: Date): number {
  if (renderedAt === undefined) return 0;
  return Math.max(0, Math.min(3600, Math.round((now.getTime() - renderedAt) / 1000)));
}
