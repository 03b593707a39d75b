import { describe, expect, it } from 'vitest';
import { fromXPath } from './from-xpath.ts';
import { toXPath } from './to-xpath.ts';

interface Case {
  readonly xpath: string;
  readonly credmap: string;
}

const translated: Case[] = [
  { xpath: "${q} = 'a'", credmap: "${q} = 'a'" },
  { xpath: "selected(${q}, 'a')", credmap: "selected(${q}, 'a')" },
  { xpath: 'count-selected(${q}) >= 2', credmap: 'count_selected(${q}) >= 2' },
  { xpath: 'string-length(.) <= 10', credmap: 'length(.) <= 10' },
  { xpath: "not(selected(${q}, 'a')) and ${n} > 3", credmap: "not selected(${q}, 'a') and ${n} > 3" },
  { xpath: 'not(${a}) = true()', credmap: '(not ${a}) = true' },
  { xpath: '${a} = ${b} < 3', credmap: '${a} = (${b} < 3)' },
  { xpath: '${a} div 2 + .5', credmap: '${a} / 2 + 0.5' },
  { xpath: "if(${a} > 1, 'x', \"it's\")", credmap: "if(${a} > 1, 'x', 'it\\'s')" },
  { xpath: ". >= date('1990-01-01') and . <= today()", credmap: ". >= '1990-01-01' and . <= today()" },
  { xpath: 'coalesce(${a}, 0) - -1', credmap: 'coalesce(${a}, 0) - -1' },
  { xpath: 'count(${mc}) or false()', credmap: 'count(${mc}) or false' },
  {
    xpath: "concat(${a}, ' ', string(round(${b}, 1)))",
    credmap: "concat(${a}, ' ', string(round(${b}, 1)))",
  },
  // After an operand a name is an operator, bracket or not (XPath 1.0 section 3.7).
  {
    xpath: "${a} = 'x' and (${b} = 'y' or ${c} = 'z')",
    credmap: "${a} = 'x' and (${b} = 'y' or ${c} = 'z')",
  },
  { xpath: '${a} or(${b} and ${c}) = false()', credmap: '${a} or (${b} and ${c}) = false' },
  { xpath: '(${a} or ${b}) and not (${c} or .)', credmap: '(${a} or ${b}) and not (${c} or .)' },
  { xpath: '${a} * (${b} div (${c} - 1))', credmap: '${a} * (${b} / (${c} - 1))' },
];

describe('fromXPath', () => {
  it.each<Case>(translated)('reads $xpath', ({ xpath, credmap }) => {
    expect(fromXPath(xpath)).toEqual({ ok: true, expression: credmap });
  });

  it.each<Case>(translated)('writes $credmap back to the same expression', ({ credmap }) => {
    expect(fromXPath(toXPath(credmap))).toEqual({ ok: true, expression: credmap });
  });

  it.each<[string, string, string]>([
    ['regex(., "[a-z]+")', 'xlsform.unsupportedFunction', 'regex'],
    ["jr:choice-name(${q}, '${q}')", 'xlsform.unsupportedFunction', 'jr:choice-name'],
    ['once(now())', 'xlsform.unsupportedFunction', 'once'],
    ['position(..) = 1', 'xlsform.badExpression', 'position(..) = 1'],
    ['${a} mod 2', 'xlsform.unsupportedOperator', 'mod'],
    ['${a} mod (2)', 'xlsform.unsupportedOperator', 'mod'],
    // At the start of an operand the same names are functions, which XPath does not have.
    ['and(${a}, ${b})', 'xlsform.unsupportedFunction', 'and'],
    ['${a} foo', 'xlsform.badExpression', '${a} foo'],
    // Names every object has are no functions here.
    ['constructor(1)', 'xlsform.unsupportedFunction', 'constructor'],
    ['toString(.)', 'xlsform.unsupportedFunction', 'toString'],
    ['__proto__(.)', 'xlsform.unsupportedFunction', '__proto__'],
    ['${a} | ${b}', 'xlsform.badExpression', '${a} | ${b}'],
    ["'unterminated", 'xlsform.badExpression', "'unterminated"],
    ['selected(${a})', 'xlsform.badExpression', 'selected(${a})'],
    ['('.repeat(200), 'xlsform.badExpression', '('.repeat(200)],
  ])('reports %s', (xpath, code, detail) => {
    expect(fromXPath(xpath)).toEqual({ ok: false, code, detail });
  });

  it('refuses a number too large for a double, as credmap reads its own', () => {
    const huge = '9'.repeat(400);
    expect(fromXPath(`. < ${huge}`)).toEqual({ ok: false, code: 'xlsform.badNumber', detail: huge });
  });

  it('writes quotes XPath cannot escape as a concatenation', () => {
    expect(toXPath(`'it\\'s "so"'`)).toBe(`concat('it', "'", 's "so"')`);
  });
});
