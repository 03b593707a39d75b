import { describe, expect, it } from 'vitest';
import type { QuestionnaireInput } from '../questionnaire/index.ts';
import { applyTranslations } from './apply.ts';
import { sourceHashes } from './status.ts';
import { fixture, readStudy, sha256 } from './test-support.ts';
import { textUnits } from './units.ts';
import { fromXliff } from './xliff.ts';
import { toXliff12, xliff12Namespace } from './xliff12.ts';
import { defaultXmlLimits } from './xml-reader.ts';

/** A 1.2 document around `units`, as a tool writes one: a header, then the body. */
const wrap = (units: string, fileAttributes = 'source-language="en" target-language="fi"') =>
  `<?xml version="1.0"?>\n<xliff xmlns="${xliff12Namespace}" version="1.2"><file original="f" datatype="plaintext" ${fileAttributes}><header/><body>${units}</body></file></xliff>`;

const unit = (target: string, attributes = '') =>
  wrap(`<trans-unit id="title"${attributes}><source>Title</source>${target}</trans-unit>`);

const codes = (xml: string) => {
  const result = fromXliff(xml);
  return result.ok ? [] : result.issues.map((i) => i.code);
};

const read = (xml: string) => {
  const result = fromXliff(xml);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.entries;
};

describe('toXliff12', () => {
  it('writes an XLIFF 1.2 document, one file, one trans-unit per text', () => {
    const xml = toXliff12(fixture(), 'fi');
    expect(xml).toContain(`<xliff xmlns="${xliff12Namespace}" version="1.2">`);
    expect(xml).toContain(
      '<file original="fixture" source-language="en" target-language="fi" datatype="plaintext">\n    <body>',
    );
    expect(xml.match(/<trans-unit /g)?.length).toBe(textUnits(fixture()).length);
    expect(xml).toContain(
      '<trans-unit id="pages.p1.items.agree.statement">\n        <source xml:lang="en">I agree &amp; &lt;consent&gt;</source>\n        <target xml:lang="fi" state="translated">Suostun &amp; &lt;suostumus&gt;</target>\n      </trans-unit>',
    );
    // xml:space goes on the trans-unit: 1.2 has none on <source> or <target>.
    expect(xml).toContain(
      '<trans-unit id="pages.p1.items.intro.body" xml:space="preserve">\n        <source xml:lang="en">One\n\nTwo</source>',
    );
    expect(xml).toContain('<source xml:lang="en">Hours, ${works}?</source>');
  });

  it('leaves the target out where there is none, and marks outdated translations for review', () => {
    const definition = structuredClone(fixture()) as QuestionnaireInput & { title: Record<string, string> };
    const recorded = sourceHashes(definition, sha256);
    definition.title.en = 'New title';
    delete (definition.audience as Record<string, string>).fi;
    const xml = toXliff12(definition, 'fi', { tracking: { recorded, hash: sha256 } });
    expect(xml).toContain(
      '<trans-unit id="title">\n        <source xml:lang="en">New title</source>\n        <target xml:lang="fi" state="needs-review-translation">Otsikko</target>\n        <note from="credmap">outdated: the source text has changed since this translation was made</note>\n      </trans-unit>',
    );
    expect(xml).toContain(
      '<trans-unit id="audience">\n        <source xml:lang="en">Everyone</source>\n      </trans-unit>',
    );
    const open = toXliff12(definition, 'fi', { tracking: { recorded, hash: sha256 }, only: 'open' });
    expect(open.match(/<trans-unit id="([^"]+)"/g)).toEqual([
      '<trans-unit id="title"',
      '<trans-unit id="audience"',
    ]);
  });

  it('notes differing placeholders', () => {
    const definition = { ...fixture(), title: { en: 'Hi ${a}', fi: 'Hei ${b}' } };
    expect(toXliff12(definition, 'fi')).toContain(
      '<note from="credmap">placeholders: missing ${a}, extra ${b}</note>',
    );
  });

  it('writes U+FFFD for characters XML cannot carry (1.2 has no <cp>), and a CR as a reference', () => {
    const definition = { ...fixture(), title: { en: 'a\u0001b\rc\uFFFEd', fi: 'x' } };
    expect(toXliff12(definition, 'fi')).toContain('>a\uFFFDb&#13;c\uFFFDd</source>');
  });
});

describe('fromXliff on XLIFF 1.2', () => {
  it('gives back the translations: toXliff12, fromXliff and applyTranslations change nothing', () => {
    for (const definition of [fixture(), ...readStudy('demo').map((s) => s.definition)]) {
      for (const language of definition.languages) {
        const result = fromXliff(toXliff12(definition, language));
        expect(result).toMatchObject({
          ok: true,
          sourceLanguage: 'en',
          targetLanguage: language,
          fileId: definition.id,
        });
        if (!result.ok) continue;
        expect(result.entries.length).toBe(textUnits(definition).length);
        const { definition: after, report } = applyTranslations(definition, language, result.entries);
        expect(after).toEqual(definition);
        expect(report.changed).toEqual([]);
        expect(report.unchanged.length).toBe(result.entries.length);
      }
    }
  });

  it('carries a translator’s work into the definition, and takes an outdated translation back', () => {
    const definition = structuredClone(fixture()) as QuestionnaireInput & { title: Record<string, string> };
    const recorded = sourceHashes(definition, sha256);
    definition.title.en = 'New title';
    const xml = toXliff12(definition, 'sv', { tracking: { recorded, hash: sha256 } }).replace(
      '<source xml:lang="en">New title</source>',
      '<source xml:lang="en">New title</source><target xml:lang="sv" state="translated">Ny titel</target>',
    );
    const result = fromXliff(xml);
    expect(result).toEqual({
      ok: true,
      sourceLanguage: 'en',
      targetLanguage: 'sv',
      fileId: 'fixture',
      entries: [{ key: 'title', text: 'Ny titel', source: 'New title' }],
    });
    const fi = read(toXliff12(definition, 'fi', { tracking: { recorded, hash: sha256 } }));
    expect(fi.find((e) => e.key === 'title')).toEqual({ key: 'title', text: 'Otsikko', source: 'New title' });
  });

  it.each([
    ['no state', '', true],
    ['translated', 'translated', true],
    ['final', 'final', true],
    ['signed-off', 'signed-off', true],
    ['needs-review-translation', 'needs-review-translation', true],
    ['needs-review-l10n', 'needs-review-l10n', true],
    ['needs-review-adaptation', 'needs-review-adaptation', true],
    ['needs-adaptation (only non-textual information)', 'needs-adaptation', true],
    ['a tool’s own x- state', 'x-draft', true],
    ['new', 'new', false],
    ['needs-translation', 'needs-translation', false],
    ['needs-l10n (the text needs adapting)', 'needs-l10n', false],
  ])('takes a target in state %s: %s', (_, state, taken) => {
    const attributes = state === '' ? '' : ` state="${state}"`;
    const entries = read(unit(`<target${attributes}>Title</target>`));
    expect(entries).toEqual(taken ? [{ key: 'title', text: 'Title', source: 'Title' }] : []);
  });

  it('leaves out a unit not to be translated, and one without a target', () => {
    expect(read(unit('<target>Otsikko</target>', ' translate="no"'))).toEqual([]);
    expect(read(unit(''))).toEqual([]);
  });

  it('passes an empty target on, for applyTranslations to report, unless it is marked untranslated', () => {
    const entries = read(unit('<target/>'));
    expect(entries).toEqual([{ key: 'title', text: '', source: 'Title' }]);
    expect(applyTranslations(fixture(), 'fi', entries).report.empty).toEqual(['title']);
    expect(read(unit('<target state="needs-translation"></target>'))).toEqual([]);
  });

  it('reads units in groups, and skips the header, notes, context, proposals, binary units and extensions', () => {
    const xml = `<?xml version="1.0"?>
<xliff xmlns="${xliff12Namespace}" xmlns:okp="okapi-framework:xliff-extensions" version="1.2">
  <okp:meta/>
  <file original="demo.yaml" source-language="en-US" target-language="fi-FI" datatype="x-undefined">
    <header><skl><external-file href="demo.skl"/></skl><phase-group><phase phase-name="t" process-name="translation"/></phase-group><tool tool-id="a" tool-name="A"/><note>hello</note><okp:x/></header>
    <body>
      <group id="g1" restype="x-page"><context-group><context context-type="x-page">p1</context></context-group><note>Page</note><okp:y/>
        <group id="g2">
          <trans-unit id="a" approved="yes" resname="a" okp:z="1">
            <source>One</source>
            <seg-source><mrk mtype="seg" mid="1">One</mrk></seg-source>
            <target state="final" state-qualifier="exact-match"><mrk mtype="seg" mid="1">Yksi</mrk></target>
            <context-group purpose="information"><context context-type="x-hint">h</context></context-group>
            <count-group name="c"><count count-type="total">1</count></count-group>
            <note from="reviewer" annotates="target">Fine</note>
            <alt-trans match-quality="75%"><source>Ones</source><target>Ykköset</target></alt-trans>
            <okp:extra><okp:any>thing</okp:any></okp:extra>
          </trans-unit>
        </group>
      </group>
      <bin-unit id="img" mime-type="image/png"><bin-source><external-file href="a.png"/></bin-source><trans-unit id="alt"><source>Alt</source><target>Vaihtoehto</target></trans-unit></bin-unit>
      <trans-unit id="b"><source>Two</source><target>Kaksi</target></trans-unit>
    </body>
  </file>
</xliff>`;
    expect(fromXliff(xml)).toEqual({
      ok: true,
      sourceLanguage: 'en-US',
      targetLanguage: 'fi-FI',
      fileId: 'demo.yaml',
      entries: [
        { key: 'a', text: 'Yksi', source: 'One' },
        { key: 'b', text: 'Kaksi', source: 'Two' },
      ],
    });
  });

  it('reads inline elements: text of <g> and <mrk>, the native code of <ph>, <bpt>, <ept>, <it>, and placeholders', () => {
    const entries = read(
      unit(
        [
          '<target>',
          '<g id="1" ctype="bold">Bold <mrk mtype="protected">CAT</mrk></g>, ',
          '<ph id="2">${q1}</ph> <ph id="3" equiv-text="${q2}"/> <x id="4" equiv-text="${q3}"/>',
          '<x id="5" ctype="lb"/>',
          '<bpt id="6">&lt;b&gt;</bpt>b<ept id="6">&lt;/b&gt;</ept> ',
          '<ph id="7">&lt;img alt="<sub>Kuva</sub>"/&gt;</ph><it id="8" pos="open">[</it>',
          '</target>',
        ].join(''),
      ),
    );
    expect(entries).toEqual([
      { key: 'title', text: 'Bold CAT, ${q1} ${q2} ${q3}\n<b>b</b> <img alt="Kuva"/>[', source: 'Title' },
    ]);
  });

  it('takes white space as written, whatever xml:space says', () => {
    const xml = wrap(
      [
        '<group xml:space="preserve"><trans-unit id="a"><source> A\n\nB </source><target> Ä\n\nB </target></trans-unit></group>',
        '<trans-unit id="b" xml:space="default"><source>A  B</source><target>\n  Ä  B\n</target></trans-unit>',
      ].join(''),
    );
    expect(read(xml)).toEqual([
      { key: 'a', text: ' Ä\n\nB ', source: ' A\n\nB ' },
      { key: 'b', text: '\n  Ä  B\n', source: 'A  B' },
    ]);
  });

  it.each([
    [
      'a DOCTYPE',
      `<!DOCTYPE xliff [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>${unit('<target>&b;</target>')}`,
      'xml.doctype',
    ],
    ['another version', `<xliff xmlns="${xliff12Namespace}" version="1.1"/>`, 'xliff.version'],
    ['no version', `<xliff xmlns="${xliff12Namespace}"/>`, 'xliff.version'],
    ['no file', `<xliff xmlns="${xliff12Namespace}" version="1.2"/>`, 'xliff.noFile'],
    [
      'two files',
      wrap('</body></file><file original="g" source-language="en" datatype="plaintext"><body>'),
      'xliff.multipleFiles',
    ],
    [
      'no body',
      `<xliff xmlns="${xliff12Namespace}" version="1.2"><file original="f" source-language="en" target-language="fi" datatype="plaintext"/></xliff>`,
      'xliff.noBody',
    ],
    ['no target language', wrap('', 'source-language="en"'), 'xliff.trgLang'],
    ['no source language', wrap('', 'target-language="fi"'), 'xliff.srcLang'],
    ['no original', wrap('').replace(' original="f"', ''), 'xliff.fileId'],
    ['a unit without id', wrap('<trans-unit><source>x</source></trans-unit>'), 'xliff.unitId'],
    [
      'a repeated unit',
      wrap(
        '<trans-unit id="a"><source>x</source></trans-unit><group><trans-unit id="a"><source>y</source></trans-unit></group>',
      ),
      'xliff.duplicateUnit',
    ],
    ['a unit without source', wrap('<trans-unit id="a"><target>x</target></trans-unit>'), 'xliff.source'],
    ['two targets', unit('<target>1</target><target>2</target>'), 'xliff.target'],
    ['a target in another language', unit('<target xml:lang="de">Titel</target>'), 'xliff.langMismatch'],
    [
      'a source in another language',
      wrap('<trans-unit id="a"><source xml:lang="fr">x</source></trans-unit>'),
      'xliff.langMismatch',
    ],
    ['an XLIFF 2 element in a unit', unit('<segment/>'), 'xliff.unexpectedElement'],
    ['an unknown element in the body', wrap('<unit id="a"/>'), 'xliff.unexpectedElement'],
    ['two bodies', wrap('</body><body>'), 'xliff.unexpectedElement'],
    ['stray text', wrap('text'), 'xliff.unexpectedText'],
    ['a <bx/>', unit('<target><bx id="1"/>x</target>'), 'inline.unsupported'],
    ['an <ex/>', unit('<target>x<ex id="1"/></target>'), 'inline.unsupported'],
    ['an <x/> that stands for an unknown code', unit('<target><x id="1"/></target>'), 'inline.unsupported'],
    [
      'an <x/> whose equiv-text is no placeholder',
      unit('<target><x id="1" equiv-text="[b]"/></target>'),
      'inline.unsupported',
    ],
    ['an empty <ph/>', unit('<target><ph id="1"/></target>'), 'inline.unsupported'],
    ['a foreign element in a target', unit('<target><b xmlns="">y</b></target>'), 'inline.unsupported'],
    ['an XLIFF 2 <pc> in a target', unit('<target><pc id="1">y</pc></target>'), 'inline.unsupported'],
    [
      'an element inside a code',
      unit('<target><ph id="1"><g id="2">x</g></ph></target>'),
      'inline.unsupported',
    ],
    ['a <sub> outside a code', unit('<target><sub>x</sub></target>'), 'inline.unsupported'],
    [
      'a code in the source',
      wrap('<trans-unit id="a"><source><bx id="1"/>x</source><target>y</target></trans-unit>'),
      'inline.unsupported',
    ],
  ])('refuses %s', (_, xml, code) => {
    expect(codes(xml)).toContain(code);
  });

  it('says once that the target language is missing, not again for every target that names one', () => {
    const xml = wrap(
      '<trans-unit id="a"><source xml:lang="en">x</source><target xml:lang="fi">y</target></trans-unit>',
      'source-language="en"',
    );
    expect(codes(xml)).toEqual(['xliff.trgLang']);
  });

  it('does not read a target it leaves out, so its codes do not matter', () => {
    expect(codes(unit('<target state="new"><bx id="1"/>Title</target>'))).toEqual([]);
  });

  it('refuses input over the size limit', () => {
    const huge = unit(`<target>${'x'.repeat(9 * 1024 * 1024)}</target>`);
    expect(fromXliff(huge)).toEqual({
      ok: false,
      issues: [expect.objectContaining({ code: 'xml.tooLarge' })],
    });
    expect(fromXliff(unit('<target>x</target>'), { ...defaultXmlLimits, maxLength: 50 })).toMatchObject({
      ok: false,
    });
    const deep = unit(`<target>${'<g id="1">'.repeat(80)}x${'</g>'.repeat(80)}</target>`);
    expect(codes(deep)).toEqual(['xml.tooDeep']);
  });

  it('gives lines with its issues and collects them all', () => {
    const result = fromXliff(
      wrap(
        '\n<trans-unit>\n</trans-unit>\n<trans-unit id="b"><source>x</source><target xml:lang="de">y</target></trans-unit>\n<trans-unit id="c"><source>x</source><target><bx id="1"/></target></trans-unit>',
        'target-language="fi"',
      ),
    );
    expect(result).toEqual({
      ok: false,
      issues: [
        { code: 'xliff.srcLang', line: 2 },
        { code: 'xliff.unitId', line: 3 },
        { code: 'xliff.langMismatch', line: 5, detail: 'de / fi' },
        { code: 'inline.unsupported', line: 6, detail: 'bx' },
      ],
    });
  });
});
