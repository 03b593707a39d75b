import ExcelJS from 'exceljs';
import type { Hono } from 'hono';
import { languageName } from '../i18n/index.ts';
import {
  cellText,
  firstVisibleSheet,
  loadWorkbook,
  sheetWithinLimits,
  uploadedText,
} from '../spreadsheet/index.ts';
import type { QuestionnaireRow, StudyRow } from '../store/index.ts';
import { findQuestionnaire, isStorableText, recordAudit, shownKey } from '../store/index.ts';
import type { QuestionnaireInput, XliffIssue } from '../translations/index.ts';
import { applyTranslations, fromXliff, textUnits, toXliff, toXliff12 } from '../translations/index.ts';
import { readXlsFormWorkbook } from '../xlsform/index.ts';
import { editableLanguages } from './access.ts';
import { readConsoleForm } from './form.ts';
import type { ConsoleContext, ConsoleEnv, ConsoleKit } from './kit.tsx';
import { unitStateKey } from './labels.ts';
import type { ConsoleTranslate } from './messages/index.ts';
import { ConsoleProblem } from './problem.ts';
import { questionnaireUrl } from './studies.routes.tsx';
import {
  draftOrLatest,
  languageReport,
  recordTranslated,
  saveDraftWithSources,
  sourceHash,
} from './translation-state.ts';
import { maxUploadBytes, uploadTooLarge, writeXlsForm, xlsFormIssueSentence } from './uploads.ts';
import type { FieldIssue } from './views/layout.tsx';
import { ConsoleLayout, IssueSummary, UploadForm } from './views/layout.tsx';
import { sendConsolePage } from './views/send.ts';

interface ImportReport {
  readonly changed: number;
  readonly unchanged: number;
  readonly unknown: readonly string[];
  readonly mismatch: readonly string[];
}

/** Texts of one language: state per text, download for a translator, upload of their work. */
export function translationRoutes(app: Hono<ConsoleEnv>, kit: ConsoleKit): void {
  const { options } = kit;
  const { store } = options;

  const scope = async (
    c: ConsoleContext,
  ): Promise<{ study: StudyRow; q: QuestionnaireRow; lang: string }> => {
    const study = kit.studyOf(c);
    const q = await findQuestionnaire(store.db, study.id, c.req.param('q') ?? '');
    const lang = c.req.param('lang') ?? '';
    if (q === undefined || !/^[a-z]{2}$/.test(lang)) throw ConsoleProblem.notFound();
    return { study, q, lang };
  };
  const current = async (q: QuestionnaireRow, lang: string) => {
    const found = await draftOrLatest(store, q.id);
    if (found === undefined) throw ConsoleProblem.notFound();
    const report = languageReport(found.definition, await found.sources()).find((l) => l.language === lang);
    if (report === undefined) throw ConsoleProblem.notFound();
    return { found, report };
  };

  const page = async (
    c: ConsoleContext,
    state: { issues?: FieldIssue[]; report?: ImportReport } = {},
    status: 200 | 422 = 200,
  ) => {
    const { study, q, lang } = await scope(c);
    const t = kit.t(c);
    const { found, report } = await current(q, lang);
    const def = found.definition as { fallbackLanguage: string; languages: string[] };
    const canEdit = editableLanguages(c.get('membership'), def.languages).includes(lang) && !report.isSource;
    const base = `${questionnaireUrl(study.slug, q.slug)}/translations/${lang}`;
    const title = `${q.slug}: ${languageName(lang)}`;
    return sendConsolePage(
      c,
      <ConsoleLayout
        frame={kit.studyFrame(c, study, [{ href: questionnaireUrl(study.slug, q.slug), label: q.slug }])}
        title={title}
        hasErrors={(state.issues?.length ?? 0) > 0}
      >
        <h1>{title}</h1>
        <IssueSummary t={t} issues={state.issues ?? []} />
        {state.report !== undefined && (
          <div class="panel" role="status">
            <h2>{t('console.translations.report')}</h2>
            <ul>
              <li>{t('console.translations.changed', { count: state.report.changed })}</li>
              <li>{t('console.translations.unchanged', { count: state.report.unchanged })}</li>
              {state.report.unknown.length > 0 && (
                <li>{t('console.translations.unknown', { keys: state.report.unknown.join(', ') })}</li>
              )}
              {state.report.mismatch.length > 0 && (
                <li>{t('console.translations.mismatch', { keys: state.report.mismatch.join(', ') })}</li>
              )}
            </ul>
          </div>
        )}
        <p>
          {t('console.translations.complete')}: {report.complete} · {t('console.translations.missing')}:{' '}
          {report.missing} · {t('console.translations.outdated')}: {report.outdated}
        </p>
        {report.isSource ? (
          <p>{t('console.translations.sourceLanguage')}</p>
        ) : (
          <ul class="inline-links">
            <li>
              <a href={`${base}/texts.xlf`}>{t('console.translations.export')} (XLIFF 2.0)</a>
            </li>
            <li>
              <a href={`${base}/texts-xliff12.xlf`}>{t('console.translations.export')} (XLIFF 1.2)</a>
            </li>
            <li>
              <a href={`${base}/texts.xlsx`}>{t('console.translations.export')} (XLSX)</a>
            </li>
            <li>
              <a href={`${base}/xlsform.xlsx`}>{t('console.translations.export')} (XLSForm)</a>
            </li>
          </ul>
        )}
        {canEdit && (
          <UploadForm
            action={base}
            csrf={kit.csrfFor(c)}
            label={t('console.translations.import')}
            hint={t('console.translations.importHint')}
            accept=".xlf,.xliff,.xlsx"
            submit={t('console.translations.importSubmit')}
          />
        )}
        <table class="table">
          <caption class="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('console.translations.key')}</th>
              <th scope="col">
                {t('console.translations.source', { language: languageName(def.fallbackLanguage) })}
              </th>
              <th scope="col">{t('console.translations.text')}</th>
              <th scope="col">{t('console.translations.state')}</th>
            </tr>
          </thead>
          <tbody>
            {report.units.map((u) => (
              <tr class={u.state === 'complete' ? undefined : 'attention'}>
                <th scope="row">
                  <code>{u.key}</code>
                </th>
                <td lang={def.fallbackLanguage}>{u.source}</td>
                <td lang={lang}>{u.text ?? ''}</td>
                <td>{t(unitStateKey[u.state === 'placeholders' ? 'outdated' : u.state])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ConsoleLayout>,
      status,
    );
  };

  kit.route(
    app,
    'GET',
    '/console/s/:study/q/:q/translations/:lang',
    { kind: 'study', permission: 'translation.view' },
    (c) => page(c),
  );

  kit.route(
    app,
    'GET',
    '/console/s/:study/q/:q/translations/:lang/:file',
    { kind: 'study', permission: 'translation.view' },
    async (c) => {
      const { study, q, lang } = await scope(c);
      const { found, report } = await current(q, lang);
      const file = c.req.param('file');
      const name = `${study.slug}-${q.slug}-${lang}`;
      c.header('Cache-Control', 'no-store');
      if (file === 'texts.xlf' || file === 'texts-xliff12.xlf') {
        // XLIFF 2.0, and 1.2 for the translation tools that read only that.
        const write = file === 'texts.xlf' ? toXliff : toXliff12;
        c.header('Content-Type', 'application/xliff+xml; charset=utf-8');
        c.header(
          'Content-Disposition',
          `attachment; filename="${name}${file === 'texts.xlf' ? '' : '-xliff12'}.xlf"`,
        );
        const recorded = (await found.sources()).get(lang) ?? new Map<string, string>();
        return c.body(
          write(found.definition as QuestionnaireInput, lang, { tracking: { recorded, hash: sourceHash } }),
        );
      }
      if (file === 'xlsform.xlsx') {
        // The whole questionnaire as XLSForm: the translator fills in the label::… columns of their language.
        const bytes = await writeXlsForm(found.definition, 'translator');
        c.header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
        c.header('Content-Disposition', `attachment; filename="${name}-xlsform.xlsx"`);
        return c.body(bytes);
      }
      if (file !== 'texts.xlsx') throw ConsoleProblem.notFound();
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('translations');
      // The target column names its language, so that a sheet uploaded on another language's page
      // is refused rather than written over that language's texts.
      sheet.addRow(['key', 'source', `target:${lang}`, 'state']);
      for (const u of report.units) sheet.addRow([u.key, u.source, u.text ?? '', u.state]);
      sheet.getRow(1).font = { bold: true };
      const bytes = new Uint8Array(await book.xlsx.writeBuffer());
      c.header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      c.header('Content-Disposition', `attachment; filename="${name}.xlsx"`);
      return c.body(bytes);
    },
  );

  kit.route(
    app,
    'POST',
    '/console/s/:study/q/:q/translations/:lang',
    { kind: 'study', permission: 'translation.edit' },
    async (c) => {
      const form = await readConsoleForm(c, kit);
      const { study, q, lang } = await scope(c);
      const t = kit.t(c);
      const { found, report } = await current(q, lang);
      if (report.isSource) throw ConsoleProblem.forbidden();
      const file = form.files.file;
      if (file === undefined)
        return page(c, { issues: [{ field: 'file', message: t('console.draft.noFile') }] }, 422);
      if (file.size > maxUploadBytes)
        return page(c, { issues: [{ field: 'file', message: uploadTooLarge(t) }] }, 422);
      const entries = await readEntries(new Uint8Array(await file.arrayBuffer()), lang, t);
      if (!entries.ok) {
        const message =
          entries.found !== undefined
            ? t('console.translations.wrongLanguage', {
                found: languageName(entries.found),
                expected: languageName(lang),
              })
            : entries.xliff !== undefined
              ? xliffMessage(t, entries.xliff)
              : entries.cell !== undefined
                ? t(
                    entries.cell.error === 'formula'
                      ? 'console.translations.noFormulaValue'
                      : 'console.translations.badCell',
                    { row: entries.cell.row, column: entries.cell.column, error: entries.cell.error },
                  )
                : t('console.translations.unreadable', { detail: entries.detail });
        return page(c, { issues: [{ field: 'file', message }] }, 422);
      }
      // A NUL or half a surrogate pair (XLIFF's and exceljs's escapes let one in) cannot be stored.
      const unstorable = entries.entries.find((e) => !isStorableText(e.key) || !isStorableText(e.text));
      if (unstorable !== undefined) {
        const path = shownKey(unstorable.key);
        return page(
          c,
          { issues: [{ field: 'file', message: t('console.draft.unstorable', { path }) }] },
          422,
        );
      }
      const applied = applyTranslations(found.definition as QuestionnaireInput, lang, entries.entries);
      const { report: r } = applied;
      const left = new Set([...r.unknownKeys, ...r.placeholderMismatch, ...r.empty]);
      const sent = entries.entries.map((e) => e.key).filter((k) => !left.has(k));
      const principal = kit.principalOf(c);
      await store.db.transaction().execute(async (trx) => {
        await saveDraftWithSources(trx, q.id, applied.definition, principal.account.name, options.now());
        await recordTranslated(trx, q.id, applied.definition, lang, sent);
        await recordAudit(trx, {
          accountId: principal.account.id,
          actor: principal.account.name,
          studyId: study.id,
          action: 'translation.import',
          detail: {
            questionnaire: q.slug,
            language: lang,
            changed: r.changed.length,
            unknown: r.unknownKeys.length,
          },
        });
      });
      return page(c, {
        report: {
          changed: r.changed.length,
          unchanged: r.unchanged.length,
          unknown: r.unknownKeys,
          mismatch: r.placeholderMismatch,
        },
      });
    },
  );
}

/** A cell of a translation spreadsheet that holds no text: where it is, and what it shows. */
interface BadCell {
  readonly row: number;
  readonly column: 'key' | 'target';
  readonly error: string;
}

type Entries =
  | { ok: true; entries: { key: string; text: string }[] }
  | { ok: false; found?: string; cell?: BadCell; xliff?: readonly XliffIssue[]; detail: string };

/**
 * A translator's file: XLIFF 1.2, 2.0 or 2.1, or the spreadsheet downloaded here (key and target
 * columns). `t` words a workbook's problems, in the console's language, not the one translated.
 */
async function readEntries(bytes: Uint8Array, lang: string, t: ConsoleTranslate): Promise<Entries> {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const loaded = await loadWorkbook(bytes);
    if (!loaded.ok) return { ok: false, detail: 'xlsx' };
    const { book } = loaded;
    if (book.getWorksheet('survey') !== undefined) {
      // An XLSForm: the language's texts are its label::…(xx) columns, found by the same keys.
      const read = readXlsFormWorkbook(book, t.lang);
      if (!read.ok)
        return {
          ok: false,
          detail: read.issues
            .slice(0, 5)
            .map((i) => xlsFormIssueSentence(t, i))
            .join(' '),
        };
      const entries = textUnits(read.definition).flatMap((u) => {
        const text = u.texts[lang];
        return text === undefined || text === '' ? [] : [{ key: u.key, text }];
      });
      return { ok: true, entries };
    }
    const sheet = firstVisibleSheet(book);
    if (sheet === undefined || !sheetWithinLimits(sheet)) return { ok: false, detail: 'xlsx' };
    const header = Array.from(sheet.getRow(1).values as ExcelJS.CellValue[], (v) => {
      const read = cellText(v);
      return read.ok ? read.text.trim().toLowerCase() : '';
    });
    const keyCol = header.indexOf('key');
    // `target`, or `target:fi` as the download names it.
    const targetCol = header.findIndex((h) => h === 'target' || h.startsWith('target:'));
    if (keyCol < 0 || targetCol < 0) return { ok: false, detail: 'key, target' };
    const targetLanguage = header[targetCol]!.slice('target:'.length).trim();
    if (targetLanguage !== '' && targetLanguage !== lang)
      return { ok: false, found: targetLanguage, detail: '' };
    const entries: { key: string; text: string }[] = [];
    let bad: BadCell | undefined;
    sheet.eachRow((row, n) => {
      if (n === 1 || bad !== undefined) return;
      // A formula gives the text it showed (a translator may copy a source that stays the same);
      // an error (#REF!) or a formula saved without its result has no text to apply.
      const key = cellText(row.getCell(keyCol).value);
      const text = cellText(row.getCell(targetCol).value);
      if (!key.ok) bad = { row: n, column: 'key', error: key.error };
      else if (!text.ok) bad = { row: n, column: 'target', error: text.error };
      else if (key.text.trim() !== '' && text.text !== '')
        entries.push({ key: key.text.trim(), text: text.text });
    });
    if (bad !== undefined) return { ok: false, cell: bad, detail: '' };
    return { ok: true, entries };
  }
  // XML 1.0 (appendix F): a byte order mark tells UTF-16, which translation tools may write.
  const xml = uploadedText(bytes);
  if (xml === undefined) return { ok: false, xliff: [{ code: 'xml.encoding' }], detail: '' };
  const parsed = fromXliff(xml);
  if (!parsed.ok) return { ok: false, xliff: parsed.issues, detail: '' };
  if (!isLanguage(parsed.targetLanguage, lang))
    return { ok: false, found: parsed.targetLanguage, detail: '' };
  return { ok: true, entries: parsed.entries };
}

/**
 * Whether a file's target language is the page's: tools write a region (fi-FI, de-AT), any case,
 * and some an underscore (fi_FI). The primary language subtag (BCP 47, RFC 5646 section 2.2.1) is
 * what a questionnaire's languages are.
 */
const isLanguage = (tag: string, lang: string): boolean => tag.toLowerCase().split(/[-_]/)[0] === lang;

// Limits the XML reader sets, over which a file is refused whatever else it holds.
const xmlLimits = ['xml.tooLarge', 'xml.tooDeep', 'xml.tooManyAttributes', 'xml.tooManyNamespaces'];

/**
 * Why an XLIFF file was refused, in words: the first problems, each with its line. A file of
 * another XLIFF version (1.1, say) is told which versions are read; the problems a translator can
 * fix in their tool (no target language, a formatting code) are said as such.
 */
function xliffMessage(t: ConsoleTranslate, issues: readonly XliffIssue[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => {
      const line = issue.line ?? 1;
      const detail = issue.detail === undefined ? issue.code : `${issue.code}: ${issue.detail}`;
      if (issue.code === 'xml.encoding') return t('console.translations.encoding');
      if (issue.code === 'xml.doctype') return t('console.translations.doctype', { line });
      if (['xliff.notXliff', 'xliff.namespace', 'xliff.version'].includes(issue.code))
        return t('console.translations.notXliff', { detail: issue.detail ?? '' });
      if (xmlLimits.includes(issue.code)) return t('console.translations.xmlLimit', { detail });
      if (issue.code.startsWith('xml.')) return t('console.translations.notXml', { line, detail });
      if (issue.code === 'xliff.trgLang') return t('console.translations.noTargetLanguage', { line });
      if (issue.code === 'inline.unsupported')
        return t('console.translations.inlineCode', { line, element: issue.detail ?? '' });
      return t('console.translations.xliffIssue', { line, detail });
    })
    .join(' ');
}
