/**
 * A small, strict XML 1.0 reader for the subset translation files use: elements, attributes,
 * namespaces, text, CDATA, comments, processing instructions, the five predefined entities and
 * character references. Document type declarations are refused outright, which rules out external
 * entities (XXE) and entity expansion bombs. Never throws: a document that is not well-formed gives
 * one issue, where reading stopped.
 */

export const xmlNamespace = 'http://www.w3.org/XML/1998/namespace';

export interface XmlElement {
  readonly kind: 'element';
  /** The local name, without prefix. */
  readonly name: string;
  readonly namespace: string | null;
  /** Unprefixed attributes by name; namespaced ones as `{namespace}name` (`xml:lang` included). */
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: readonly XmlNode[];
  readonly line: number;
}

export interface XmlText {
  readonly kind: 'text';
  readonly text: string;
  readonly line: number;
}

export type XmlNode = XmlElement | XmlText;

export interface XmlIssue {
  readonly code: string;
  readonly line?: number;
  readonly detail?: string;
}

export type XmlResult =
  | { readonly ok: true; readonly root: XmlElement }
  | { readonly ok: false; readonly issue: XmlIssue };

export interface XmlLimits {
  /** In UTF-16 code units, checked before anything else is read. */
  readonly maxLength: number;
  readonly maxDepth: number;
  /** Attributes on one element, namespace declarations included. */
  readonly maxAttributes: number;
  /** Namespace declarations (`xmlns`, `xmlns:p`) on one element. */
  readonly maxNamespaces: number;
}

/**
 * XML 1.0 and Namespaces in XML 1.0 set no limits; these are this reader's. An XLIFF 2 element
 * carries a handful of attributes (`<pc>` with every ITS and module attribute, a few dozen), and a
 * root declares the namespaces of the modules and extensions it uses, a dozen or so: the caps leave
 * ample room for any translation tool's file and refuse what is built to be slow.
 */
export const defaultXmlLimits: XmlLimits = {
  maxLength: 8 * 1024 * 1024,
  maxDepth: 64,
  maxAttributes: 256,
  maxNamespaces: 64,
};

/**
 * The namespaces an element declares, then those in force around it. A child that declares one adds
 * a link rather than copying its parent's bindings, so each declaration costs the same however many
 * its ancestors made; a lookup walks no more links than there are elements open.
 */
interface Scope {
  readonly bindings: ReadonlyMap<string, string>;
  readonly parent: Scope | undefined;
}

const lookup = (scope: Scope, prefix: string): string | undefined => {
  for (let s: Scope | undefined = scope; s !== undefined; s = s.parent) {
    const uri = s.bindings.get(prefix);
    if (uri !== undefined) return uri;
  }
  return undefined;
};

interface Open {
  readonly qname: string;
  readonly prefix: string | null;
  readonly name: string;
  readonly rawAttributes: readonly (readonly [string, string])[];
  readonly scope: Scope;
  readonly children: XmlNode[];
  readonly line: number;
}

class XmlError {
  constructor(
    readonly code: string,
    readonly at: number,
    readonly detail?: string,
  ) {}
}

// Names as XML 1.0 (fifth edition) allows them, minus the astral planes, which no name here needs.
const nameStart =
  'A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD';
const nameChar = `${nameStart}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;
const namePattern = new RegExp(`[${nameStart}:][${nameChar}:]*`, 'y');
const invalidChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const whitespace = /^[ \t\n]*$/;

/** A character XML 1.0 can carry (section 2.2); others need XLIFF's `<cp>`. */
export const isXmlChar = (cp: number): boolean =>
  cp === 0x9 ||
  cp === 0xa ||
  cp === 0xd ||
  (cp >= 0x20 && cp <= 0xd7ff) ||
  (cp >= 0xe000 && cp <= 0xfffd) ||
  (cp >= 0x10000 && cp <= 0x10ffff);

const predefined: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function parseXml(input: string, limits: XmlLimits = defaultXmlLimits): XmlResult {
  if (input.length > limits.maxLength)
    return { ok: false, issue: { code: 'xml.tooLarge', detail: `${input.length} > ${limits.maxLength}` } };
  // XML 1.0 section 2.11: every line break reads as one line feed.
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineAt = (at: number): number => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= at) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  try {
    return { ok: true, root: read(text, lineAt, limits) };
  } catch (error) {
    if (error instanceof XmlError) {
      const issue: XmlIssue =
        error.detail === undefined
          ? { code: error.code, line: lineAt(error.at) }
          : { code: error.code, line: lineAt(error.at), detail: error.detail };
      return { ok: false, issue };
    }
    // Only XmlError is thrown on purpose; anything else (e.g. an engine limit) is still an answer.
    return { ok: false, issue: { code: 'xml.unreadable' } };
  }
}

function read(text: string, lineAt: (at: number) => number, limits: XmlLimits): XmlElement {
  const bad = invalidChar.exec(text);
  if (bad !== null) throw new XmlError('xml.invalidChar', bad.index);
  const stack: Open[] = [];
  const rootScope: Scope = { bindings: new Map([['xml', xmlNamespace]]), parent: undefined };
  let root: XmlElement | undefined;
  let pos = 0;

  const append = (node: XmlNode) => {
    const parent = stack[stack.length - 1];
    if (parent === undefined) return;
    const last = parent.children[parent.children.length - 1];
    // Text, entities and CDATA next to each other are one text.
    if (node.kind === 'text' && last?.kind === 'text')
      parent.children[parent.children.length - 1] = { ...last, text: last.text + node.text };
    else parent.children.push(node);
  };
  const expectEnd = (marker: string, from: number, code: string) => {
    const end = text.indexOf(marker, from);
    if (end < 0) throw new XmlError(code, from);
    return end;
  };
  const readName = (at: number): string => {
    namePattern.lastIndex = at;
    const match = namePattern.exec(text);
    if (match === null) throw new XmlError(at >= text.length ? 'xml.unclosed' : 'xml.badName', at);
    return match[0];
  };
  const skipSpace = (at: number): number => {
    let i = at;
    while (text[i] === ' ' || text[i] === '\t' || text[i] === '\n') i++;
    return i;
  };
  const close = (open: Open, at: number) => {
    const scope = open.scope;
    const resolve = (prefix: string | null, isAttribute: boolean): string | null => {
      if (prefix === null) return isAttribute ? null : lookup(scope, '') || null;
      const uri = lookup(scope, prefix);
      if (uri === undefined) throw new XmlError('xml.unboundPrefix', at, prefix);
      return uri;
    };
    const attributes = new Map<string, string>();
    for (const [qname, value] of open.rawAttributes) {
      if (qname === 'xmlns' || qname.startsWith('xmlns:')) continue;
      const colon = qname.indexOf(':');
      const key = colon < 0 ? qname : `{${resolve(qname.slice(0, colon), true)}}${qname.slice(colon + 1)}`;
      if (attributes.has(key)) throw new XmlError('xml.duplicateAttribute', at, qname);
      attributes.set(key, value);
    }
    const element: XmlElement = {
      kind: 'element',
      name: open.name,
      namespace: resolve(open.prefix, false),
      attributes,
      children: open.children,
      line: open.line,
    };
    if (stack.length === 0) root = element;
    else append(element);
  };

  while (pos < text.length) {
    if (text[pos] !== '<') {
      const end = text.indexOf('<', pos);
      const stop = end < 0 ? text.length : end;
      const raw = text.slice(pos, stop);
      if (stack.length === 0) {
        if (!whitespace.test(raw)) throw new XmlError('xml.textOutsideRoot', pos);
      } else {
        if (raw.includes(']]>')) throw new XmlError('xml.malformed', pos, ']]> in text');
        append({ kind: 'text', text: decode(raw, pos), line: lineAt(pos) });
      }
      pos = stop;
      continue;
    }
    if (text.startsWith('<?', pos)) {
      const end = expectEnd('?>', pos + 2, 'xml.unclosed');
      const target = readName(pos + 2);
      // The XML declaration may only come first; any other PI is of no interest here.
      if (target.toLowerCase() === 'xml' && pos !== 0)
        throw new XmlError('xml.malformed', pos, 'misplaced XML declaration');
      pos = end + 2;
      continue;
    }
    if (text.startsWith('<!--', pos)) {
      const end = expectEnd('-->', pos + 4, 'xml.unclosed');
      if (text.slice(pos + 4, end).includes('--'))
        throw new XmlError('xml.malformed', pos, '-- in a comment');
      pos = end + 3;
      continue;
    }
    if (text.startsWith('<![CDATA[', pos)) {
      if (stack.length === 0) throw new XmlError('xml.textOutsideRoot', pos);
      const end = expectEnd(']]>', pos + 9, 'xml.unclosed');
      append({ kind: 'text', text: text.slice(pos + 9, end), line: lineAt(pos) });
      pos = end + 3;
      continue;
    }
    if (text.startsWith('<!', pos)) {
      // DOCTYPE is where entities are declared: refusing it closes XXE and expansion bombs at once.
      throw new XmlError(text.startsWith('<!DOCTYPE', pos) ? 'xml.doctype' : 'xml.malformed', pos);
    }
    if (text.startsWith('</', pos)) {
      const qname = readName(pos + 2);
      const after = skipSpace(pos + 2 + qname.length);
      if (text[after] !== '>')
        throw new XmlError(after >= text.length ? 'xml.unclosed' : 'xml.malformed', after, 'end tag');
      const open = stack.pop();
      if (open === undefined || open.qname !== qname)
        throw new XmlError('xml.mismatchedTag', pos, open === undefined ? qname : `${open.qname} / ${qname}`);
      close(open, pos);
      pos = after + 1;
      continue;
    }
    // A start tag.
    const start = pos;
    if (root !== undefined && stack.length === 0) throw new XmlError('xml.multipleRoots', start);
    if (stack.length >= limits.maxDepth) throw new XmlError('xml.tooDeep', start);
    const qname = readName(pos + 1);
    pos += 1 + qname.length;
    const rawAttributes: [string, string][] = [];
    const attributeNames = new Set<string>();
    let selfClosing = false;
    for (;;) {
      const next = skipSpace(pos);
      if (text.startsWith('/>', next)) {
        selfClosing = true;
        pos = next + 2;
        break;
      }
      if (text[next] === '>') {
        pos = next + 1;
        break;
      }
      if (next >= text.length) throw new XmlError('xml.unclosed', start);
      if (next === pos) throw new XmlError('xml.malformed', next, 'space expected');
      const name = readName(next);
      let at = skipSpace(next + name.length);
      if (text[at] !== '=') throw new XmlError('xml.malformed', at, '= expected');
      at = skipSpace(at + 1);
      const quote = text[at];
      if (quote !== '"' && quote !== "'") throw new XmlError('xml.malformed', at, 'quote expected');
      const end = text.indexOf(quote, at + 1);
      if (end < 0) throw new XmlError('xml.unclosed', at);
      const raw = text.slice(at + 1, end);
      if (raw.includes('<')) throw new XmlError('xml.malformed', at, '< in an attribute');
      if (attributeNames.has(name)) throw new XmlError('xml.duplicateAttribute', next, name);
      if (attributeNames.size >= limits.maxAttributes) throw new XmlError('xml.tooManyAttributes', start);
      attributeNames.add(name);
      // Attribute-value normalisation (XML 1.0 section 3.3.3): literal white space reads as a space.
      rawAttributes.push([name, decode(raw.replace(/[\t\n]/g, ' '), at + 1)]);
      pos = end + 1;
    }
    const parentScope = stack[stack.length - 1]?.scope ?? rootScope;
    const declared = rawAttributes.filter(([n]) => n === 'xmlns' || n.startsWith('xmlns:'));
    if (declared.length > limits.maxNamespaces) throw new XmlError('xml.tooManyNamespaces', start);
    const bindings = new Map<string, string>();
    for (const [n, uri] of declared) {
      const prefix = n === 'xmlns' ? '' : n.slice(6);
      if (prefix === 'xml' || prefix === 'xmlns' || (prefix !== '' && uri === ''))
        throw new XmlError('xml.badNamespace', start, n);
      bindings.set(prefix, uri);
    }
    const scope = bindings.size === 0 ? parentScope : { bindings, parent: parentScope };
    const colon = qname.indexOf(':');
    const open: Open = {
      qname,
      prefix: colon < 0 ? null : qname.slice(0, colon),
      name: colon < 0 ? qname : qname.slice(colon + 1),
      rawAttributes,
      scope,
      children: [],
      line: lineAt(start),
    };
    if (selfClosing) close(open, start);
    else stack.push(open);
  }
  const unclosed = stack[stack.length - 1];
  if (unclosed !== undefined) throw new XmlError('xml.unclosed', text.length, unclosed.qname);
  if (root === undefined) throw new XmlError('xml.noRoot', text.length);
  return root;

  function decode(raw: string, at: number): string {
    if (!raw.includes('&')) return raw;
    return raw.replace(/&([^;]*)(;?)/g, (whole, name: string, semicolon: string, offset: number) => {
      if (semicolon === '' || name.length > 10)
        throw new XmlError('xml.badReference', at + offset, whole.slice(0, 12));
      const named = predefined[name];
      if (named !== undefined) return named;
      const numeric = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(name);
      if (numeric === null) throw new XmlError('xml.unknownEntity', at + offset, name);
      const cp =
        numeric[1] !== undefined ? Number.parseInt(numeric[1], 16) : Number.parseInt(numeric[2] ?? '', 10);
      if (!isXmlChar(cp)) throw new XmlError('xml.badCharRef', at + offset, name);
      return String.fromCodePoint(cp);
    });
  }
}

/** The text of an element's direct text children (elements inside are left out). */
export function ownText(element: XmlElement): string {
  return element.children.map((c) => (c.kind === 'text' ? c.text : '')).join('');
}
