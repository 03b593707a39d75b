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
import { readXliff12, xliff12Namespace } from './xliff12.ts';
import type { XmlElement, XmlLimits } from './xml-reader.ts';
import { defaultXmlLimits, parseXml } from './xml-reader.ts';

/** OASIS XLIFF Version 2.0 core; 2.1 keeps the same namespace. */
export const xliffNamespace = 'urn:oasis:names:tc:xliff:document:2.0';
const acceptedVersions = ['2.0', '2.1'];

// --- writing ---------------------------------------------------------------------------------

// Characters XML cannot carry at all go out as XLIFF 2.0's `<cp hex>` (its inline element for them).
const cp = (code: number) => `<cp hex="${code.toString(16).toUpperCase().padStart(4, '0')}"/>`;
const text = (value: string) => content(value, cp);
const space = (value: string) => (needsPreserve(value) ? ' xml:space="preserve"' : '');

function unitXml(unit: UnitStatus, sourceLanguage: string, targetLanguage: string): string {
  const notes = unitNotes(unit);
  // Only a segment with a current translation is past "initial"; the others await a translator.
  const state = unit.state === 'complete' ? 'translated' : 'initial';
  const lines = [`    <unit id="${attribute(unit.key)}">`];
  if (notes.length > 0) {
    lines.push('      <notes>');
    for (const note of notes) lines.push(`        <note category="credmap">${text(note)}</note>`);
    lines.push('      </notes>');
  }
  lines.push(`      <segment state="${state}">`);
  lines.push(
    `        <source xml:lang="${attribute(sourceLanguage)}"${space(unit.source)}>${text(unit.source)}</source>`,
  );
  if (unit.target !== null && unit.state !== 'missing')
    lines.push(
      `        <target xml:lang="${attribute(targetLanguage)}"${space(unit.target)}>${text(unit.target)}</target>`,
    );
  lines.push('      </segment>', '    </unit>');
  return lines.join('\n');
}

/** An XLIFF 2.0 document with one `<file>` (the questionnaire) and one `<unit>` per text. */
export function toXliff(
  definition: QuestionnaireInput,
  targetLanguage: string,
  options: XliffOptions = {},
): string {
  const { status, units } = unitsToWrite(definition, targetLanguage, options);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${xliffNamespace}" version="2.0" srcLang="${attribute(status.sourceLanguage)}" trgLang="${attribute(targetLanguage)}">`,
    `  <file id="${attribute(status.questionnaire)}">`,
    ...units.map((u) => unitXml(u, status.sourceLanguage, targetLanguage)),
    '  </file>',
    '</xliff>',
    '',
  ].join('\n');
}

// --- reading ---------------------------------------------------------------------------------

class Reader extends XliffWalk {
  constructor(
    readonly sourceLanguage: string,
    readonly targetLanguage: string,
  ) {
    super(xliffNamespace);
  }

  /** The plain text of a source or target, with the inline elements this project can take. */
  inline(element: XmlElement): string {
    let text = '';
    for (const child of element.children) {
      if (child.kind === 'text') {
        text += child.text;
        continue;
      }
      if (child.namespace !== xliffNamespace) {
        this.issue('inline.unsupported', child, child.name);
        continue;
      }
      switch (child.name) {
        case 'cp': {
          const hex = child.attributes.get('hex') ?? '';
          const cp = /^[0-9A-Fa-f]{1,6}$/.test(hex) ? Number.parseInt(hex, 16) : -1;
          if (cp < 0 || cp > 0x10ffff) this.issue('inline.badCp', child, hex);
          else text += String.fromCodePoint(cp);
          break;
        }
        case 'ph': {
          // A placeholder written as a code, when its display form is one of ours.
          const shown = [child.attributes.get('equiv'), child.attributes.get('disp')].find(isPlaceholder);
          if (shown === undefined) this.issue('inline.unsupported', child, 'ph');
          else text += shown;
          break;
        }
        case 'mrk':
        case 'pc':
          // Annotations and formatting around text: the text is what counts.
          text += this.inline(child);
          break;
        case 'sm':
        case 'em':
          break;
        default:
          this.issue('inline.unsupported', child, child.name);
      }
    }
    return text;
  }

  /** source and target of a unit, the parts of all its segments and ignorables joined in order. */
  unit(unit: XmlElement): { source: string; target: string | null } | undefined {
    let source = '';
    let target = '';
    let translated = true;
    let parts = 0;
    for (const part of this.children(unit)) {
      if (part.name !== 'segment' && part.name !== 'ignorable') continue;
      parts++;
      const inside = this.children(part);
      const sources = inside.filter((e) => e.name === 'source');
      const targets = inside.filter((e) => e.name === 'target');
      const stray = inside.find((e) => e.name !== 'source' && e.name !== 'target');
      if (stray !== undefined) this.issue('xliff.unexpectedElement', stray, stray.name);
      const [s] = sources;
      if (s === undefined || sources.length > 1) {
        this.issue('xliff.source', part, String(sources.length));
        return undefined;
      }
      if (targets.length > 1) this.issue('xliff.target', part, String(targets.length));
      this.language(s, this.sourceLanguage);
      const sourceText = this.inline(s);
      source += sourceText;
      const [t] = targets;
      if (t !== undefined) {
        this.language(t, this.targetLanguage);
        target += this.inline(t);
      } else if (part.name === 'ignorable') {
        // An ignorable without a target reads as its source (XLIFF 2.0, ignorable).
        target += sourceText;
      } else translated = false;
    }
    if (parts === 0) {
      this.issue('xliff.noSegment', unit);
      return undefined;
    }
    // A unit translated in part is not translated: half a sentence is no text to show anyone.
    return { source, target: translated ? target : null };
  }

  units(container: XmlElement, seen: Set<string>, entries: TranslationEntry[]) {
    for (const child of this.children(container)) {
      if (child.name === 'group') this.units(child, seen, entries);
      else if (child.name === 'unit') {
        const id = child.attributes.get('id');
        if (id === undefined || id === '') {
          this.issue('xliff.unitId', child);
          continue;
        }
        if (seen.has(id)) this.issue('xliff.duplicateUnit', child, id);
        seen.add(id);
        const texts = this.unit(child);
        if (texts?.target != null) entries.push({ key: id, text: texts.target, source: texts.source });
      } else if (child.name !== 'notes' && child.name !== 'skeleton' && child.name !== 'originalData')
        this.issue('xliff.unexpectedElement', child, child.name);
    }
  }
}

/**
 * The translations in an XLIFF 2.0 or 2.1 document, or an XLIFF 1.2 one (`xliff12.ts`), with one
 * `<file>`: every unit with a target, keyed by unit id. Units without a target are left out
 * (nothing to apply). The namespace tells the version. Never throws.
 */
export function fromXliff(xml: string, limits: XmlLimits = defaultXmlLimits): FromXliffResult {
  if (typeof xml !== 'string') return { ok: false, issues: [{ code: 'xml.notText' }] };
  const parsed = parseXml(xml, limits);
  if (!parsed.ok) return { ok: false, issues: [parsed.issue] };
  const root = parsed.root;
  if (root.name !== 'xliff')
    return { ok: false, issues: [{ code: 'xliff.notXliff', line: root.line, detail: root.name }] };
  if (root.namespace === xliff12Namespace) return readXliff12(root);
  if (root.namespace !== xliffNamespace)
    return {
      ok: false,
      issues: [{ code: 'xliff.namespace', line: root.line, detail: root.namespace ?? '' }],
    };
  const version = root.attributes.get('version');
  if (version === undefined || !acceptedVersions.includes(version))
    return { ok: false, issues: [{ code: 'xliff.version', line: root.line, detail: version ?? '' }] };
  const sourceLanguage = root.attributes.get('srcLang') ?? '';
  const targetLanguage = root.attributes.get('trgLang') ?? '';
  const reader = new Reader(sourceLanguage, targetLanguage);
  if (sourceLanguage === '') reader.issue('xliff.srcLang', root);
  if (targetLanguage === '') reader.issue('xliff.trgLang', root);
  const files = reader.children(root);
  for (const other of files.filter((e) => e.name !== 'file'))
    reader.issue('xliff.unexpectedElement', other, other.name);
  const [file, ...more] = files.filter((e) => e.name === 'file');
  if (file === undefined) reader.issue('xliff.noFile', root);
  for (const extra of more) reader.issue('xliff.multipleFiles', extra);
  const fileId = file?.attributes.get('id') ?? '';
  if (file !== undefined && fileId === '') reader.issue('xliff.fileId', file);
  const entries: TranslationEntry[] = [];
  if (file !== undefined) reader.units(file, new Set(), entries);
  if (reader.issues.length > 0) return { ok: false, issues: reader.issues };
  return { ok: true, sourceLanguage, targetLanguage, fileId, entries };
}
