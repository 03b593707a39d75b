import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoDefinition } from '../../../test/support/respondents.ts';
import type { DefinitionIssue } from '../issues.ts';
import { compile } from '../model.ts';
import { resolveIncludes } from './include.ts';
import { parseDefinition } from './parse-definition.ts';
import { parseStudy } from './study.ts';

type Json = unknown;
type Path = readonly (string | number)[];

/** Every place in a document a hand (or a broken export) could change. */
function pathsOf(value: Json, at: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [at];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [at, ...entries.flatMap(([k, v]) => pathsOf(v, [...at, k]))];
}

const removed = Symbol('removed');

/** A copy of `document` with the value at `path` replaced, or removed. */
function changed(document: Json, path: Path, value: Json | typeof removed): Json {
  if (path.length === 0) return value === removed ? undefined : value;
  const copy = structuredClone(document) as Record<string | number, Json>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path.at(-1)!;
  if (value !== removed) parent[last] = value;
  else if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete parent[last];
  return copy;
}

/** Values a broken file puts where another was: other types, odd strings, huge and odd numbers. */
const oddValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom('', ' ', '${', '${nope}', '__proto__', 'p_consent', 'single', -1, 0, 1e308, Number.NaN),
  fc.string({ maxLength: 40 }),
);

function expectIssues(issues: readonly DefinitionIssue[]) {
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(typeof issue.path).toBe('string');
    expect(typeof issue.code).toBe('string');
  }
}

describe('parseDefinition on any input (property)', () => {
  let demo: Json;
  let paths: Path[];
  beforeAll(async () => {
    demo = JSON.parse(JSON.stringify(await demoDefinition()));
    paths = pathsOf(demo);
  });

  it('never throws on any value, and lists issues for what it refuses', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = parseDefinition(input);
        if (!result.ok) expectIssues(result.issues);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on the demo questionnaire changed in up to three places; what it accepts compiles', () => {
    const change = fc.tuple(fc.nat(), fc.oneof(oddValue, fc.constant(removed)));
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 3 }), (changes) => {
        let input = demo;
        for (const [n, value] of changes) {
          const places = pathsOf(input);
          input = changed(input, places[n % places.length]!, value);
        }
        const result = parseDefinition(input);
        if (result.ok) compile(result.questionnaire);
        else expectIssues(result.issues);
      }),
      { numRuns: 300 },
    );
    expect(paths.length).toBeGreaterThan(500);
  });

  it('never throws when includes name anything, and parseStudy never throws on any value', () => {
    const include = fc.record(
      {
        include: fc.oneof(fc.constantFrom('m', 'n'), fc.jsonValue({ maxDepth: 1 })),
        relevant: fc.jsonValue(),
      },
      { requiredKeys: ['include'] },
    );
    // Modules as the study loader passes them on: checked for their outline (a name, a list of pages).
    const module = fc.record(
      {
        module: fc.constantFrom('m', 'n', ''),
        lists: fc.dictionary(fc.constantFrom('yesno', 'x'), fc.jsonValue({ maxDepth: 2 })),
        pages: fc.array(fc.oneof(include, fc.jsonValue({ maxDepth: 2 })), { minLength: 1, maxLength: 3 }),
      },
      { requiredKeys: ['module', 'pages'] },
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(include, fc.jsonValue()), { maxLength: 4 }),
        fc.array(module, { maxLength: 3 }),
        fc.anything(),
        (pages, modules, study) => {
          const result = resolveIncludes({ ...(demo as object), pages }, modules);
          if (result.ok) parseDefinition(result.document);
          const parsed = parseStudy(study);
          if (!parsed.ok) expectIssues(parsed.issues);
        },
      ),
      { numRuns: 300 },
    );
  });
});
