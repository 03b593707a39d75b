import { describe, expect, it } from 'vitest';
import type { QuestionnaireInput } from '../questionnaire/index.ts';
import { applyTranslations } from './apply.ts';
import { sourceHashes } from './status.ts';
import { fixture, readStudy, sha256 } from './test-support.ts';
import { textUnits } from './units.ts';
import { fromXliff, toXliff, xliffNamespace } from './xliff.ts';
import { defaultXmlLimits } from './xml-reader.ts';

const wrap = (units: string, attributes = 'srcLang="en" trgLang="fi"') =>
  `<?xml version="1.0"?>\n<xliff xmlns="${xliffNamespace}" version="2.0" ${attributes}><file id="f">${units}</file></xliff>`;

const codes = (xml: string) => {
  const result = fromXliff(xml);
  return result.ok ? [] : result.issues.map((i) => i.code);
};

describe('toXliff', () => {
  it('writes an XLIFF 2.0 document, one file, one unit per text', () => {
    const xml = toXliff(fixture(), 'fi');
    expect(xml).toContain(`<xliff xmlns="${xliffNamespace}" version="2.0" srcLang="en" trgLang="fi">`);
    expect(xml).toContain('<file id="fixture">');
    expect(xml.match(/<unit /g)?.length).toBe(textUnits(fixture()).length);
    expect(xml).toContain(
      '<unit id="pages.p1.items.agree.statement">\n      <segment state="translated">\n        <source xml:lang="en">I agree &amp; &lt;consent&gt;</source>\n        <target xml:lang="fi">Suostun &amp; &lt;suostumus&gt;</target>',
    );
    expect(xml).toContain('<source xml:lang="en" xml:space="preserve">One\n\nTwo</source>');
    expect(xml).toContain('<source xml:lang="en">Hours, ${works}?</source>');
  });

  it('leaves the target out where there is none, and notes outdated translations', () => {
    const definition = structuredClone(fixture()) as QuestionnaireInput & { title: Record<string, string> };
    const recorded = sourceHashes(definition, sha256);
    definition.title.en = 'New title';
    delete (definition.audience as Record<string, string>).fi;
    const xml = toXliff(definition, 'fi', { tracking: { recorded, hash: sha256 } });
    expect(xml).toContain(
      '<unit id="title">\n      <notes>\n        <note category="credmap">outdated: the source text has changed since this translation was made</note>\n      </notes>\n      <segment state="initial">\n        <source xml:lang="en">New title</source>\n        <target xml:lang="fi">Otsikko</target>',
    );
    expect(xml).toContain(
      '<unit id="audience">\n      <segment state="initial">\n        <source xml:lang="en">Everyone</source>\n      </segment>',
    );
    const open = toXliff(definition, 'fi', { tracking: { recorded, hash: sha256 }, only: 'open' });
    expect(open.match(/<unit id="([^"]+)"/g)).toEqual(['<unit id="title"', '<unit id="audience"']);
  });

  it('writes characters XML cannot carry as <cp>, and a CR as a reference', () => {
    const definition = { ...fixture(), title: { en: 'a\u0001b\rc\uFFFEd', fi: 'x' } };
    expect(toXliff(definition, 'fi')).toContain('>a<cp hex="0001"/>b&#13;c<cp hex="FFFE"/>d</source>');
  });
});

describe('fromXliff', () => {
  it('gives back the translations: toXliff, fromXliff and applyTranslations change nothing', () => {
    for (const definition of [fixture(), ...readStudy('demo').map((s) => s.definition)]) {
      for (const language of definition.languages) {
        const read = fromXliff(toXliff(definition, language));
        expect(read).toMatchObject({
          ok: true,
          sourceLanguage: 'en',
          targetLanguage: language,
          fileId: definition.id,
        });
        if (!read.ok) continue;
        expect(read.entries.length).toBe(textUnits(definition).length);
        const { definition: after, report } = applyTranslations(definition, language, read.entries);
        expect(after).toEqual(definition);
        expect(report.changed).toEqual([]);
        expect(report.unchanged.length).toBe(read.entries.length);
      }
    }
  });

  it('carries a translator’s work into the definition', () => {
    const xml = toXliff(fixture(), 'sv').replace(
      '<source xml:lang="en">Title</source>',
      '<source xml:lang="en">Title</source><target xml:lang="sv">Titel</target>',
    );
    const read = fromXliff(xml);
    expect(read).toEqual({
      ok: true,
      sourceLanguage: 'en',
      targetLanguage: 'sv',
      fileId: 'fixture',
      entries: [{ key: 'title', text: 'Titel', source: 'Title' }],
    });
    if (read.ok)
      expect(applyTranslations(fixture(), 'sv', read.entries).definition.title).toEqual({
        en: 'Title',
        fi: 'Otsikko',
        sv: 'Titel',
      });
  });

  it('joins segments and ignorables, reads <cp>, <ph> placeholders, <mrk> and <pc>, and skips extensions', () => {
    const xml = wrap(
      `<unit id="a"><notes><note>n</note></notes><m:x xmlns:m="urn:m"/>
        <segment><source>One.</source><target>Yksi.</target></segment>
        <ignorable><source> </source></ignorable>
        <segment state="final"><source>Two <ph id="1" disp="\${q1}"/>.</source><target>Kaksi <ph id="1" equiv="\${q1}"/><cp hex="1"/> <mrk id="m" translate="no">CAT</mrk> <pc id="p">b</pc>.</target></segment>
      </unit>
      <group id="g"><unit id="b"><segment><source>x</source><target><![CDATA[<y>]]></target></segment></unit></group>
      <unit id="c"><segment><source>untranslated</source></segment></unit>
      <unit id="d"><segment><source>s1</source><target>t1</target></segment><segment><source>s2</source></segment></unit>`,
    );
    expect(fromXliff(xml)).toEqual({
      ok: true,
      sourceLanguage: 'en',
      targetLanguage: 'fi',
      fileId: 'f',
      entries: [
        { key: 'a', text: 'Yksi. Kaksi ${q1}\u0001 CAT b.', source: 'One. Two ${q1}.' },
        { key: 'b', text: '<y>', source: 'x' },
      ],
    });
  });

  it('passes an empty target on, for applyTranslations to report', () => {
    const read = fromXliff(
      wrap('<unit id="title"><segment><source>Title</source><target/></segment></unit>'),
    );
    expect(read.ok && read.entries).toEqual([{ key: 'title', text: '', source: 'Title' }]);
    if (read.ok) expect(applyTranslations(fixture(), 'fi', read.entries).report.empty).toEqual(['title']);
  });

  it.each([
    ['a DOCTYPE', `<!DOCTYPE xliff [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>${wrap('')}`, 'xml.doctype'],
    ['an external entity', '<!DOCTYPE x SYSTEM "http://example.org/x.dtd"><xliff/>', 'xml.doctype'],
    ['an unclosed tag', wrap('<unit id="a"><segment><source>x</source>'), 'xml.mismatchedTag'],
    ['a truncated file', wrap('').slice(0, -10), 'xml.unclosed'],
    [
      'the XLIFF 1.1 namespace (1.2 is read by xliff12.ts)',
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.1" version="1.1"/>',
      'xliff.namespace',
    ],
    ['no namespace', '<xliff version="2.0" srcLang="en"/>', 'xliff.namespace'],
    ['another document', '<html/>', 'xliff.notXliff'],
    [
      'a wrong version',
      `<xliff xmlns="${xliffNamespace}" version="3.0" srcLang="en" trgLang="fi"/>`,
      'xliff.version',
    ],
    ['no version', `<xliff xmlns="${xliffNamespace}" srcLang="en" trgLang="fi"/>`, 'xliff.version'],
    ['no file', `<xliff xmlns="${xliffNamespace}" version="2.0" srcLang="en" trgLang="fi"/>`, 'xliff.noFile'],
    ['two files', wrap('</file><file id="g">'), 'xliff.multipleFiles'],
    ['no target language', wrap('', 'srcLang="en"'), 'xliff.trgLang'],
    ['no source language', wrap('', 'trgLang="fi"'), 'xliff.srcLang'],
    ['a unit without id', wrap('<unit><segment><source>x</source></segment></unit>'), 'xliff.unitId'],
    [
      'a repeated unit',
      wrap(
        '<unit id="a"><segment><source>x</source></segment></unit><unit id="a"><segment><source>y</source></segment></unit>',
      ),
      'xliff.duplicateUnit',
    ],
    ['a unit without segment', wrap('<unit id="a"><notes/></unit>'), 'xliff.noSegment'],
    [
      'a segment without source',
      wrap('<unit id="a"><segment><target>x</target></segment></unit>'),
      'xliff.source',
    ],
    [
      'two targets',
      wrap('<unit id="a"><segment><source>x</source><target>1</target><target>2</target></segment></unit>'),
      'xliff.target',
    ],
    [
      'a target in another language',
      wrap('<unit id="a"><segment><source>x</source><target xml:lang="de">y</target></segment></unit>'),
      'xliff.langMismatch',
    ],
    [
      'inline codes',
      wrap('<unit id="a"><segment><source>x</source><target><sc id="1"/>y</target></segment></unit>'),
      'inline.unsupported',
    ],
    [
      'a foreign element in a target',
      wrap('<unit id="a"><segment><source>x</source><target><b xmlns="">y</b></target></segment></unit>'),
      'inline.unsupported',
    ],
    [
      'a ph that is no placeholder',
      wrap('<unit id="a"><segment><source>x</source><target><ph id="1"/></target></segment></unit>'),
      'inline.unsupported',
    ],
    [
      'a bad cp',
      wrap('<unit id="a"><segment><source>x</source><target><cp hex="110000"/></target></segment></unit>'),
      'inline.badCp',
    ],
    ['stray text', wrap('text'), 'xliff.unexpectedText'],
    ['an unknown core element', wrap('<segment/>'), 'xliff.unexpectedElement'],
  ])('refuses %s', (_, xml, code) => {
    expect(codes(xml)).toContain(code);
  });

  it('refuses input over the size limit', () => {
    const huge = wrap(
      `<unit id="a"><segment><source>${'x'.repeat(9 * 1024 * 1024)}</source></segment></unit>`,
    );
    expect(fromXliff(huge)).toEqual({
      ok: false,
      issues: [expect.objectContaining({ code: 'xml.tooLarge' })],
    });
    expect(codes(wrap('<unit id="a"><segment><source>xxxxxxxxxxxx</source></segment></unit>'))).toEqual([]);
    expect(fromXliff(wrap(''), { ...defaultXmlLimits, maxLength: 50 })).toMatchObject({ ok: false });
  });

  it('gives lines with its issues and collects them all', () => {
    const result = fromXliff(
      wrap(
        '\n<unit>\n</unit>\n<unit id="b"><segment><source>x</source><target xml:lang="de">y</target></segment></unit>',
      ),
    );
    expect(result).toEqual({
      ok: false,
      issues: [
        { code: 'xliff.unitId', line: 3 },
        { code: 'xliff.langMismatch', line: 5, detail: 'de / fi' },
      ],
    });
  });

  it('never throws on what it is handed', () => {
    expect(fromXliff(undefined as unknown as string)).toMatchObject({ ok: false });
  });
});
