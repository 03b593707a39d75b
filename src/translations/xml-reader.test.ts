import { describe, expect, it } from 'vitest';
import type { XmlElement, XmlLimits } from './xml-reader.ts';
import { defaultXmlLimits, ownText, parseXml, xmlNamespace } from './xml-reader.ts';

const root = (xml: string): XmlElement => {
  const result = parseXml(xml);
  if (!result.ok) throw new Error(JSON.stringify(result.issue));
  return result.root;
};
const issue = (xml: string, limits?: XmlLimits) => {
  const result = parseXml(xml, limits);
  return result.ok ? undefined : result.issue;
};

describe('parseXml', () => {
  it('reads elements, attributes, text, CDATA, entities and character references', () => {
    const doc = root(
      '<?xml version="1.0" encoding="UTF-8"?>\n<!-- a comment -->\n<a x=\'1\' y="&lt;&amp;&quot;&apos;&gt;"><b>t &amp; <![CDATA[<raw> & ]]>&#65;&#x1F600;</b><c/></a>\n',
    );
    expect(doc.name).toBe('a');
    expect(doc.attributes).toEqual(
      new Map([
        ['x', '1'],
        ['y', '<&"\'>'],
      ]),
    );
    const b = doc.children[0] as XmlElement;
    expect(ownText(b)).toBe('t & <raw> & A😀');
    expect(b.children.length).toBe(1);
    expect((doc.children[1] as XmlElement).name).toBe('c');
  });

  it('scopes a namespace declaration to its element and what it holds', () => {
    const doc = root(
      '<a xmlns="urn:d" xmlns:p="urn:p"><b xmlns:p="urn:q"><c><p:d/></c></b><p:e/><f xmlns=""><g/></f></a>',
    );
    const [b, e, f] = doc.children as XmlElement[];
    const c = b?.children[0] as XmlElement;
    expect(c.namespace).toBe('urn:d');
    expect(c.children[0]).toMatchObject({ name: 'd', namespace: 'urn:q' });
    expect(e).toMatchObject({ name: 'e', namespace: 'urn:p' });
    expect(f?.children[0]).toMatchObject({ name: 'g', namespace: null });
    expect(issue('<a><b xmlns:p="urn:p"/><p:c/></a>')).toMatchObject({ code: 'xml.unboundPrefix' });
  });

  it('reads many children that each declare a namespace', () => {
    const declarations = Array.from({ length: 64 }, (_, i) => ` xmlns:p${i}="urn:${i}"`).join('');
    const doc = root(`<a${declarations}>${'<c xmlns:q="urn:q"><q:d p63:k="v"/></c>'.repeat(10_000)}</a>`);
    expect(doc.children).toHaveLength(10_000);
    expect((doc.children[9_999] as XmlElement).children[0]).toMatchObject({
      namespace: 'urn:q',
      attributes: new Map([['{urn:63}k', 'v']]),
    });
  });

  it('refuses more attributes or namespace declarations on one element than the limits', () => {
    const attributes = (n: number, name = 'a', value = (i: number) => `urn:${i}`) =>
      Array.from({ length: n }, (_, i) => ` ${name}${i}="${value(i)}"`).join('');
    expect(root(`<a${attributes(256)}/>`).attributes.size).toBe(256);
    expect(issue(`<a${attributes(257)}/>`)).toEqual({ code: 'xml.tooManyAttributes', line: 1 });
    // 80,000 attributes took 36 s to read when each was compared with those before it.
    expect(issue(`<r>\n<a${attributes(80_000, 'a', () => '')}/></r>`)).toEqual({
      code: 'xml.tooManyAttributes',
      line: 2,
    });
    expect(root(`<a${attributes(64, 'xmlns:p')}/>`).name).toBe('a');
    expect(issue(`<a${attributes(65, 'xmlns:p')}/>`)).toEqual({ code: 'xml.tooManyNamespaces', line: 1 });
    const limits = { ...defaultXmlLimits, maxAttributes: 3, maxNamespaces: 1 };
    expect(issue('<a x="1" y="2" z="3" w="4"/>', limits)?.code).toBe('xml.tooManyAttributes');
    expect(issue('<a xmlns="urn:d" xmlns:p="urn:p"/>', limits)?.code).toBe('xml.tooManyNamespaces');
  });

  it('resolves namespaces, default and prefixed, and the xml prefix', () => {
    const doc = root('<x:a xmlns:x="urn:x" xmlns="urn:d"><b xml:lang="fi" x:k="v" k="w"/></x:a>');
    expect(doc.namespace).toBe('urn:x');
    const b = doc.children[0] as XmlElement;
    expect(b.namespace).toBe('urn:d');
    expect(b.attributes.get(`{${xmlNamespace}}lang`)).toBe('fi');
    expect(b.attributes.get('{urn:x}k')).toBe('v');
    expect(b.attributes.get('k')).toBe('w');
  });

  it('reads line breaks as XML does: CRLF and CR become LF, &#13; stays a CR', () => {
    expect(ownText(root('<a>1\r\n2\r3&#13;</a>'))).toBe('1\n2\n3\r');
    expect(root('<a\n\n><b/></a>').children[0]).toMatchObject({ line: 3 });
  });

  it.each([
    ['<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>', 'xml.doctype'],
    ['<!DOCTYPE a SYSTEM "file:///etc/passwd"><a/>', 'xml.doctype'],
    ['<a>&e;</a>', 'xml.unknownEntity'],
    ['<a>&amp</a>', 'xml.badReference'],
    ['<a>&#0;</a>', 'xml.badCharRef'],
    ['<a>&#xD800;</a>', 'xml.badCharRef'],
    ['<a>\u0001</a>', 'xml.invalidChar'],
    ['<a><b></a>', 'xml.mismatchedTag'],
    ['<a>', 'xml.unclosed'],
    ['<a x="1>', 'xml.unclosed'],
    ['<a x="1" x="2"/>', 'xml.duplicateAttribute'],
    ['<a p:x="1" q:x="2" xmlns:p="u" xmlns:q="u"/>', 'xml.duplicateAttribute'],
    ['<a x=1/>', 'xml.malformed'],
    ['<a x="<"/>', 'xml.malformed'],
    ['<a>]]></a>', 'xml.malformed'],
    ['<a/><b/>', 'xml.multipleRoots'],
    ['text<a/>', 'xml.textOutsideRoot'],
    ['', 'xml.noRoot'],
    ['<p:a/>', 'xml.unboundPrefix'],
    ['<a><!-- x -- y --></a>', 'xml.malformed'],
    ['<a><?xml version="1.0"?></a>', 'xml.malformed'],
    ['<1a/>', 'xml.badName'],
  ])('refuses %j (%s)', (xml, code) => {
    expect(issue(xml)?.code).toBe(code);
  });

  it('says on which line reading stopped', () => {
    expect(issue('<a>\n<b>\n</c></a>')).toEqual({ code: 'xml.mismatchedTag', line: 3, detail: 'b / c' });
  });

  it('refuses input over the size limit before reading it', () => {
    expect(issue(`<a>${'x'.repeat(200)}</a>`, { ...defaultXmlLimits, maxLength: 100 })).toMatchObject({
      code: 'xml.tooLarge',
    });
  });

  it('refuses nesting deeper than the limit', () => {
    expect(
      issue(`${'<a>'.repeat(11)}${'</a>'.repeat(11)}`, { ...defaultXmlLimits, maxDepth: 10 })?.code,
    ).toBe('xml.tooDeep');
    expect(issue('<a>'.repeat(100_000))?.code).toBe('xml.tooDeep');
  });
});
