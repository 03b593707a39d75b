import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExportColumn } from './columns.ts';
import { ddiCodebook, ddiNamespace, xmlAttribute, xmlText } from './ddi-codebook.ts';
import { memoryDataset, requirePrograms } from './test-support.ts';

const XMLLINT = '/usr/bin/xmllint';

const hostile = 'Q&A <b>bold</b> "quoted" \'single\' ]]> bell\u0007 cr\r\nlf\ttab';
const columns: ExportColumn[] = [
  { name: 'respondent', label: 'Respondent', kind: 'id' },
  { name: 'completed', label: 'Day completed (UTC)', kind: 'date' },
  {
    name: 'role',
    label: hostile,
    kind: 'code',
    codes: [
      { code: 'student', label: 'Študent & co' },
      { code: 'teacher', label: 'Nauczyciel z Łodzi' },
    ],
    source: { questionId: 'role', item: 0, part: '' },
  },
  {
    name: 'heard_badges',
    label: 'Heard of: badges',
    kind: 'flag',
    source: { questionId: 'heard', item: 0, part: '', code: 'badges' },
  },
  {
    name: 'heard_other',
    label: 'Heard of: other',
    kind: 'flag',
    source: { questionId: 'heard', item: 0, part: '', code: 'other' },
  },
  { name: 'reasons_cost', label: 'Reasons: cost', kind: 'rank' },
  { name: 'age', label: 'Age', kind: 'number' },
  { name: 'comments', label: 'Comments', kind: 'text', width: 400 },
  { name: 'a"b&c<d>', label: 'name that needs escaping', kind: 'code' },
];
const dataset = (name: string, rowCount: number, cols: readonly ExportColumn[]) =>
  memoryDataset(cols, [], { name, layout: name === 'data' ? 'wide' : 'long', rowCount });
const input = {
  study: {
    id: 'demo',
    title: 'Microcredentials & <you>',
    abstract: 'What people think of microcredentials.\nSecond line.',
    producer: 'Univerza v Ljubljani',
  },
  language: 'sl',
  now: new Date('2026-11-23T10:00:00Z'),
  datasets: [dataset('data', 12, columns), dataset('mc', 7, columns.slice(0, 2))],
  versions: ['Questionnaire demo version 1: 12 completed responses'],
  notes: ['Weights: none.', 'No disclosure control is applied to microdata.'],
};

/** An element as Python's ElementTree (expat) parsed it, with namespaces stripped from names. */
interface Node {
  tag: string;
  attrib: Record<string, string>;
  text: string;
  children: Node[];
}

/**
 * Parses the XML with Python's ElementTree, which rejects what is not well-formed, and prints the
 * tree as JSON (python3 is on every machine the project runs on).
 */
const pythonTree = `
import json, sys, xml.etree.ElementTree as ET
def strip(name): return name.split('}', 1)[1] if name.startswith('{') else name
def node(e): return {'tag': e.tag, 'attrib': {strip(k) if not k.startswith('{http://www.w3.org/XML') else 'xml:' + strip(k): v for k, v in e.attrib.items()}, 'text': e.text or '', 'children': [node(c) for c in e]}
print(json.dumps(node(ET.parse(sys.argv[1]).getroot())))
`;

const children = (n: Node, tag: string) => n.children.filter((c) => c.tag === `{${ddiNamespace}}${tag}`);
const child = (n: Node, tag: string) => {
  const found = children(n, tag);
  if (found.length !== 1) throw new Error(`${n.tag}: ${found.length} ${tag}`);
  return found[0]!;
};
const path = (n: Node, ...tags: string[]) => tags.reduce(child, n);
const order = (n: Node) => n.children.map((c) => c.tag.replace(`{${ddiNamespace}}`, ''));

describe('the DDI-Codebook 2.5 XML', () => {
  const dir = mkdtempSync(join(tmpdir(), 'credmap-ddi-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'metadata.xml');
  const xml = ddiCodebook(input);
  writeFileSync(file, xml);
  const root: Node = JSON.parse(execFileSync('python3', ['-c', pythonTree, file], { encoding: 'utf8' }));

  it('is well-formed for xmllint (libxml2-utils; required under CI=true)', (ctx) => {
    requirePrograms(ctx, [XMLLINT], 'apt-get install libxml2-utils', 'DDI codebook check');
    expect(execFileSync(XMLLINT, ['--noout', '--nonet', file], { encoding: 'utf8', stdio: 'pipe' })).toBe('');
  });

  it('has the root, namespace, schema location, version and language', () => {
    expect(root.tag).toBe(`{${ddiNamespace}}codeBook`);
    expect(root.attrib).toMatchObject({
      version: '2.5',
      'xml:lang': 'sl',
      schemaLocation: `ddi:codebook:2_5 http://www.ddialliance.org/Specification/DDI-Codebook/2.5/XMLSchema/codebook.xsd`,
    });
    // codeBook's sequence: docDscr, stdyDscr, fileDscr*, dataDscr.
    expect(order(root)).toEqual(['docDscr', 'stdyDscr', 'fileDscr', 'fileDscr', 'dataDscr']);
  });

  it('describes the study: title, identifier, producer, abstract, data collection and notes', () => {
    const study = child(root, 'stdyDscr');
    expect(order(study)).toEqual(['citation', 'stdyInfo', 'method']);
    expect(path(study, 'citation', 'titlStmt', 'titl').text).toBe('Microcredentials & <you>');
    expect(path(study, 'citation', 'titlStmt', 'IDNo').text).toBe('demo');
    expect(path(study, 'citation', 'prodStmt', 'producer').text).toBe('Univerza v Ljubljani');
    expect(path(study, 'stdyInfo', 'abstract').text).toBe(input.study.abstract);
    expect(order(child(study, 'method'))).toEqual(['dataColl', 'notes', 'notes']);
    expect(children(child(study, 'method'), 'notes').map((n) => n.text)).toEqual(input.notes);
    expect(path(study, 'method', 'dataColl', 'resInstru').text).toBe(input.versions[0]);
    expect(path(root, 'docDscr', 'citation', 'prodStmt', 'prodDate').attrib.date).toBe('2026-11-23');
  });

  it('describes each file: name, rows and columns, type', () => {
    const [data, mc] = children(root, 'fileDscr');
    expect(data!.attrib.ID).toBe('F1');
    expect(path(data!, 'fileTxt', 'fileName').text).toBe('data.csv');
    expect(path(data!, 'fileTxt', 'dimensns', 'caseQnty').text).toBe('12');
    expect(path(data!, 'fileTxt', 'dimensns', 'varQnty').text).toBe(String(columns.length));
    expect(order(child(data!, 'fileTxt'))).toEqual([
      'fileName',
      'fileCont',
      'dimensns',
      'fileType',
      'dataMsng',
    ]);
    expect(path(mc!, 'fileTxt', 'fileName').text).toBe('mc.csv');
    expect(path(mc!, 'fileTxt', 'dimensns', 'caseQnty').text).toBe('7');
  });

  it('describes every column as a variable, with categories, missing codes and format', () => {
    const dataDscr = child(root, 'dataDscr');
    // varGrp before var (dataDscr's sequence).
    expect(order(dataDscr)).toEqual(['varGrp', ...Array(columns.length + 2).fill('var')]);
    const vars = children(dataDscr, 'var');
    const byName = (name: string, file = 'F1') =>
      vars.find((v) => v.attrib.name === name && v.attrib.files === file)!;
    expect(new Set(vars.map((v) => v.attrib.ID)).size).toBe(vars.length);
    expect(byName('respondent', 'F2').attrib.ID).toBe(`V${columns.length + 1}`);

    const role = byName('role');
    expect(role.attrib).toMatchObject({ intrvl: 'discrete', nature: 'nominal', representationType: 'code' });
    expect(order(role)).toEqual(['labl', 'catgry', 'catgry', 'catgry', 'catgry', 'varFormat']);
    const cats = children(role, 'catgry').map((c) => [
      child(c, 'catValu').text,
      child(c, 'labl').text,
      c.attrib.missing ?? 'N',
    ]);
    expect(cats).toEqual([
      ['student', 'Študent & co', 'N'],
      ['teacher', 'Nauczyciel z Łodzi', 'N'],
      ['-8', "Don't know", 'Y'],
      ['-9', 'Prefer not to say', 'Y'],
    ]);
    expect(child(role, 'varFormat').attrib.type).toBe('character');

    expect(byName('age').attrib.intrvl).toBe('contin');
    expect(child(byName('age'), 'varFormat').attrib.type).toBe('numeric');
    expect(children(byName('age'), 'catgry').map((c) => c.attrib.missing)).toEqual(['Y', 'Y']);
    expect(children(byName('heard_badges'), 'catgry').map((c) => child(c, 'catValu').text)).toEqual([
      '0',
      '1',
      '-8',
      '-9',
    ]);
    expect(children(byName('respondent'), 'catgry')).toEqual([]);
    expect(child(byName('completed'), 'varFormat').attrib).toMatchObject({
      type: 'character',
      category: 'date',
    });
    expect(child(byName('reasons_cost'), 'varFormat').attrib.type).toBe('numeric');
    expect(byName('reasons_cost').attrib.nature).toBe('ordinal');

    const group = child(dataDscr, 'varGrp');
    expect(group.attrib).toMatchObject({
      type: 'multipleResp',
      name: 'heard',
      var: `${byName('heard_badges').attrib.ID} ${byName('heard_other').attrib.ID}`,
    });
    expect(child(group, 'labl').text).toBe('Heard of');
  });

  it('escapes markup and line ends, and replaces characters XML 1.0 forbids', () => {
    const role = children(child(root, 'dataDscr'), 'var').find((v) => v.attrib.name === 'role')!;
    expect(child(role, 'labl').text).toBe(hostile.replace('\u0007', '\ufffd'));
    expect(children(child(root, 'dataDscr'), 'var').map((v) => v.attrib.name)).toContain('a"b&c<d>');
    expect(xml).not.toContain('<b>');
    expect(xml).not.toContain('\u0007');
    expect(xmlText('a & b < c > d ]]> \r \u0000 \ud800')).toBe(
      'a &amp; b &lt; c &gt; d ]]&gt; &#13; \ufffd \ufffd',
    );
    expect(xmlAttribute('"x"\ty\nz')).toBe('&quot;x&quot;&#9;y&#10;z');
    expect(xmlText('😀 Łódź')).toBe('😀 Łódź');
  });

  it('publishes no frequencies or summary statistics', () => {
    expect(xml).not.toMatch(/<(catStat|sumStat)\b/);
  });
});
