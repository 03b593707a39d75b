import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { todayIn } from '../src/i18n/index.ts';
import type { Model } from '../src/questionnaire/index.ts';
import { compile, seededRandom, simulateResponse } from '../src/questionnaire/index.ts';
import { questionnaireUrls } from '../src/respondent/urls.ts';
import { readStudies } from '../src/studies/index.ts';
import type { HttpReply } from './lib/http-respondent.ts';
import { HttpBrowser, HttpRespondent } from './lib/http-respondent.ts';
import { fixed, table, writeSection } from './lib/report.ts';
import { freePort, repoRoot, startCredmap } from './lib/server.ts';

/**
 * `npm run bench:page-weight`: the bytes a respondent downloads for each kind of page credmap
 * shows, against the SurveyJS form runtime as a reference. One credmap process on the embedded
 * database; a simulated respondent walks the demo questionnaire (which uses every question type)
 * over HTTP and every page it is shown is kept; the study pages, the privacy statement, the resume
 * page, an error page, the results and the register are fetched by a browser with no cookies. Each
 * page's HTML and the stylesheets and scripts it links are measured raw, gzipped (level 9) and
 * brotli-compressed (quality 11).
 */

const lang = 'en';
const mainStudy = 'microcredentials';
const demo = { study: 'demo', questionnaire: 'demo' } as const;

interface Weight {
  readonly raw: number;
  readonly gzip: number;
  readonly brotli: number;
}

const zero: Weight = { raw: 0, gzip: 0, brotli: 0 };
const plus = (a: Weight, b: Weight): Weight => ({
  raw: a.raw + b.raw,
  gzip: a.gzip + b.gzip,
  brotli: a.brotli + b.brotli,
});

function weigh(bytes: Buffer): Weight {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

/**
 * Values that differ on every request (CSRF token, render time, receipt) are replaced by strings
 * of the same length drawn from the same alphabet with a fixed seed, so that compressed sizes do
 * not move between runs while raw sizes stay those served.
 */
function steady(html: string): string {
  const random = seededRandom(1);
  const digits = '0123456789';
  const upper = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const base64url = `${upper}${upper.toLowerCase()}${digits}-_`;
  const standIn = (value: string, alphabet: string, keep = '') =>
    [...value]
      .map((ch) => (keep.includes(ch) ? ch : alphabet[Math.floor(random() * alphabet.length)]!))
      .join('');
  return html
    .replace(
      /(name="_csrf" value=")([^"]+)"/g,
      (_, head: string, v: string) => `${head}${standIn(v, base64url)}"`,
    )
    .replace(/(name="_ts" value=")([^"]+)"/g, (_, head: string, v: string) => `${head}${standIn(v, digits)}"`)
    .replace(
      /(<strong class="code">)([^<]+)</g,
      (_, head: string, v: string) => `${head}${standIn(v, `${upper}${digits}`, '-')}<`,
    );
}

/** The stylesheets and scripts a page links, each once, in the order they appear. */
function linkedAssets(html: string): { css: string[]; js: string[] } {
  const css = new Set<string>();
  const js = new Set<string>();
  for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
    const href = tag.match(/\bhref="([^"]+)"/)?.[1];
    if (/\brel="stylesheet"/.test(tag) && href !== undefined) css.add(href);
  }
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
    const src = tag.match(/\bsrc="([^"]+)"/)?.[1];
    if (src !== undefined) js.add(src);
  }
  return { css: [...css], js: [...js] };
}

/** A page as measured: which kind, where, its HTML, and the assets it links. */
interface Measured {
  readonly kind: string;
  readonly path: string;
  readonly status: number;
  readonly html: Weight;
  readonly css: Weight;
  readonly js: Weight;
  readonly assets: readonly string[];
}

/** What the question pages are called here, by the question types on them (first match wins). */
const questionKinds: readonly (readonly [kind: string, types: readonly string[]])[] = [
  ['consent', ['consent']],
  ['ranking', ['ranking']],
  ['matrix / likert', ['matrix', 'likert']],
  ['country', ['country']],
  ['number / date', ['number', 'date']],
  ['multiple choice', ['multiple']],
  ['single choice', ['single']],
  ['free text', ['text', 'longtext']],
];

function questionKind(model: Model, pageId: string): string {
  const types = new Set<string>(model.pages.get(pageId)?.items.map((item) => item.type) ?? []);
  for (const [kind, wanted] of questionKinds) if (wanted.some((t) => types.has(t))) return kind;
  return `other (${[...types].join(', ')})`;
}

/** The kind of a page of the demo questionnaire, from its path, or undefined for other paths. */
function pageKind(model: Model, base: string, path: string): string | undefined {
  if (!path.startsWith(base)) return undefined;
  const rest = path.split('?')[0]!.slice(base.length);
  if (rest === '') return 'questionnaire landing';
  if (rest === '/check') return 'check your answers';
  if (rest === '/done') return 'thank-you';
  const page = rest.match(/^\/p\/([^/]+)$/)?.[1];
  if (page !== undefined) return questionKind(model, page);
  if (/^\/r\/[^/]+\/[0-9]+\/[^/]+$/.test(rest)) return 'repeat group item';
  if (/^\/r\/[^/]+$/.test(rest)) return 'repeat group summary ("add another?")';
  return undefined;
}

/** The first seed from 1 whose simulated respondent goes through the repeat group and every question kind. */
function seedReachingAll(model: Model, today: string): number {
  const wanted = new Set(
    [...model.pages.keys()].filter((id) => !model.groupOf.has(id)).map((id) => questionKind(model, id)),
  );
  for (let seed = 1; seed <= 10_000; seed++) {
    const run = simulateResponse(model, seededRandom(seed), today);
    const seen = new Set<string>();
    let repeat = false;
    for (const { step } of run.forms) {
      if (model.groups.has(step)) repeat = true;
      else if (step.includes('/')) repeat = true;
      else seen.add(questionKind(model, step));
    }
    if (repeat && [...wanted].every((kind) => seen.has(kind))) return seed;
  }
  throw new Error('no seed up to 10000 reaches every page kind of the demo questionnaire');
}

// The reference: SurveyJS's form runtime (core and its own UI) and its default theme, minified.
const surveyFiles = {
  js: ['node_modules/survey-core/survey.core.min.js', 'node_modules/survey-js-ui/survey-js-ui.min.js'],
  css: ['node_modules/survey-core/survey-core.min.css'],
};
for (const file of [...surveyFiles.js, ...surveyFiles.css])
  if (!existsSync(join(repoRoot, file))) throw new Error(`${file} is missing: install the devDependencies`);
const surveyVersion = (pkg: string) =>
  String(
    (
      JSON.parse(readFileSync(join(repoRoot, 'node_modules', pkg, 'package.json'), 'utf8')) as {
        version: string;
      }
    ).version,
  );
const weighFiles = (files: readonly string[]) =>
  files.map((f) => weigh(readFileSync(join(repoRoot, f)))).reduce(plus, zero);
const survey = { js: weighFiles(surveyFiles.js), css: weighFiles(surveyFiles.css) };
const surveyTotal = plus(survey.js, survey.css);

const studies = await readStudies(join(repoRoot, 'questionnaires'));
const demoFiles = studies.find((s) => s.study.slug === demo.study);
const demoDefinition = demoFiles?.questionnaires.find((q) => q.id === demo.questionnaire);
if (demoFiles === undefined || demoDefinition === undefined)
  throw new Error('the demo questionnaire is missing from questionnaires/');
if (!studies.some((s) => s.study.slug === mainStudy))
  throw new Error('the microcredentials study is missing from questionnaires/');
const model = compile(demoDefinition);
const today = todayIn(demoFiles.study.timeZone, new Date());
const seed = seedReachingAll(model, today);
const urls = questionnaireUrls(lang, demo.study, demo.questionnaire);

const dataDir = mkdtempSync(join(tmpdir(), 'credmap-page-weight-'));
const measured: Measured[] = [];
const skipped: string[] = [];
try {
  const server = await startCredmap({ DATA_DIR: dataDir, PORT: String(await freePort()), LOG_LEVEL: 'warn' });
  try {
    const assetCache = new Map<string, Weight>();
    const assetWeight = async (path: string): Promise<Weight> => {
      let w = assetCache.get(path);
      if (w === undefined) {
        const res = await fetch(`${server.origin}${path}`);
        if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}`);
        w = weigh(Buffer.from(await res.arrayBuffer()));
        assetCache.set(path, w);
      }
      return w;
    };
    const measure = async (kind: string, path: string, reply: HttpReply) => {
      if (measured.some((m) => m.kind === kind)) return;
      const { css, js } = linkedAssets(reply.html);
      const sum = async (paths: readonly string[]) =>
        (await Promise.all(paths.map(assetWeight))).reduce(plus, zero);
      measured.push({
        kind,
        path,
        status: reply.status,
        html: weigh(Buffer.from(steady(reply.html), 'utf8')),
        css: await sum(css),
        js: await sum(js),
        assets: [...css, ...js],
      });
    };

    // Pages a first-time visitor opens, each from a browser with no cookies.
    const fresh = async (kind: string, path: string, expect = 200): Promise<HttpReply | undefined> => {
      const reply = await new HttpBrowser({
        origin: server.origin,
        headers: { 'accept-language': lang },
      }).get(path);
      if (reply.status !== expect) {
        skipped.push(`${kind} (\`GET ${path}\` answered ${reply.status})`);
        return undefined;
      }
      await measure(kind, path, reply);
      return reply;
    };
    await fresh('study landing', `/${lang}/s/${mainStudy}`);
    await fresh('questionnaire landing', urls.landing());

    // The demo questionnaire from consent to the thank-you page: every page shown is kept.
    const respondent = new HttpRespondent({ origin: server.origin, model, seed, lang, today, ...demo });
    const get = respondent.browser.get.bind(respondent.browser);
    respondent.browser.get = async (path: string) => {
      const reply = await get(path);
      const kind = pageKind(model, urls.base, path);
      if (reply.status === 200 && kind !== undefined) await measure(kind, path, reply);
      return reply;
    };
    await respondent.complete();

    await fresh('resume', urls.resume());
    await fresh('privacy statement', `/${lang}/s/${mainStudy}/privacy`);
    await fresh('error (404)', `/${lang}/s/${mainStudy}/no-such-page`, 404);
    await fresh('public results', `/${lang}/s/${mainStudy}/results`);
    const search = await fresh('register search', `/${lang}/register`);
    const entry = [
      ...(search?.html.matchAll(new RegExp(`href="(/${lang}/register/[A-Za-z0-9_-]+)"`, 'g')) ?? []),
    ]
      .map((m) => m[1]!)
      .find((href) => !/\/(export|providers)\b/.test(href));
    if (search === undefined) skipped.push('register entry (no register search page)');
    else if (entry === undefined) skipped.push('register entry (the register has no entries)');
    else await fresh('register entry', entry);
  } finally {
    await server.stop();
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

const kindsInOrder = [
  'study landing',
  'questionnaire landing',
  'consent',
  'single choice',
  'multiple choice',
  'matrix / likert',
  'number / date',
  'country',
  'ranking',
  'free text',
  'repeat group item',
  'repeat group summary ("add another?")',
  'check your answers',
  'thank-you',
  'resume',
  'privacy statement',
  'error (404)',
  'public results',
  'register search',
  'register entry',
];
const order = (kind: string) =>
  kindsInOrder.includes(kind) ? kindsInOrder.indexOf(kind) : kindsInOrder.length;
measured.sort((a, b) => order(a.kind) - order(b.kind));
for (const kind of kindsInOrder)
  if (!measured.some((m) => m.kind === kind) && !skipped.some((s) => s.startsWith(kind)))
    skipped.push(`${kind} (not reached)`);

const bytes = (n: number) => n.toLocaleString('en-GB');
const firstVisit = (m: Measured) => plus(m.html, plus(m.css, m.js));
const tableOf = (key: keyof Weight) =>
  table(
    ['page', 'HTML (later page)', 'CSS', 'JS', 'first visit'],
    [
      ...measured.map((m) => [
        m.kind,
        bytes(m.html[key]),
        bytes(m.css[key]),
        bytes(m.js[key]),
        bytes(firstVisit(m)[key]),
      ]),
      [
        'SurveyJS runtime (no page HTML)',
        '–',
        bytes(survey.css[key]),
        bytes(survey.js[key]),
        bytes(surveyTotal[key]),
      ],
    ],
  );
const assetsUsed = [...new Set(measured.flatMap((m) => m.assets))];
const body = [
  `Bytes of each kind of page credmap shows a respondent (English), against the form runtime of SurveyJS. The HTML is measured as served to a browser without JavaScript: a respondent simulated with seed ${seed} walks the demo questionnaire \`${urls.base}\` over HTTP (cookies, CSRF tokens, every page shown then sent), and the question pages are named by the question types on them (first match in the order: consent, ranking, matrix or likert, country, number or date, multiple, single, text); the study pages are those of the ${mainStudy} study, fetched by a browser with no cookies. One credmap process on a new embedded database. CSRF tokens, render times and receipts are replaced by strings of the same length and alphabet, drawn from a fixed seed, before compressing, so that runs compare; raw sizes are those served.`,
  '',
  `A *first visit* is the page's HTML plus every stylesheet and script it links, each counted once (${assetsUsed.map((a) => `\`${a}\``).join(', ')}). A *later page* is the HTML alone: the assets are served with \`Cache-Control: public, max-age=31536000, immutable\` under names carrying their hash, so a browser already holds them. Compressed with node:zlib: gzip level 9, and brotli quality 11 (default window). credmap itself compresses responses with gzip at the default level, so its wire sizes are slightly above the gzip column.`,
  '',
  `The reference is SurveyJS ${surveyVersion('survey-core')} (\`survey-core\`, \`survey-js-ui\` ${surveyVersion('survey-js-ui')}): ${[...surveyFiles.js, ...surveyFiles.css].map((f) => `\`${f}\``).join(', ')}, measured the same way; it is what a SurveyJS form downloads before its own page HTML, questionnaire JSON and any fonts, none of which are counted.`,
  '',
  '**gzip (bytes)**',
  '',
  tableOf('gzip'),
  '',
  '**brotli (bytes)**',
  '',
  tableOf('brotli'),
  '',
  '**Raw (bytes)**',
  '',
  tableOf('raw'),
  '',
  `Each first visit as a share of the SurveyJS runtime (gzip, ${bytes(surveyTotal.gzip)} bytes): ${measured
    .map((m) => `${m.kind} ${fixed((100 * firstVisit(m).gzip) / surveyTotal.gzip, 2)} %`)
    .join('; ')}.`,
  '',
  `Pages measured: ${measured.map((m) => `${m.kind} \`${m.path}\`${m.status === 200 ? '' : ` (${m.status})`}`).join(', ')}.`,
  ...(skipped.length === 0 ? [] : ['', `Not measured: ${skipped.join('; ')}.`]),
].join('\n');

await writeSection('page-weight', 'Page weight', body);
