import type { QuestionnaireInput } from '../questionnaire/index.ts';
import type { TranslationEntry } from './apply.ts';
import type { LanguageStatus, Tracking, UnitStatus } from './status.ts';
import { statusWith } from './status.ts';
import type { XmlElement } from './xml-reader.ts';
import { isXmlChar, xmlNamespace } from './xml-reader.ts';

/** What XLIFF 1.2 and 2.x share here: options, notes, escaping, the reader's answer and its walk. */

export interface XliffOptions {
  /** Recorded source hashes, to mark outdated units; without them every translation is complete. */
  readonly tracking?: Tracking;
  /** 'open': only the units that need a translator (missing or outdated). Default 'all'. */
  readonly only?: 'all' | 'open';
}

export interface XliffIssue {
  readonly code: string;
  readonly line?: number;
  readonly detail?: string;
}

export type FromXliffResult =
  | {
      readonly ok: true;
      readonly sourceLanguage: string;
      readonly targetLanguage: string;
      readonly fileId: string;
      /** Mutable so callers can pass it on wherever a plain array of entries is wanted. */
      readonly entries: TranslationEntry[];
    }
  | { readonly ok: false; readonly issues: readonly XliffIssue[] };

export const xmlLang = `{${xmlNamespace}}lang`;

/** The state of every text in `targetLanguage`, and the units a file of `options` holds. */
export function unitsToWrite(
  definition: QuestionnaireInput,
  targetLanguage: string,
  options: XliffOptions,
): { status: LanguageStatus; units: readonly UnitStatus[] } {
  const status = statusWith(definition, targetLanguage, options.tracking);
  return { status, units: status.units.filter((u) => options.only !== 'open' || u.state !== 'complete') };
}

/** What a translator should know about a unit: its translation is outdated, its `${…}` differ. */
export function unitNotes(unit: UnitStatus): string[] {
  const notes: string[] = [];
  if (unit.state === 'outdated')
    notes.push('outdated: the source text has changed since this translation was made');
  if (unit.placeholders !== null)
    notes.push(
      `placeholders: ${[...unit.placeholders.missing.map((r) => `missing \${${r}}`), ...unit.placeholders.extra.map((r) => `extra \${${r}}`)].join(', ')}`,
    );
  return notes;
}

/**
 * Element content. A carriage return goes out as a reference because a reader would turn a literal
 * one into a line feed; characters XML cannot carry at all go out as `unrepresentable` makes them.
 */
export function content(text: string, unrepresentable: (cp: number) => string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '\r') out += '&#13;';
    else if (!isXmlChar(cp)) out += unrepresentable(cp);
    else out += ch;
  }
  return out;
}

/**
 * Attribute values are ids and language codes. XML has no way at all to carry some characters in
 * an attribute, so a broken draft's id gets U+FFFD there rather than a file nobody can read.
 */
export function attribute(value: string): string {
  let out = '';
  for (const ch of String(value)) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '"') out += '&quot;';
    else if (ch === '\t' || ch === '\n' || ch === '\r') out += `&#${cp};`;
    else out += isXmlChar(cp) ? ch : '\uFFFD';
  }
  return out;
}

/** Tools may trim or fold white space unless told not to; only say so where it matters. */
export const needsPreserve = (text: string): boolean => /^\s|\s$|\s\s|[\t\n\r]/.test(text);

/** A placeholder of the questionnaire engine written as a whole, `${q1}`. */
export const isPlaceholder = (value: string | undefined): value is string =>
  value !== undefined && /^\$\{[^}]+\}$/.test(value);

const blank = /^[ \t\n]*$/;

/** Issues with their lines, and the elements of one XLIFF namespace. */
export class XliffWalk {
  readonly issues: XliffIssue[] = [];

  constructor(readonly namespace: string) {}

  issue(code: string, element: { readonly line: number }, detail?: string) {
    this.issues.push(
      detail === undefined ? { code, line: element.line } : { code, line: element.line, detail },
    );
  }

  /**
   * Children of `element` in this XLIFF's namespace, with stray text reported. Elements of other
   * namespaces are extensions, which XLIFF (1.2 and 2.x alike) lets tools add and readers ignore.
   */
  children(element: XmlElement): XmlElement[] {
    const found: XmlElement[] = [];
    for (const child of element.children) {
      if (child.kind === 'text') {
        if (!blank.test(child.text)) this.issues.push({ code: 'xliff.unexpectedText', line: child.line });
      } else if (child.namespace === this.namespace) found.push(child);
    }
    return found;
  }

  /** A source or target that names a language other than the file's (when the file names one). */
  language(element: XmlElement, expected: string) {
    const lang = element.attributes.get(xmlLang);
    if (lang !== undefined && expected !== '' && lang.toLowerCase() !== expected.toLowerCase())
      this.issue('xliff.langMismatch', element, `${lang} / ${expected}`);
  }
}
