import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromXliff } from '../../src/translations/index.ts';
import { readXlsForm, writeXlsForm } from '../../src/xlsform/index.ts';
import type { TestApp } from '../support/app.ts';
import { Browser, testApp } from '../support/app.ts';
import { member, signIn } from '../support/console.ts';
import { engines } from '../support/database.ts';

const q = '/console/s/demo/q/demo';

async function upload(
  t: TestApp,
  browser: Browser,
  path: string,
  name: string,
  content: string | Uint8Array,
) {
  const form = new FormData();
  form.append('_csrf', browser.csrf());
  form.append('file', new File([content as BlobPart], name));
  const res = await t.app.request(`http://127.0.0.1:3000${path}`, {
    method: 'POST',
    body: form,
    headers: { cookie: `cm_session=${browser.cookie('cm_session')}` },
  });
  return {
    status: res.status,
    location: res.headers.get('location'),
    html: await res.text(),
    headers: res.headers,
  };
}

async function download(t: TestApp, browser: Browser, path: string) {
  const res = await t.app.request(`http://127.0.0.1:3000${path}`, {
    headers: { cookie: `cm_session=${browser.cookie('cm_session')}` },
  });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    bytes: new Uint8Array(await res.arrayBuffer()),
  };
}

describe.each(engines())('questionnaire versions and translations in the console on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(engine);
    await member(t.store, 'res@example.org', 'researcher', { study: 'demo' });
    await member(t.store, 'fi@example.org', 'translator', { study: 'demo', languages: ['fi'] });
  });
  afterAll(async () => {
    await t?.close();
  });

  it.each([
    [
      '1 January 1900 east of Greenwich, still 1899 in UTC',
      '1900-01-01T00:00:00+02:00',
      '1899-12-31T22:00:00.000Z',
    ],
    ['a date before 1900, left out as not given', '1899-12-31T23:59:00Z', null],
  ])('creates a questionnaire from a file whose fieldwork opens on %s', async (_, opens, stored) => {
    const res = await signIn(t, 'res@example.org');
    await res.get('/console/s/demo');
    const slug = `new-${opens.slice(0, 4)}`;
    const definition = readFileSync('questionnaires/demo/demo.yaml', 'utf8')
      .replace(/^id: demo$/m, `id: ${slug}`)
      .replace(/opens: "[^"]*"/, `opens: "${opens}"`);
    const created = await upload(t, res, '/console/s/demo/questionnaires', `${slug}.yaml`, definition);
    expect(created.status).toBe(303);
    const row = await t.store.db
      .selectFrom('questionnaire')
      .select('opens_at')
      .where('slug', '=', slug)
      .executeTakeFirstOrThrow();
    expect(row.opens_at?.toISOString() ?? null).toBe(stored);
  });

  it('lists every problem of an uploaded definition with where it is, and keeps nothing', async () => {
    const res = await signIn(t, 'res@example.org');
    await res.get(q);
    const yaml = await upload(t, res, `${q}/draft`, 'demo.yaml', 'id: demo\nlanguages: [en]\npages: []\n');
    expect(yaml.status).toBe(303);
    const page = await res.follow(yaml);
    expect(page.html).toMatch(/problems to fix before it can be published/);
    expect(page.html).toContain(
      'fallbackLanguage: Invalid input: expected string, received undefined. (schema.invalid_type)',
    );
    // In the account's language, Zod's details included; the path's root is JSONPath's.
    await res.get('/console/account');
    await res.post('/console/account/language', { language: 'de' });
    const german = await res.get(q);
    expect(german.html).toContain(
      'fallbackLanguage: Ungültige Eingabe: erwartet string, erhalten undefined. (schema.invalid_type)',
    );
    await res.get('/console/account');
    await res.post('/console/account/language', { language: 'en' });
    const broken = await upload(t, res, `${q}/draft`, 'demo.yaml', 'id: [');
    expect(broken.status).toBe(422);
    expect(broken.html).toContain('could not be read as YAML or JSON');
    const other = await upload(t, res, `${q}/draft`, 'x.json', JSON.stringify({ id: 'other' }));
    expect(other.html).toContain(
      'The file is for the questionnaire &quot;other&quot;, not &quot;demo&quot;.',
    );
    const sheet = await upload(t, res, `${q}/draft`, 'x.xlsx', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]));
    expect(sheet.status).toBe(422);
    expect(sheet.html).toContain('The file is not an .xlsx workbook that can be opened. (xlsform.notXlsx)');
    // No workbook holds a draft the schema refuses: a page that says so, and the JSON instead.
    const notWritable =
      'This draft has problems that an XLSForm workbook cannot hold. Fix them, or download the draft as JSON.';
    const drafted = await res.get(q);
    expect(drafted.html).toContain(`href="${q}/versions/draft.json"`);
    const workbook = await download(t, res, `${q}/versions/draft.xlsx`);
    expect(workbook.status).toBe(409);
    expect(new TextDecoder().decode(workbook.bytes)).toContain(notWritable);
    const json = await download(t, res, `${q}/versions/draft.json`);
    expect(json.status).toBe(200);
    expect(JSON.parse(new TextDecoder().decode(json.bytes))).toEqual({
      id: 'demo',
      languages: ['en'],
      pages: [],
    });
    // The same for the translator's workbook, of a draft in their language.
    const first = JSON.parse(
      new TextDecoder().decode((await download(t, res, `${q}/versions/1.json`)).bytes),
    );
    await res.get(q);
    const zero = JSON.stringify({ ...first, estimatedMinutes: 0 });
    expect((await upload(t, res, `${q}/draft`, 'demo.json', zero)).status).toBe(303);
    const forTranslator = await download(t, res, `${q}/translations/fi/xlsform.xlsx`);
    expect(forTranslator.status).toBe(409);
    expect(new TextDecoder().decode(forTranslator.bytes)).toContain(
      'which the study team will fix. Until then, download the texts as XLIFF or as a spreadsheet.',
    );
    await res.get(q);
    expect((await res.post(`${q}/draft/discard`, {})).status).toBe(303);
  });

  it('says every problem of an uploaded file in a sentence of the account’s language, with its code', async () => {
    const res = await signIn(t, 'res@example.org');
    const sheets = async (rows: Record<string, (string | null)[][]>) => {
      const book = new ExcelJS.Workbook();
      for (const [name, cells] of Object.entries(rows)) book.addWorksheet(name).addRows(cells);
      return new Uint8Array(await book.xlsx.writeBuffer());
    };
    const empty = await sheets({ Sheet1: [] });
    const geopoint = await sheets({
      survey: [
        ['type', 'name', 'label'],
        ['geopoint', 'where', 'Where do you work?'],
      ],
      settings: [
        ['form_id', 'default_language'],
        ['demo', 'English (en)'],
      ],
    });
    const twice = [
      'id: demo',
      'languages: [en]',
      'fallbackLanguage: en',
      'title: { en: Demo }',
      'audience: { en: Everyone }',
      'description: { en: A demo. }',
      'estimatedMinutes: 1',
      'pages:',
      '  - id: p1',
      '    items:',
      '      - id: q1',
      '        type: single',
      '        label: { en: Which? }',
      '        choices:',
      '          - { code: a, label: { en: A } }',
      '          - { code: a, label: { en: B } }',
    ].join('\n');
    const said = async () => {
      await res.get(q);
      const workbook = (await upload(t, res, `${q}/draft`, 'empty.xlsx', empty)).html;
      await res.get(q);
      const type = (await upload(t, res, `${q}/draft`, 'geo.xlsx', geopoint)).html;
      await res.get(q);
      const saved = await upload(t, res, `${q}/draft`, 'twice.yaml', twice);
      expect(saved.status).toBe(303);
      return { workbook, type, draft: (await res.follow(saved)).html };
    };

    const english = await said();
    expect(english.workbook).toContain('The workbook has no sheet “survey”. (xlsform.missingSheet)');
    expect(english.workbook).not.toContain('row 0');
    expect(english.type).toContain(
      'Sheet survey, row 2, column type: credmap does not ask questions of the type “geopoint”. (xlsform.unsupportedType)',
    );
    expect(english.draft).toContain(
      'pages.0.items.0.choices.1.code: the code “a” is used twice in one list. (choice.duplicateCode)',
    );

    await res.get('/console/account');
    await res.post('/console/account/language', { language: 'fr' });
    const french = await said();
    expect(french.workbook).toContain('Le classeur n’a pas de feuille « survey ». (xlsform.missingSheet)');
    expect(french.type).toContain(
      'Feuille survey, ligne 2, colonne type : credmap ne pose pas de questions de type « geopoint ». (xlsform.unsupportedType)',
    );
    expect(french.draft).toContain(
      'pages.0.items.0.choices.1.code : le code « a » figure deux fois dans la même liste. (choice.duplicateCode)',
    );
    await res.get('/console/account');
    await res.post('/console/account/language', { language: 'en' });
    await res.get(q);
    expect((await res.post(`${q}/draft/discard`, {})).status).toBe(303);
  });

  it('writes nothing of an uploaded YAML file to the process warnings, not even an unknown tag', async () => {
    const warnings: string[] = [];
    const keep = (warning: Error) => warnings.push(String(warning));
    process.on('warning', keep);
    try {
      const res = await signIn(t, 'res@example.org');
      await res.get(q);
      const yaml = 'id: demo\ncontact: !secret "yaml.tag.person@example.org"\n';
      expect((await upload(t, res, `${q}/draft`, 'demo.yaml', yaml)).status).toBe(303);
      // Warnings are emitted on the next tick.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', keep);
    }
    expect(warnings).toEqual([]);
    const res = await signIn(t, 'res@example.org');
    await res.get(q);
    expect((await res.post(`${q}/draft/discard`, {})).status).toBe(303);
  });

  it('takes a version out as XLSForm, back in as a draft, shows what changed, and refuses outdated translations', async () => {
    const res = await signIn(t, 'res@example.org');
    await res.get(q);
    const sheet = await download(t, res, `${q}/versions/1.xlsx`);
    expect(sheet.status).toBe(200);
    const read = await readXlsForm(sheet.bytes);
    if (!read.ok) throw new Error(JSON.stringify(read.issues.slice(0, 3)));
    const definition = read.definition as { title: Record<string, string> };
    definition.title = { ...definition.title, en: `${definition.title.en} (second wave)` };
    const changed = (await writeXlsForm(read.definition))!;
    const uploaded = await upload(t, res, `${q}/draft`, 'demo.xlsx', changed);
    expect(uploaded.status).toBe(303);
    const page = await res.get(q);
    expect(page.html).toContain('The draft has no problems.');

    const diff = await res.get(`${q}/diff?from=1&to=draft`);
    expect(diff.html).toContain('text title [en]');
    expect(diff.html).toContain('(second wave)');

    const refused = await res.post(`${q}/publish`, {});
    expect(refused.status).toBe(422);
    expect(refused.html).toContain('Suomi: the text title changed after it was translated.');
    expect(refused.html).toContain('Deutsch: the text title changed after it was translated.');
    const languages = await res.get(q);
    expect(languages.html).toMatch(
      /Suomi<\/a><\/th><td class="numeric">\d+<\/td><td class="numeric">0<\/td><td class="numeric">1<\/td>/,
    );
  });

  it('gives a translator the texts of their language only, and takes their work back with a report', async () => {
    const fi = await signIn(t, 'fi@example.org');
    const page = await fi.get(`${q}/translations/fi`);
    expect(page.status).toBe(200);
    expect(page.html).toContain('Upload translated texts');
    expect((await fi.get(`${q}/translations/de`)).html).not.toContain('Upload translated texts');
    const xliff = await download(t, fi, `${q}/translations/fi/texts.xlf`);
    const xml = new TextDecoder().decode(xliff.bytes);
    const parsed = fromXliff(xml);
    expect(xliff.status).toBe(200);
    expect(parsed.ok).toBe(true);
    // The outdated unit keeps its old target and is marked for review.
    expect(xml).toMatch(/<unit id="title"[^>]*>[\s\S]*?state="initial"/);
    const done = xml.replace(
      /(<unit id="title"[\s\S]*?<target[^>]*>)([^<]*)(<\/target>)/,
      '$1$2 (toinen kierros)$3',
    );
    const back = await upload(t, fi, `${q}/translations/fi`, 'fi.xlf', done);
    expect(back.status).toBe(200);
    expect(back.html).toContain('1 texts changed');
    expect((await download(t, fi, `${q}/translations/de/texts.xlf`)).status).toBe(200);
    const refused = await upload(t, fi, `${q}/translations/de`, 'de.xlf', done);
    expect(refused.status).toBe(403);
    const wrongLanguage = await upload(
      t,
      fi,
      `${q}/translations/fi`,
      'de.xlf',
      done.replaceAll('trgLang="fi"', 'trgLang="de"').replaceAll('xml:lang="fi"', 'xml:lang="de"'),
    );
    expect(wrongLanguage.status).toBe(422);
    expect(wrongLanguage.html).toContain('The file holds Deutsch texts, not Suomi.');
  });

  it('publishes when every language is up to date; new respondents get the new version, started ones keep theirs', async () => {
    const res = await signIn(t, 'res@example.org');
    // A respondent who started on version 1.
    const early = new Browser(t.app);
    await early.get('/en/s/demo/demo/p/p_consent');
    expect((await early.post('/en/s/demo/demo/p/p_consent', { consent: 'yes' })).status).toBe(303);

    // The other six languages: each translator confirms the title by sending it back.
    for (const lang of ['nl', 'de', 'fr', 'pl', 'es', 'sl']) {
      await res.get(`${q}/translations/${lang}`);
      const xml = new TextDecoder().decode(
        (await download(t, res, `${q}/translations/${lang}/texts.xlf`)).bytes,
      );
      const reply = await upload(t, res, `${q}/translations/${lang}`, `${lang}.xlf`, xml);
      expect(reply.status, lang).toBe(200);
    }
    await res.get(q);
    const published = await res.post(`${q}/publish`, {});
    expect(published.status, published.html.slice(0, 2000)).toBe(303);
    expect((await res.follow(published)).html).toContain('The new version is published.');
    expect((await new Browser(t.app).get('/fi/s/demo/demo')).html).toContain('(toinen kierros)');
    const versions = await t.store.db
      .selectFrom('response as r')
      .innerJoin('questionnaire_version as v', 'v.id', 'r.version_id')
      .select('v.number')
      .execute();
    expect(versions.map((v) => v.number)).toEqual([1]);
    const audit = await res.get('/console/s/demo/audit');
    expect(audit.status).toBe(403);
  });

  it('previews any language with the respondent views, conditions shown', async () => {
    const res = await signIn(t, 'res@example.org');
    const preview = await res.get(`${q}/preview/fi`);
    expect(preview.status).toBe(200);
    expect(preview.html).toContain('Shown when');
    expect(preview.html).toMatch(/<div lang="fi">/);
    expect((await res.get(`${q}/preview/xx`)).status).toBe(404);
  });

  it('takes a translation back in the XLSForm columns of the translator’s language', async () => {
    const fi = await signIn(t, 'fi@example.org');
    await fi.get(`${q}/translations/fi`);
    const sheet = await download(t, fi, `${q}/translations/fi/xlsform.xlsx`);
    expect(sheet.status).toBe(200);
    const read = await readXlsForm(sheet.bytes);
    if (!read.ok) throw new Error('the download does not read back');
    const def = read.definition as { description: Record<string, string> };
    def.description = {
      ...def.description,
      fi: `${def.description.fi} Uusi lause.`,
      de: 'Nicht meine Sprache.',
    };
    const back = await upload(
      t,
      fi,
      `${q}/translations/fi`,
      'fi.xlsx',
      (await writeXlsForm(read.definition))!,
    );
    expect(back.status).toBe(200);
    expect(back.html).toContain('1 texts changed');
    const page = await fi.get(`${q}/translations/fi`);
    expect(page.html).toContain('Uusi lause.');
    expect((await fi.get(`${q}/translations/de`)).html).not.toContain('Nicht meine Sprache.');
  });

  it('refuses a translation spreadsheet of one language uploaded on the page of another', async () => {
    const res = await signIn(t, 'res@example.org');
    await res.get(`${q}/translations/fi`);
    const sheet = await download(t, res, `${q}/translations/fi/texts.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(sheet.bytes.slice().buffer);
    const rows = book.worksheets[0]!;
    expect(rows.getRow(1).getCell(3).value).toBe('target:fi');
    rows.getRow(2).getCell(3).value = 'Suomeksi, ei saksaksi.';
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    await res.get(`${q}/translations/de`);
    const refused = await upload(t, res, `${q}/translations/de`, 'fi.xlsx', bytes);
    expect(refused.status).toBe(422);
    expect(refused.html).toContain('The file holds Suomi texts, not Deutsch.');
    expect((await res.get(`${q}/translations/de`)).html).not.toContain('Suomeksi, ei saksaksi.');
    // On its own language's page it is taken; a sheet whose column says only "target" is too.
    await res.get(`${q}/translations/fi`);
    expect((await upload(t, res, `${q}/translations/fi`, 'fi.xlsx', bytes)).status).toBe(200);
    rows.getRow(1).getCell(3).value = 'target';
    await res.get(`${q}/translations/de`);
    expect(
      (await upload(t, res, `${q}/translations/de`, 'de.xlsx', new Uint8Array(await book.xlsx.writeBuffer())))
        .status,
    ).toBe(200);
  });

  it('reads the translation spreadsheet from the first sheet a person sees, past a hidden one', async () => {
    const fi = await signIn(t, 'fi@example.org');
    await fi.get(`${q}/translations/fi`);
    const sheet = await download(t, fi, `${q}/translations/fi/texts.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(sheet.bytes.slice().buffer);
    const rows = book.worksheets[0]!;
    const title = 'Mikrotutkinnot näkyvältä välilehdeltä';
    rows.getRow(2).getCell(3).value = title;
    // The same sheet behind a hidden one, as a workbook with lookups often has it.
    const withLookup = new ExcelJS.Workbook();
    withLookup.addWorksheet('lookup', { state: 'hidden' }).addRows([
      ['key', 'target:fi'],
      ['title', 'Ei käännös'],
    ]);
    const copy = withLookup.addWorksheet(rows.name);
    rows.eachRow((row, n) => {
      copy.getRow(n).values = row.values as ExcelJS.CellValue[];
    });
    const bytes = new Uint8Array(await withLookup.xlsx.writeBuffer());
    const check = new ExcelJS.Workbook();
    await check.xlsx.load(bytes.slice().buffer);
    expect(check.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['lookup', 'hidden'],
      [rows.name, 'visible'],
    ]);
    const taken = await upload(t, fi, `${q}/translations/fi`, 'fi.xlsx', bytes);
    expect(taken.status).toBe(200);
    expect((await fi.get(`${q}/translations/fi`)).html).toContain(title);
  });

  it('reads a formula in the translation spreadsheet as the text it shows, and refuses an error cell', async () => {
    const fi = await signIn(t, 'fi@example.org');
    await fi.get(`${q}/translations/fi`);
    const sheet = await download(t, fi, `${q}/translations/fi/texts.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(sheet.bytes.slice().buffer);
    const rows = book.worksheets[0]!;
    expect(rows.getRow(2).getCell(1).value).toBe('title');
    const title = 'Mikrotutkinnot ja työelämä';
    rows.getRow(2).getCell(3).value = { formula: 'UPPER(D2)', result: title } as ExcelJS.CellValue;
    rows.getRow(3).getCell(3).value = { formula: 'B99', result: { error: '#REF!' } } as ExcelJS.CellValue;
    const refused = await upload(
      t,
      fi,
      `${q}/translations/fi`,
      'fi.xlsx',
      new Uint8Array(await book.xlsx.writeBuffer()),
    );
    expect(refused.status).toBe(422);
    expect(refused.html).toContain('Row 3, column target: the cell shows the error #REF! instead of a text.');
    expect((await fi.get(`${q}/translations/fi`)).html).not.toContain(title);
    rows.getRow(3).getCell(3).value = { formula: 'B3' } as ExcelJS.CellValue;
    const unsaved = await upload(
      t,
      fi,
      `${q}/translations/fi`,
      'fi.xlsx',
      new Uint8Array(await book.xlsx.writeBuffer()),
    );
    expect(unsaved.status).toBe(422);
    expect(unsaved.html).toContain(
      'Row 3, column target: the cell holds a formula saved without its result.',
    );
    rows.getRow(3).getCell(3).value = null;
    const taken = await upload(
      t,
      fi,
      `${q}/translations/fi`,
      'fi.xlsx',
      new Uint8Array(await book.xlsx.writeBuffer()),
    );
    expect(taken.status).toBe(200);
    const page = await fi.get(`${q}/translations/fi`);
    expect(page.html).toContain(title);
    expect(page.html).not.toContain('[object Object]');
  });

  it('says in words why an XLIFF file is refused, and reads one in UTF-16', async () => {
    const fi = await signIn(t, 'fi@example.org');
    await fi.get(`${q}/translations/fi`);
    const version12 = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<xliff version="1.1" xmlns="urn:oasis:names:tc:xliff:document:1.1">',
      '  <file source-language="en" target-language="fi" datatype="plaintext" original="demo"><body>',
      '    <trans-unit id="title"><source>Microcredentials</source><target>Mikro</target></trans-unit>',
      '  </body></file>',
      '</xliff>',
    ].join('\n');
    const old = await upload(t, fi, `${q}/translations/fi`, 'fi.xlf', version12);
    expect(old.status).toBe(422);
    expect(old.html).toContain(
      'The file is not XLIFF 1.2, 2.0 or 2.1 (urn:oasis:names:tc:xliff:document:1.1). Export one of these',
    );
    const bomb = await upload(
      t,
      fi,
      `${q}/translations/fi`,
      'fi.xlf',
      '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>\n<x>&b;</x>',
    );
    expect(bomb.status).toBe(422);
    expect(bomb.html).toContain('Line 2: the file declares a DOCTYPE');
    const broken = await upload(t, fi, `${q}/translations/fi`, 'fi.xlf', '<xliff>\n<file>\n</xliff>');
    expect(broken.html).toContain(
      'Line 3: the file is not well-formed XML (xml.mismatchedTag: file / xliff).',
    );
    const xliff = new TextDecoder().decode((await download(t, fi, `${q}/translations/fi/texts.xlf`)).bytes);
    const changed = xliff
      .replace('encoding="UTF-8"', 'encoding="UTF-16"')
      .replace(/<target xml:lang="fi">[^<]*<\/target>/, '<target xml:lang="fi">Mikrotutkinnot 🎓</target>');
    // As a Windows tool writes "Unicode": UTF-16, little-endian, with a byte order mark.
    const utf16 = new Uint8Array(2 + changed.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < changed.length; i++) {
      utf16[2 + 2 * i] = changed.charCodeAt(i) & 0xff;
      utf16[3 + 2 * i] = changed.charCodeAt(i) >> 8;
    }
    const taken = await upload(t, fi, `${q}/translations/fi`, 'fi.xlf', utf16);
    expect(taken.status).toBe(200);
    expect(taken.html).toContain('1 texts changed');
    expect((await fi.get(`${q}/translations/fi`)).html).toContain('Mikrotutkinnot 🎓');
  });
});
