import { describe, expect, it } from 'vitest';
import type { XmlElement } from './xml-reader.ts';
import { ownText, parseXml, xmlNamespace } from './xml-reader.ts';

const root = (xml: string): XmlElement => {
  const result = parseXml(xml);
  if (!result.ok) throw new Error(JSON.stringify(result.issue));
  return result.root;
};
const issue = (xml: string, limits?: { maxLength: number; maxDepth: number }) => {
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
    expect(issue(`<a>${'x'.repeat(200)}</a>`, { maxLength: 100, maxDepth: 10 })).toMatchObject({
      code: 'xml.tooLarge',
    });
  });

  it('refuses nesting deeper than the limit', () => {
    expect(issue(`${'<a>'.repeat(11)}${'</a>'.repeat(11)}`, { maxLength: 1000, maxDepth: 10 })?.code).toBe(
      'xml.tooDeep',
    );
    expect(issue('<a>'.repeat(100_000))?.code).toBe('xml.tooDeep');
  });
});
