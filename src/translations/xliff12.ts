import type { QuestionnaireInput } from '../questionnaire/index.ts';
import type { TranslationEntry } from './apply.ts';
import type { UnitStatus } from './status.ts';
import type { FromXliffResult, XliffOptions } from './xliff-common.ts';
import {
  attribute,
  content,
  isPlaceholder,
  needsPreserve,
  unitNotes,
  unitsToWrite,
  XliffWalk,
} from './xliff-common.ts';
import type { XmlElement } from './xml-reader.ts';

/**
 * OASIS XLIFF Version 1.2, OASIS Standard, 1 February 2008
 * (<https://docs.oasis-open.org/xliff/v1.2/os/xliff-core.html>): what many translation tools still
 * write and prefer. The rules below name the element or attribute of that specification they follow.
 */
export const xliff12Namespace = 'urn:oasis:names:tc:xliff:document:1.2';

// --- writing ---------------------------------------------------------------------------------

// XLIFF 1.2 has no element for a character XML cannot carry (2.0 added <cp>): such a character,
// found only in a broken draft, goes out as U+FFFD rather than as a file no tool can open.
const text = (value: string) => content(value, () => '\uFFFD');

function transUnitXml(unit: UnitStatus, sourceLanguage: string, targetLanguage: string): string {
  const target = unit.target !== null && unit.state !== 'missing' ? unit.target : null;
  // In 1.2, xml:space belongs on <trans-unit> (or <group>, <file>), not on <source> or <target>.
  const preserve = needsPreserve(unit.source) || (target !== null && needsPreserve(target));
  const lines = [
    `      <trans-unit id="${attribute(unit.key)}"${preserve ? ' xml:space="preserve"' : ''}>`,
    `        <source xml:lang="${attribute(sourceLanguage)}">${text(unit.source)}</source>`,
  ];
  // <target state>: "translated" when current; an outdated translation "needs-review-translation"
  // (only its text needs a look). A missing one has no <target>, which is how 1.2 says so.
  if (target !== null) {
    const state = unit.state === 'complete' ? 'translated' : 'needs-review-translation';
    lines.push(
      `        <target xml:lang="${attribute(targetLanguage)}" state="${state}">${text(target)}</target>`,
    );
  }
  // <note> comes after <source> and <target> in a <trans-unit>.
  for (const note of unitNotes(unit)) lines.push(`        <note from="credmap">${text(note)}</note>`);
  lines.push('      </trans-unit>');
  return lines.join('\n');
}

/**
 * An XLIFF 1.2 document with one `<file>` (`original` is the questionnaire id; the texts are plain
 * text) and one `<trans-unit>` per text in its `<body>`.
 */
export function toXliff12(
  definition: QuestionnaireInput,
  targetLanguage: string,
  options: XliffOptions = {},
): string {
  const { status, units } = unitsToWrite(definition, targetLanguage, options);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${xliff12Namespace}" version="1.2">`,
    `  <file original="${attribute(status.questionnaire)}" source-language="${attribute(status.sourceLanguage)}" target-language="${attribute(targetLanguage)}" datatype="plaintext">`,
    '    <body>',
    ...units.map((u) => transUnitXml(u, status.sourceLanguage, targetLanguage)),
    '    </body>',
    '  </file>',
    '</xliff>',
    '',
  ].join('\n');
}

// --- reading ---------------------------------------------------------------------------------

/**
 * Values of <target state> that say the target is not a translation yet: a tool that copies the
 * source into every target marks it so. "new" and "needs-translation" are untranslated items;
 * "needs-l10n" says the text itself still needs adapting. Every other value (translated, final,
 * signed-off, needs-review-*, needs-adaptation, which concerns only non-textual information, and
 * tools' own x- values) leaves a target that is taken, as a target in XLIFF 2 is whatever its state.
 */
const notYetTranslated = new Set(['new', 'needs-translation', 'needs-l10n']);

// What a <trans-unit> holds beside its <source> and <target>: segmentation of the source, notes,
// context, counts, proposals (<alt-trans>, never the translation), and <prop-group>, which 1.2
// deprecates and older tools still write.
const unitMetadata = new Set([
  'seg-source',
  'note',
  'context-group',
  'count-group',
  'alt-trans',
  'prop-group',
]);
// What a <group> holds beside its units; <bin-unit> (an image, say) has no text of a questionnaire.
const groupMetadata = new Set(['note', 'context-group', 'count-group', 'prop-group', 'bin-unit']);

class Reader12 extends XliffWalk {
  constructor(
    readonly sourceLanguage: string,
    readonly targetLanguage: string,
  ) {
    super(xliff12Namespace);
  }

  /**
   * The plain text of a <source> or <target>. Questionnaire texts are plain text, so the inline
   * elements become text or are refused, as XLIFF 2's are: <g> and <mrk> give their text (the
   * formatting or annotation around it is dropped); <ph>, <bpt>, <ept> and <it> carry the original
   * ("native") code itself, which is put back; <x/> stands for a code kept elsewhere and is taken
   * only when its equiv-text is one of our `${…}` placeholders or its ctype is "lb" (a line break);
   * <bx/> and <ex/> stand for codes this file does not hold and are refused.
   */
  inline(element: XmlElement): string {
    let out = '';
    for (const child of element.children) {
      if (child.kind === 'text') {
        out += child.text;
        continue;
      }
      if (child.namespace !== xliff12Namespace) {
        this.issue('inline.unsupported', child, child.name);
        continue;
      }
      switch (child.name) {
        case 'g':
        case 'mrk':
          out += this.inline(child);
          break;
        case 'ph':
        case 'bpt':
        case 'ept':
        case 'it':
          out += this.nativeCode(child);
          break;
        case 'x': {
          const equiv = child.attributes.get('equiv-text');
          if (isPlaceholder(equiv)) out += equiv;
          else if (child.attributes.get('ctype') === 'lb') out += '\n';
          else this.issue('inline.unsupported', child, 'x');
          break;
        }
        default:
          this.issue('inline.unsupported', child, child.name);
      }
    }
    return out;
  }

  /**
   * The original code a <ph>, <bpt>, <ept> or <it> holds, with the text of any <sub> (a sub-flow,
   * text inside the code) in its place. An empty code holds no original: a <ph> is then taken for
   * its equiv-text when that is one of our placeholders (some tools write `${q1}` so); any other
   * stands for nothing this file says, and is refused.
   */
  nativeCode(code: XmlElement): string {
    let out = '';
    for (const child of code.children) {
      if (child.kind === 'text') out += child.text;
      else if (child.namespace === xliff12Namespace && child.name === 'sub') out += this.inline(child);
      else this.issue('inline.unsupported', child, child.name);
    }
    if (out !== '' || code.children.length > 0) return out;
    const equiv = code.attributes.get('equiv-text');
    if (code.name === 'ph' && isPlaceholder(equiv)) return equiv;
    this.issue('inline.unsupported', code, code.name);
    return '';
  }

  /** Whether a <trans-unit>'s <target> is a translation to apply. */
  translated(unit: XmlElement, target: XmlElement): boolean {
    // translate="no": the unit's text is not to be translated, so its target is none.
    if (unit.attributes.get('translate') === 'no') return false;
    return !notYetTranslated.has(target.attributes.get('state') ?? '');
  }

  transUnit(unit: XmlElement, id: string, entries: TranslationEntry[]) {
    const parts = this.children(unit);
    const stray = parts.find((e) => e.name !== 'source' && e.name !== 'target' && !unitMetadata.has(e.name));
    if (stray !== undefined) this.issue('xliff.unexpectedElement', stray, stray.name);
    const sources = parts.filter((e) => e.name === 'source');
    const targets = parts.filter((e) => e.name === 'target');
    // <trans-unit>: exactly one <source>, at most one <target>.
    const [source] = sources;
    if (source === undefined || sources.length > 1) {
      this.issue('xliff.source', unit, String(sources.length));
      return;
    }
    if (targets.length > 1) this.issue('xliff.target', unit, String(targets.length));
    this.language(source, this.sourceLanguage);
    const sourceText = this.inline(source);
    const [target] = targets;
    if (target === undefined || !this.translated(unit, target)) return;
    this.language(target, this.targetLanguage);
    // White space is taken as written whatever xml:space says: "default" lets an application keep
    // it (XML 1.0, 2.10), and in a questionnaire text a line break is a paragraph.
    entries.push({ key: id, text: this.inline(target), source: sourceText });
  }

  /** The units of a <body> or <group>, groups within groups included. */
  units(container: XmlElement, seen: Set<string>, entries: TranslationEntry[]) {
    for (const child of this.children(container)) {
      if (child.name === 'group') this.units(child, seen, entries);
      else if (child.name === 'trans-unit') {
        const id = child.attributes.get('id');
        if (id === undefined || id === '') {
          this.issue('xliff.unitId', child);
          continue;
        }
        if (seen.has(id)) this.issue('xliff.duplicateUnit', child, id);
        seen.add(id);
        this.transUnit(child, id, entries);
      } else if (!groupMetadata.has(child.name)) this.issue('xliff.unexpectedElement', child, child.name);
    }
  }
}

/**
 * The translations in an XLIFF 1.2 document whose root `fromXliff` has read: one <file> with its
 * source-language and target-language, and its <trans-unit>s in <body>, in <group>s or not.
 */
export function readXliff12(root: XmlElement): FromXliffResult {
  // <xliff version> is required; this reader takes the version this namespace was made for.
  const version = root.attributes.get('version');
  if (version !== '1.2')
    return { ok: false, issues: [{ code: 'xliff.version', line: root.line, detail: version ?? '' }] };
  const isFile = (e: XmlElement['children'][number]): e is XmlElement =>
    e.kind === 'element' && e.namespace === xliff12Namespace && e.name === 'file';
  const [file, ...more] = root.children.filter(isFile);
  // target-language is optional in 1.2, but without it nothing says which language the texts are in.
  const sourceLanguage = file?.attributes.get('source-language') ?? '';
  const targetLanguage = file?.attributes.get('target-language') ?? '';
  const reader = new Reader12(sourceLanguage, targetLanguage);
  for (const other of reader.children(root).filter((e) => e.name !== 'file'))
    reader.issue('xliff.unexpectedElement', other, other.name);
  if (file === undefined) {
    reader.issue('xliff.noFile', root);
    return { ok: false, issues: reader.issues };
  }
  for (const extra of more) reader.issue('xliff.multipleFiles', extra);
  if (sourceLanguage === '') reader.issue('xliff.srcLang', file);
  if (targetLanguage === '') reader.issue('xliff.trgLang', file);
  const fileId = file.attributes.get('original') ?? '';
  if (fileId === '') reader.issue('xliff.fileId', file);
  // <file>: an optional <header> (tools, phases, glossaries, notes: nothing to apply), one <body>.
  const parts = reader.children(file);
  for (const other of parts.filter((e) => e.name !== 'header' && e.name !== 'body'))
    reader.issue('xliff.unexpectedElement', other, other.name);
  const [body, ...bodies] = parts.filter((e) => e.name === 'body');
  for (const extra of bodies) reader.issue('xliff.unexpectedElement', extra, extra.name);
  const entries: TranslationEntry[] = [];
  if (body === undefined) reader.issue('xliff.noBody', file);
  else reader.units(body, new Set(), entries);
  if (reader.issues.length > 0) return { ok: false, issues: reader.issues };
  return { ok: true, sourceLanguage, targetLanguage, fileId, entries };
}
