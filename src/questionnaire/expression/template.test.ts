import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TemplatePart } from './template.ts';
import { parseTemplate, renderTemplate, templateRefs } from './template.ts';

describe('parseTemplate', () => {
  type Case = [text: string, parts: TemplatePart[]];

  it.each<Case>([
    ['', []],
    ['Plain text', ['Plain text']],
    ['${name}', [{ ref: 'name' }]],
    ['Hello ${name}, you are ${age}.', ['Hello ', { ref: 'name' }, ', you are ', { ref: 'age' }, '.']],
    ['${a}${b}', [{ ref: 'a' }, { ref: 'b' }]],
    ['Costs $5', ['Costs $5']],
    ['$', ['$']],
    ['$$', ['$$']],
    ['$${a}', ['${a}']],
    ['$$${a}', ['$${a}']],
    ['$${a} and ${a}', ['${a} and ', { ref: 'a' }]],
    ['${ a }', ['${ a }']],
    ['${1a}', ['${1a}']],
    ['${a', ['${a']],
    ['${}', ['${}']],
    ['$${', ['${']],
    ['${a-b}', ['${a-b}']],
    ['x $ ${y}', ['x $ ', { ref: 'y' }]],
  ])('%j splits into %j', (text, parts) => {
    expect(parseTemplate(text).parts).toEqual(parts);
  });
});

describe('templateRefs', () => {
  type Case = [text: string, refs: string[]];

  it.each<Case>([
    ['no refs', []],
    ['${b} ${a} ${b}', ['b', 'a']],
    ['$${a} ${c}', ['c']],
  ])('%j refers to %j', (text, refs) => {
    expect(templateRefs(text)).toEqual(refs);
  });
});

describe('renderTemplate', () => {
  type Case = [text: string, rendered: string];

  const answers: Readonly<Record<string, string>> = { name: 'Ada', price: '5' };
  const resolve = (id: string) => answers[id] ?? '';

  it.each<Case>([
    ['Hello ${name}!', 'Hello Ada!'],
    ['${missing}?', '?'],
    ['Costs $${price}', 'Costs ${price}'],
    ['Costs $ ${price}', 'Costs $ 5'],
    ['${name}${name}', 'AdaAda'],
  ])('%j renders as %j', (text, rendered) => {
    expect(renderTemplate(text, resolve)).toBe(rendered);
  });

  it('never throws, and leaves text without a dollar sign alone', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const rendered = renderTemplate(text, (id) => `<${id}>`);
        if (!text.includes('$')) expect(rendered).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });

  it('merges adjacent texts and keeps no empty ones', () => {
    const pieces = fc.constantFrom('$', '{', '}', 'a', '1', ' ', '${a}', '$${');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 20 }), (chunks) => {
        const { parts } = parseTemplate(chunks.join(''));
        parts.forEach((part, i) => {
          if (typeof part === 'string') {
            expect(part).not.toBe('');
            expect(typeof parts[i + 1]).not.toBe('string');
          }
        });
      }),
    );
  });
});
