import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/distribution/index.ts';
import { findStudy } from '../../src/store/index.ts';
import type { TestApp } from '../support/app.ts';
import { Browser, testApp } from '../support/app.ts';
import { member, signIn } from '../support/console.ts';
import { completeDemo, demoModel } from '../support/respondents.ts';

describe('the research export in the console', () => {
  let t: TestApp;
  const dir = mkdtempSync(join(tmpdir(), 'credmap-console-export-'));
  beforeAll(async () => {
    t = await testApp('pglite');
    const model = await demoModel();
    for (let seed = 1300; seed < 1312; seed++)
      await completeDemo(new Browser(t.app), model, seed, seed % 2 ? 'sl' : 'en');
    await member(t.store, 'analyst@example.org', 'analyst', { study: 'demo' });
    await member(t.store, 'viewer@example.org', 'viewer', { study: 'demo' });
  }, 180_000);
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives an analyst the whole package as a zip, with weights, and records the download', async () => {
    const analyst = await signIn(t, 'analyst@example.org');
    // Weights first, so the package carries them.
    await analyst.get('/console/s/demo/weights');
    const margins = new FormData();
    margins.append('_csrf', analyst.csrf());
    margins.append(
      'file',
      new File(['variable,category,total\nlanguage,en,700\nlanguage,sl,300\n'], 'm.csv'),
    );
    const weighted = await t.app.request('http://127.0.0.1:3000/console/s/demo/weights', {
      method: 'POST',
      body: margins,
      headers: { cookie: `cm_session=${analyst.cookie('cm_session')}` },
    });
    expect(weighted.status).toBe(303);

    const temporary = () => readdirSync(tmpdir()).filter((f) => f.startsWith('credmap-download-'));
    const page = await analyst.get('/console/s/demo/exports');
    expect(page.status).toBe(200);
    expect(page.html).toContain('SPSS (.sav)');
    expect(page.html).toContain('Stata (.dta)');
    const body = new URLSearchParams({ _csrf: analyst.csrf(), language: 'sl' });
    for (const format of ['sav', 'dta', 'xlsx']) body.append('format', format);
    const res = await t.app.request('http://127.0.0.1:3000/console/s/demo/exports', {
      method: 'POST',
      body: body.toString(),
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: `cm_session=${analyst.cookie('cm_session')}`,
      },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toMatch(
      /attachment; filename="demo-\d{4}-\d{2}-\d{2}\.zip"/,
    );
    const zip = join(dir, 'export.zip');
    writeFileSync(zip, Buffer.from(await res.arrayBuffer()));
    execFileSync('unzip', ['-q', zip, '-d', dir]);
    const [folder] = readdirSync(dir).filter((f) => f.startsWith('demo-'));
    const files = readdirSync(join(dir, folder!)).sort();
    expect(files).toEqual(
      [
        'README.md',
        'codebook.csv',
        'codebook.xml',
        'data.R',
        'data.csv',
        'data.dta',
        'data.sav',
        'data.sps',
        'data.xlsx',
        'mc.R',
        'mc.csv',
        'mc.dta',
        'mc.sav',
        'mc.sps',
      ].sort(),
    );
    const data = parseCsv(readFileSync(join(dir, folder!, 'data.csv'), 'utf8').replace(/^\uFEFF/, '')).filter(
      (r) => r.length > 1,
    );
    expect(data).toHaveLength(13);
    const weight = data[0]!.indexOf('weight');
    expect(weight).toBeGreaterThan(0);
    // Post-stratified to 70/30: every English respondent has the same weight, and they add up.
    const language = data[0]!.indexOf('language');
    const sum = (lang: string) =>
      data
        .slice(1)
        .filter((r) => r[language] === lang)
        .reduce((s, r) => s + Number(r[weight]), 0);
    expect(sum('en')).toBeCloseTo(700, 6);
    expect(sum('sl')).toBeCloseTo(300, 6);
    const readme = readFileSync(join(dir, folder!, 'README.md'), 'utf8');
    expect(readme).toContain('language (en 700, sl 300)');
    expect(readme).toContain('labels in sl');
    // Labels in Slovenian in the codebook; no contact detail anywhere.
    const codebook = readFileSync(join(dir, folder!, 'codebook.csv'), 'utf8');
    expect(codebook).not.toMatch(/@example\.org/);
    expect(readme).not.toMatch(/@example\.org/);

    const study = (await findStudy(t.store.db, 'demo'))!;
    const audit = await t.store.db
      .selectFrom('audit_event')
      .selectAll()
      .where('study_id', '=', study.id)
      .where('action', '=', 'export.download')
      .execute();
    expect(audit).toHaveLength(1);
    // The temporary copy of the microdata is gone once sent (removed as the stream ends).
    await expect.poll(temporary, { timeout: 5000 }).toEqual([]);
  });

  it('refuses a language the study does not have, and people without the export right', async () => {
    const analyst = await signIn(t, 'analyst@example.org');
    await analyst.get('/console/s/demo/exports');
    const wrong = await analyst.post('/console/s/demo/exports', { language: 'xx' });
    expect(wrong.status).toBe(422);
    expect(wrong.html).toContain('Choose one of the study’s languages.');
    const viewer = await signIn(t, 'viewer@example.org');
    expect((await viewer.get('/console/s/demo/exports')).status).toBe(403);
    const study = await viewer.get('/console/s/demo');
    expect(study.html).not.toContain('/console/s/demo/exports');
  });
});
