import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { type Browser, testApp } from '../support/app.ts';
import { member, signIn } from '../support/console.ts';
import { engines } from '../support/database.ts';

const q = '/console/s/demo/q/demo';
const hoursKey = 'pages.mc.pages.p_mc_hours.items.mc_hours.label';

async function upload(t: TestApp, browser: Browser, path: string, content: string) {
  const form = new FormData();
  form.append('_csrf', browser.csrf());
  form.append('file', new File([content], 'fi.xlf'));
  const res = await t.app.request(`http://127.0.0.1:3000${path}`, {
    method: 'POST',
    body: form,
    headers: { cookie: `cm_session=${browser.cookie('cm_session')}` },
  });
  return { status: res.status, html: await res.text() };
}

async function download(t: TestApp, browser: Browser, path: string) {
  const res = await t.app.request(`http://127.0.0.1:3000${path}`, {
    headers: { cookie: `cm_session=${browser.cookie('cm_session')}` },
  });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    disposition: res.headers.get('content-disposition'),
    text: await res.text(),
  };
}

/** An XLIFF 1.2 document as translation tools write one: one file, its units in the body. */
const xliff12 = (body: string, fileAttributes = 'source-language="en-US" target-language="fi-FI"') =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:okp="okapi-framework:xliff-extensions">',
    `  <file original="demo.yaml" datatype="x-undefined" ${fileAttributes}>`,
    '    <header><tool tool-id="t1" tool-name="Some CAT tool"/><note>From the study team</note></header>',
    '    <body>',
    body,
    '    </body>',
    '  </file>',
    '</xliff>',
  ].join('\n');

describe.each(engines())('XLIFF 1.2 uploads in the console on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(engine);
    await member(t.store, 'fi12@example.org', 'translator', { study: 'demo', languages: ['fi'] });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('offers the texts as XLIFF 1.2 beside 2.0, and takes the file back', async () => {
    const fi = await signIn(t, 'fi12@example.org');
    const page = await fi.get(`${q}/translations/fi`);
    expect(page.html).toContain(`href="${q}/translations/fi/texts-xliff12.xlf"`);
    expect(page.html).toContain('An XLIFF file (1.2, 2.0 or 2.1)');
    const file = await download(t, fi, `${q}/translations/fi/texts-xliff12.xlf`);
    expect(file.status).toBe(200);
    expect(file.type).toBe('application/xliff+xml; charset=utf-8');
    expect(file.disposition).toBe('attachment; filename="demo-demo-fi-xliff12.xlf"');
    expect(file.text).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">');
    expect(file.text).toContain('source-language="en" target-language="fi"');
    expect(file.text).toContain(
      '<target xml:lang="fi" state="translated">Mikrotutkinnot työelämässäsi</target>',
    );
    // Sent back as it came, nothing changes; with one text changed, that one.
    const same = await upload(t, fi, `${q}/translations/fi`, file.text);
    expect(same.status).toBe(200);
    expect(same.html).toContain('0 texts changed');
    const changed = file.text.replace(
      '>Mikrotutkinnot työelämässäsi</target>',
      '>Mikrotutkinnot &amp; sinun työsi</target>',
    );
    const back = await upload(t, fi, `${q}/translations/fi`, changed);
    expect(back.status).toBe(200);
    expect(back.html).toContain('1 texts changed');
    expect((await fi.get(`${q}/translations/fi`)).html).toContain('Mikrotutkinnot &amp; sinun työsi');
  });

  it('reads what translation tools write: groups, states, notes, proposals, segments and inline codes', async () => {
    const fi = await signIn(t, 'fi12@example.org');
    await fi.get(`${q}/translations/fi`);
    const xml = xliff12(
      [
        '<group id="g1" resname="pages"><note>Page one</note>',
        '  <trans-unit id="title" approved="yes">',
        '    <source>Microcredentials in your working life</source>',
        '    <seg-source><mrk mtype="seg" mid="0">Microcredentials in your working life</mrk></seg-source>',
        '    <target state="final"><mrk mtype="seg" mid="0">Mikrotutkinnot <g id="1" ctype="bold">työssäsi</g></mrk></target>',
        '    <note from="reviewer">Shorter</note>',
        '    <alt-trans match-quality="80"><target>Ehdotus, ei käännös</target></alt-trans>',
        '    <okp:extra>ignored</okp:extra>',
        '  </trans-unit>',
        '</group>',
        '<trans-unit id="audience"><source>Anyone</source><target state="needs-translation">Anyone who works</target></trans-unit>',
        `<trans-unit id="${hoursKey}" xml:space="preserve">`,
        '  <source>How many hours of learning did “<ph id="1">${mc_title}</ph>” take?</source>',
        '  <target state="translated">Montako tuntia ”<x id="1" equiv-text="${mc_title}"/>” vei?</target>',
        '</trans-unit>',
        '<bin-unit id="logo" mime-type="image/png"><bin-source><external-file href="logo.png"/></bin-source></bin-unit>',
      ].join('\n'),
    );
    const reply = await upload(t, fi, `${q}/translations/fi`, xml);
    expect(reply.status, reply.html.slice(0, 3000)).toBe(200);
    expect(reply.html).toContain('2 texts changed');
    const page = await fi.get(`${q}/translations/fi`);
    expect(page.html).toContain('Mikrotutkinnot työssäsi');
    expect(page.html).toContain('Montako tuntia ”${mc_title}” vei?');
    // The target marked needs-translation is a copy of the source, not a translation.
    expect(page.html).not.toContain('<td lang="fi">Anyone who works</td>');
    expect(page.html).toContain('<td lang="fi">Kaikki, jotka työskentelevät');
    expect(page.html).not.toContain('Ehdotus');
  });

  it('does not apply a text whose ${…} references differ from the source', async () => {
    const fi = await signIn(t, 'fi12@example.org');
    await fi.get(`${q}/translations/fi`);
    const xml = xliff12(
      `<trans-unit id="${hoursKey}"><source>How many hours of learning did “\${mc_title}” take?</source><target>Montako tuntia?</target></trans-unit>`,
    );
    const reply = await upload(t, fi, `${q}/translations/fi`, xml);
    expect(reply.status).toBe(200);
    expect(reply.html).toContain(`Not applied, the \${…} references differ from the source: ${hoursKey}`);
    expect((await fi.get(`${q}/translations/fi`)).html).not.toContain('Montako tuntia?');
  });

  it('refuses a file it cannot take in the account’s language, with the line, and keeps nothing', async () => {
    const fi = await signIn(t, 'fi12@example.org');
    await fi.get(`${q}/translations/fi`);
    const texts = async () =>
      (await fi.get(`${q}/translations/fi`)).html.match(/<tbody>[\s\S]*<\/tbody>/)?.[0];
    const before = await texts();
    expect(before).toContain('Mikrotutkinnot');
    const unit = (target: string) =>
      `<trans-unit id="title"><source>Microcredentials in your working life</source><target>${target}</target></trans-unit>`;
    const cases: [string, string][] = [
      [
        xliff12(unit('Titel'), 'source-language="en" target-language="de-DE"'),
        'The file holds de-DE texts, not Suomi.',
      ],
      [
        xliff12(unit('Otsikko'), 'source-language="en"'),
        'Line 3: the file does not say which language it is translated into.',
      ],
      [
        xliff12(unit('Otsikko <bx id="1"/>uusi<ex id="2"/>')),
        'Line 6: the file holds a formatting code (&lt;bx&gt;) that cannot be turned back into plain text.',
      ],
      [
        xliff12(unit('&b;')).replace(
          '?>',
          '?>\n<!DOCTYPE xliff [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>',
        ),
        'Line 2: the file declares a DOCTYPE',
      ],
      [
        xliff12(unit('Otsikko')).replace(
          'version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"',
          'version="1.1" xmlns="urn:oasis:names:tc:xliff:document:1.1"',
        ),
        'The file is not XLIFF 1.2, 2.0 or 2.1 (urn:oasis:names:tc:xliff:document:1.1).',
      ],
    ];
    for (const [xml, message] of cases) {
      const reply = await upload(t, fi, `${q}/translations/fi`, xml);
      expect(reply.status, message).toBe(422);
      expect(reply.html).toContain(message);
    }
    expect(await texts()).toBe(before);
    // In the account's language.
    await fi.get('/console/account');
    await fi.post('/console/account/language', { language: 'fi' });
    await fi.get(`${q}/translations/fi`);
    const finnish = await upload(
      t,
      fi,
      `${q}/translations/fi`,
      xliff12(unit('Otsikko'), 'source-language="en"'),
    );
    expect(finnish.status).toBe(422);
    expect(finnish.html).toContain('Rivi 3: tiedostosta ei käy ilmi, mille kielelle se on käännetty.');
    await fi.get('/console/account');
    await fi.post('/console/account/language', { language: 'en' });
  });

  it('says a file over the size limit is too large, not that it is broken XML (2.0 as 1.2)', async () => {
    const fi = await signIn(t, 'fi12@example.org');
    await fi.get(`${q}/translations/fi`);
    const file = await download(t, fi, `${q}/translations/fi/texts.xlf`);
    // Under the 10 MB an upload may have, over the 8 Mi characters the XML reader reads.
    const padded = file.text.replace('</xliff>', `<!-- ${'x'.repeat(9 * 1024 * 1024)} -->\n</xliff>`);
    const reply = await upload(t, fi, `${q}/translations/fi`, padded);
    expect(reply.status).toBe(422);
    expect(reply.html).toContain(
      'The file is larger or more deeply nested than an XLIFF file may be here (xml.tooLarge: ',
    );
    expect(reply.html).not.toContain('not well-formed');
  });

  it('takes a target language with a region, in XLIFF 2.0 too', async () => {
    const fi = await signIn(t, 'fi12@example.org');
    await fi.get(`${q}/translations/fi`);
    const file = await download(t, fi, `${q}/translations/fi/texts.xlf`);
    const regional = file.text
      .replace('trgLang="fi"', 'trgLang="fi-FI"')
      .replaceAll('xml:lang="fi"', 'xml:lang="fi-FI"');
    const reply = await upload(t, fi, `${q}/translations/fi`, regional);
    expect(reply.status, reply.html.slice(0, 3000)).toBe(200);
    expect(reply.html).toContain('0 texts changed');
  });
});
