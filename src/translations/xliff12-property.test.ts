import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QuestionnaireInput } from '../questionnaire/index.ts';
import { applyTranslations } from './apply.ts';
import { fixture, nasty, text } from './test-support.ts';
import { fromXliff } from './xliff.ts';
import { toXliff12, xliff12Namespace } from './xliff12.ts';
import { isXmlChar } from './xml-reader.ts';

/** What XLIFF 1.2 can carry of a text: every character XML cannot becomes U+FFFD. */
const carried = (value: string) =>
  Array.from(value, (ch) => (isXmlChar(ch.codePointAt(0) ?? 0) ? ch : '\uFFFD')).join('');
const carriable = (value: string) => carried(value) === value;

describe('XLIFF 1.2 round trip (property)', () => {
  it('keeps any source and translation XML can carry exactly, and the rest as U+FFFD', () => {
    fc.assert(
      fc.property(text, text, text, (source, translation, other) => {
        const definition: QuestionnaireInput = {
          ...fixture(),
          title: { en: source, fi: translation },
          description: { en: other, fi: other },
        };
        const read = fromXliff(toXliff12(definition, 'fi'));
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        const title = read.entries.find((e) => e.key === 'title');
        if (translation.trim() === '') expect(title).toBeUndefined();
        else expect(title).toEqual({ key: 'title', text: carried(translation), source: carried(source) });
        if ([source, translation, other].every(carriable))
          expect(applyTranslations(definition, 'fi', read.entries).definition).toEqual(definition);
      }),
      { numRuns: 300 },
    );
  });

  it('puts a translation into a definition that lacked it', () => {
    fc.assert(
      fc.property(
        text.filter((t) => t.trim() !== '' && !t.includes('$') && carriable(t)),
        (translation) => {
          const definition: QuestionnaireInput = { ...fixture(), title: { en: 'Title', fi: translation } };
          const read = fromXliff(toXliff12(definition, 'fi'));
          if (!read.ok) throw new Error(JSON.stringify(read.issues));
          const without = { ...definition, title: { en: 'Title' } };
          expect(applyTranslations(without, 'fi', read.entries).definition).toEqual(definition);
        },
      ),
      { numRuns: 200 },
    );
  });
});

/** Inline content as a 1.2 tool may write it, with the text this reader makes of it. */
interface Inline {
  readonly xml: string;
  readonly text: string;
}

const escaped = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const plain = fc
  .string({
    unit: fc.constantFrom('a', 'ä', ' ', '\n', '&', '<', '>', '"', '$', '{', '}', '😀'),
    maxLength: 8,
  })
  .map((t): Inline => ({ xml: escaped(t), text: t }));
const code = plain.filter((c) => c.text !== '');
const placeholder = fc.constantFrom('${q1}', '${mc_title}', '${a.b}');

const inline: fc.Arbitrary<Inline> = fc.letrec<{ content: Inline; piece: Inline }>((tie) => ({
  content: fc
    .array(tie('piece'), { maxLength: 4 })
    .map((pieces) => ({ xml: pieces.map((p) => p.xml).join(''), text: pieces.map((p) => p.text).join('') })),
  piece: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    plain,
    tie('content').map((c) => ({ xml: `<g id="1" ctype="bold">${c.xml}</g>`, text: c.text })),
    tie('content').map((c) => ({ xml: `<mrk mtype="protected">${c.xml}</mrk>`, text: c.text })),
    placeholder.map((p) => ({ xml: `<ph id="2">${p}</ph>`, text: p })),
    placeholder.map((p) => ({ xml: `<x id="3" equiv-text="${p}"/>`, text: p })),
    placeholder.map((p) => ({ xml: `<ph id="4" equiv-text="${p}"/>`, text: p })),
    // A code holds its original text; an empty one stands for nothing this file says, and is refused.
    code.map((c) => ({ xml: `<bpt id="5">${c.xml}</bpt>`, text: c.text })),
    code.map((c) => ({ xml: `<ept id="5">${c.xml}</ept>`, text: c.text })),
    fc.constant({ xml: '<x id="6" ctype="lb"/>', text: '\n' }),
  ),
})).content;

const document = (target: string) =>
  `<xliff xmlns="${xliff12Namespace}" version="1.2"><file original="f" source-language="en" target-language="fi" datatype="plaintext"><body><trans-unit id="title"><source>Title</source><target>${target}</target></trans-unit></body></file></xliff>`;

describe('fromXliff on XLIFF 1.2 inline content and damage (property)', () => {
  it('reads nested inline elements as their text, placeholders and native codes', () => {
    fc.assert(
      fc.property(inline, (content) => {
        const read = fromXliff(document(content.xml));
        if (!read.ok) throw new Error(`${content.xml}: ${JSON.stringify(read.issues)}`);
        expect(read.entries).toEqual([{ key: 'title', text: content.text, source: 'Title' }]);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on damaged XLIFF 1.2', () => {
    const valid = toXliff12(fixture(), 'fi');
    const edit = fc.tuple(
      fc.nat({ max: valid.length }),
      fc.nat({ max: 40 }),
      fc.oneof(
        fc.string({ unit: nasty, maxLength: 10 }),
        fc.constantFrom('<g id="1">', '</g>', '<bx id="1"/>', '<x/>', '<ph>', '</ph>', '<sub>', '<group>'),
      ),
    );
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits) => {
        let damaged = valid;
        for (const [at, cut, insert] of edits)
          damaged = damaged.slice(0, at) + insert + damaged.slice(at + cut);
        const result = fromXliff(damaged);
        if (result.ok) for (const e of result.entries) expect(typeof e.text).toBe('string');
        else for (const i of result.issues) expect(i.code).toMatch(/^(xml|xliff|inline)\.[A-Za-z]+$/);
      }),
      { numRuns: 1000 },
    );
  });
});
