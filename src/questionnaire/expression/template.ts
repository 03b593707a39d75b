import { scanReference } from './identifiers.ts';

export type TemplatePart = string | { readonly ref: string };

export interface Template {
  /** Literal text and references in order; adjacent texts are merged and never empty. */
  readonly parts: TemplatePart[];
}

/**
 * Splits a text into literal parts and `${id}` references, for piping answers into question texts.
 * `$${` is an escape and reads as a literal `${`; a `$` that starts no valid reference stays as it is.
 * Never throws: any text is a template.
 */
export function parseTemplate(text: string): Template {
  const parts: TemplatePart[] = [];
  let literal = '';
  let i = 0;
  const charAt = (at: number) => text[at];
  while (i < text.length) {
    const dollar = text.indexOf('$', i);
    if (dollar < 0) break;
    literal += text.slice(i, dollar);
    if (text.startsWith('$${', dollar)) {
      literal += '${';
      i = dollar + 3;
      continue;
    }
    const end = scanReference(charAt, dollar);
    if (end < 0) {
      literal += '$';
      i = dollar + 1;
      continue;
    }
    if (literal !== '') parts.push(literal);
    literal = '';
    parts.push({ ref: text.slice(dollar + 2, end - 1) });
    i = end;
  }
  literal += text.slice(i);
  if (literal !== '') parts.push(literal);
  return { parts };
}

/** The ids a text refers to, each once, in order of first appearance. */
export function templateRefs(text: string): string[] {
  const ids = parseTemplate(text).parts.flatMap((p) => (typeof p === 'string' ? [] : [p.ref]));
  return [...new Set(ids)];
}

/** The text with every reference replaced by what `resolve` says about it. */
export function renderTemplate(text: string, resolve: (id: string) => string): string {
  return parseTemplate(text)
    .parts.map((p) => (typeof p === 'string' ? p : resolve(p.ref)))
    .join('');
}
